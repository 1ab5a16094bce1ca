/**
 * K-13 (seed 003-3 Art.9, 12, 13) keys of the main and automatic doors and the alarm code are held by
 * the director and deputy only, every handover recorded; a fixed-asset register with a named custodian,
 * assets handed over when a person moves or leaves; shared hall equipment has a rotating daily
 * custodian and is counted at the daily close. Pure rules.
 */
import { DomainError } from "../../shared/errors.js";
import { type LocalDate, daysBetween } from "../../shared/time.js";

export const KEY_KINDS = ["main_door_key", "auto_door_key", "alarm_code"] as const;
export type KeyKind = (typeof KEY_KINDS)[number];
export const ASSET_HANDOVER_REASONS = ["move", "exit", "rotation", "other"] as const;
export type AssetHandoverReason = (typeof ASSET_HANDOVER_REASONS)[number];

/** K-13 the counter's director (counterManager) and deputy (dutyManager) are the only key holders. */
export const KEY_HOLDER_ROLES = ["counterManager", "dutyManager"] as const;

export function mayHoldKeys(holder: { roles: readonly string[]; counterId: string | null; active: boolean }, counterId: string): boolean {
  return holder.active && holder.counterId === counterId && holder.roles.some((r) => (KEY_HOLDER_ROLES as readonly string[]).includes(r));
}

export function assertMayHoldKeys(holder: Parameters<typeof mayHoldKeys>[0], counterId: string): void {
  if (!mayHoldKeys(holder, counterId)) {
    throw new DomainError("unprocessable", "key_holder_not_allowed", "Door keys and the alarm code are held by the counter's director and deputy only", { rule: "K-13" });
  }
}

/** K-13 a handover goes to someone else. */
export function assertHandoverToOther(fromUserId: string | null, toUserId: string): void {
  if (fromUserId === toUserId) throw new DomainError("validation", "handover_to_same_person", "The item is already held by this person", { rule: "K-13" });
}

/** K-13 the assets a person still holds as custodian (to hand over before a move or exit). */
export function assetsHeldBy<T extends { custodianId: string | null; status: string }>(assets: readonly T[], userId: string): T[] {
  return assets.filter((a) => a.custodianId === userId && a.status === "active");
}

/** K-13 the exit may close only when the leaver holds no asset and no key. */
export function exitBlockedByAssets(held: { assets: number; keys: number }): boolean {
  return held.assets > 0 || held.keys > 0;
}

/** K-13 the rotating daily custodian of shared hall equipment: the rota in order, one person a day from its start date. */
export function hallCustodianOf(rota: { startDate: LocalDate; userIds: readonly string[] } | null, date: LocalDate): string | null {
  if (!rota || rota.userIds.length === 0) return null;
  const n = rota.userIds.length;
  const d = daysBetween(rota.startDate, date);
  return rota.userIds[((d % n) + n) % n] ?? null;
}

export interface HallCountLine {
  assetId: string;
  expected: number;
  present: number;
}

/** K-13 the lines of a hall count that are short. */
export function hallCountShortfalls(lines: readonly HallCountLine[]): HallCountLine[] {
  return lines.filter((l) => l.present < l.expected);
}

/** K-13 the daily-close check: hall equipment counted that day and nothing short (informational). Null: no shared hall equipment. */
export function hallEquipmentCheck(
  hallAssets: number,
  count: { custodianId: string; lines: readonly HallCountLine[] } | null,
): { code: string; status: "passed" | "failed" | "unavailable"; blocking: boolean; details: Record<string, unknown> } | null {
  if (hallAssets === 0) return null;
  if (!count) return { code: "hall_equipment_counted", status: "failed", blocking: false, details: { counted: false, assets: hallAssets } };
  const short = hallCountShortfalls(count.lines);
  return { code: "hall_equipment_counted", status: short.length === 0 ? "passed" : "failed", blocking: false, details: { counted: true, assets: hallAssets, custodianId: count.custodianId, count: short.length, short } };
}
