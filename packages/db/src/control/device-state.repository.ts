/** Device state, pairing codes (migration 010) and counters' published open/closed state. SQL only. */
import type { Executor } from "../shared/database.js";

import type { DevicePairingTable, DeviceStateTable } from "./device-state.schema.js";
export type { CounterClockStateTable, DevicePairingTable, DeviceStateTable, DeviceTables } from "./device-state.schema.js";

export type DeviceStateRow = DeviceStateTable;
export type DevicePairingRow = DevicePairingTable;

const emptyState = (deviceId: string, at: string): DeviceStateRow => ({
  device_id: deviceId,
  last_seen_at: null,
  pin_hash: null,
  pin_failures: 0,
  pin_locked_until: null,
  window_id: null,
  large_text: 0,
  updated_at: at,
});

export const deviceStateRepository = {
  async find(ex: Executor, deviceId: string): Promise<DeviceStateRow | undefined> {
    return ex.selectFrom("device_states").selectAll().where("device_id", "=", deviceId).executeTakeFirst();
  },
  async listFor(ex: Executor, deviceIds: readonly string[]): Promise<DeviceStateRow[]> {
    if (deviceIds.length === 0) return [];
    return ex.selectFrom("device_states").selectAll().where("device_id", "in", deviceIds).execute();
  },
  async ensure(ex: Executor, deviceId: string, at: string): Promise<void> {
    await ex.insertInto("device_states").values(emptyState(deviceId, at)).onConflict((oc) => oc.column("device_id").doNothing()).execute();
  },
  async touch(ex: Executor, deviceId: string, at: string): Promise<void> {
    await ex
      .insertInto("device_states")
      .values({ ...emptyState(deviceId, at), last_seen_at: at })
      .onConflict((oc) => oc.column("device_id").doUpdateSet({ last_seen_at: at }))
      .execute();
  },
  async update(
    ex: Executor,
    deviceId: string,
    set: Partial<Pick<DeviceStateRow, "pin_hash" | "pin_failures" | "pin_locked_until" | "window_id" | "large_text">>,
    at: string,
  ): Promise<void> {
    await this.ensure(ex, deviceId, at);
    await ex.updateTable("device_states").set({ ...set, updated_at: at }).where("device_id", "=", deviceId).execute();
  },
};

export const devicePairingRepository = {
  async insert(ex: Executor, row: DevicePairingRow): Promise<void> {
    await ex.insertInto("device_pairings").values(row).execute();
  },
  async findById(ex: Executor, id: string): Promise<DevicePairingRow | undefined> {
    return ex.selectFrom("device_pairings").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByCode(ex: Executor, code: string): Promise<DevicePairingRow | undefined> {
    return ex.selectFrom("device_pairings").selectAll().where("code", "=", code).executeTakeFirst();
  },
  /** Claims an unclaimed code; false when someone else claimed it first (single use). */
  async claim(ex: Executor, id: string, by: string, deviceId: string, at: string): Promise<boolean> {
    const r = await ex
      .updateTable("device_pairings")
      .set({ claimed_at: at, claimed_by: by, device_id: deviceId })
      .where("id", "=", id)
      .where("claimed_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Marks the token as handed over; false when it already was. */
  async deliver(ex: Executor, id: string, at: string): Promise<boolean> {
    const r = await ex.updateTable("device_pairings").set({ delivered_at: at }).where("id", "=", id).where("delivered_at", "is", null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Unclaimed codes that expired before `before` are removed (codes are reusable afterwards). */
  async deleteExpiredUnclaimed(ex: Executor, before: string): Promise<void> {
    await ex.deleteFrom("device_pairings").where("claimed_at", "is", null).where("expires_at", "<", before).execute();
  },
};

export const counterClockRepository = {
  async find(ex: Executor, counterId: string): Promise<{ open: boolean; checkedAt: string } | undefined> {
    const r = await ex.selectFrom("counter_clock_states").selectAll().where("counter_id", "=", counterId).executeTakeFirst();
    return r ? { open: r.open === 1, checkedAt: r.checked_at } : undefined;
  },
  async insertIfAbsent(ex: Executor, counterId: string, open: boolean, at: string): Promise<boolean> {
    const r = await ex
      .insertInto("counter_clock_states")
      .values({ counter_id: counterId, open: open ? 1 : 0, checked_at: at })
      .onConflict((oc) => oc.column("counter_id").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  /** Compare-and-set: true only for the one caller that flips the state (several instances may run the job). */
  async flip(ex: Executor, counterId: string, open: boolean, at: string): Promise<boolean> {
    const r = await ex
      .updateTable("counter_clock_states")
      .set({ open: open ? 1 : 0, checked_at: at })
      .where("counter_id", "=", counterId)
      .where("open", "=", open ? 0 : 1)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};

/** The token of a paired device is made when the device fetches it (only its hash is stored). */
export const deviceTokenRepository = {
  async setTokenHash(ex: Executor, deviceId: string, tokenHash: string): Promise<void> {
    await ex.updateTable("devices").set({ token_hash: tokenHash }).where("id", "=", deviceId).execute();
  },
};
