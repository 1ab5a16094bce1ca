/**
 * Control-register repositories contract (issue 12 item 1): the same assertions on SQLite and
 * PostgreSQL (CCMS_TEST_ENGINE); migration 017's checks on enum and yes/no columns; the value lists
 * in core match the contracts' zod enums.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@ccms/core";
import * as contracts from "@ccms/contracts";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlItemRow,
  type Database,
  MIGRATIONS,
  amlRepository,
  archiveBorrowingRepository,
  controlFindingRepository,
  controlItemRepository,
  correctiveActionRepository,
  counterManagerRepository,
  handBackRepository,
  inTransaction,
  leavePeriodRepository,
  migrate,
  openDatabase,
  orgUnitRepository,
  userRepository,
  writeOffRepository,
} from "../../src/index.js";

const ENGINE = (process.env.CCMS_TEST_ENGINE ?? "sqlite") as "sqlite" | "postgres";
const PG_URL = process.env.CCMS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (ENGINE === "postgres") {
    const name = `ccms_c_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString() });
    return {
      database,
      drop: async () => {
        await database.close();
        const d = new pg.Client({ connectionString: PG_URL });
        await d.connect();
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await d.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "ccms-control-"));
  const database = openDatabase({ sqliteFile: join(dir, "x.sqlite") });
  return {
    database,
    drop: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const T0 = "2026-11-30T02:00:00.000Z";
const item = (id: string, over: Partial<ControlItemRow> = {}): ControlItemRow => ({
  id,
  counter_id: "C1",
  kind: "document",
  item_type: "保单",
  name: `保单 ${id}`,
  prefix: null,
  serial_from: "0001",
  serial_to: "0100",
  quantity: 100,
  custodian_id: "U1",
  in_safe: 1,
  status: "active",
  parent_id: null,
  created_at: T0,
  updated_at: T0,
  ...over,
});

describe("control-register value lists", () => {
  const pairs: Array<[string, readonly string[], { options: readonly string[] }]> = [
    ["control item kind", core.CONTROL_ITEM_KINDS, contracts.ControlItemKind],
    ["control item status", core.CONTROL_ITEM_STATUSES, contracts.ControlItemStatus],
    ["custody movement kind", core.CUSTODY_MOVEMENT_KINDS, contracts.CustodyMovementKind],
    ["leave kind", core.LEAVE_KINDS, contracts.LeaveKind],
    ["hand-back status", core.HAND_BACK_STATUSES, contracts.HandBackStatus],
    ["finding kind", core.CONTROL_FINDING_KINDS, contracts.FindingKind],
    ["finding status", core.CONTROL_FINDING_STATUSES, contracts.FindingStatus],
    ["corrective action status", core.CORRECTIVE_ACTION_STATUSES, contracts.CorrectiveActionStatus],
    ["corrective action source", core.CORRECTIVE_ACTION_SOURCES, contracts.CorrectiveActionResponse.shape.source],
    ["AML direction", core.AML_DIRECTIONS, contracts.AmlDirection],
    ["AML method", core.AML_METHODS, contracts.AmlMethod],
    ["archive borrowing status", core.ARCHIVE_BORROWING_STATUSES, contracts.ArchiveBorrowingStatus],
  ];
  for (const [name, values, schema] of pairs) it(`${name}: core and contracts hold the same values`, () => expect([...schema.options].sort()).toEqual([...values].sort()));
});

describe(`control-register repositories contract (${ENGINE})`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database: db, drop } = await open());
    // The migrations before 017, a row written then with a value outside the list, then 017 and the rest.
    await migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.id === "017-control-checks")));
    await db.db.insertInto("control_items").values(item("OLD", { status: "retired" as never })).execute();
    await migrate(db);
  });
  afterAll(async () => drop?.());

  it("migration 017 does not fail on rows written before it, and guards new and changed rows", async () => {
    expect((await controlItemRepository.findById(db.db, "OLD"))?.status).toBe("retired");
    await expect(controlItemRepository.insert(db.db, item("BAD", { kind: "stamp" as never }))).rejects.toThrow();
    await expect(controlItemRepository.insert(db.db, item("BAD2", { in_safe: 2 }))).rejects.toThrow();
    await controlItemRepository.insert(db.db, item("I0"));
    await expect(controlItemRepository.update(db.db, "I0", { status: "gone" as never })).rejects.toThrow();
    await expect(
      db.db.insertInto("control_findings").values({ id: "F0", kind: "whatever" as never, org_unit_id: "C1", reported_to_unit_id: null, subject_user_ids: "[]", title: "t", details: "{}", dedupe_key: null, status: "open", resolution: null, created_at: T0, closed_at: null }).execute(),
    ).rejects.toThrow();
    expect((await controlItemRepository.findById(db.db, "I0"))?.status).toBe("active");
    await db.db.deleteFrom("control_items").where("id", "in", ["OLD", "I0"]).execute();
  });

  it("control items: filters, compare-and-set on the safe and on custody", async () => {
    await controlItemRepository.insert(db.db, item("I1", { created_at: "2026-11-30T01:00:00.000Z" }));
    await controlItemRepository.insert(db.db, item("I2", { kind: "seal", item_type: "业务章", serial_from: null, serial_to: null, quantity: 1, in_safe: 0, custodian_id: "U2" }));
    await controlItemRepository.insert(db.db, item("I3", { counter_id: "C2" }));
    expect((await controlItemRepository.listAtCounters(db.db, ["C1"])).map((r) => r.id)).toEqual(["I1", "I2"]);
    expect((await controlItemRepository.listAtCounters(db.db, ["C1", "C2"], { kind: "document" })).map((r) => r.id)).toEqual(["I1", "I3"]);
    expect(await controlItemRepository.listAtCounters(db.db, [])).toEqual([]);
    expect((await controlItemRepository.listDocumentsOfType(db.db, "C1", "保单")).map((r) => r.id)).toEqual(["I1"]);
    expect((await controlItemRepository.listOutOfSafe(db.db, "C1")).map((r) => r.id)).toEqual(["I2"]);
    expect(await controlItemRepository.countHeldBy(db.db, "C1", "U2")).toBe(1);
    expect((await controlItemRepository.listHeldBy(db.db, "C1", "U1")).map((r) => r.id)).toEqual(["I1"]);
    expect(await controlItemRepository.updateIfInSafe(db.db, "I1", 1, { in_safe: 0, custodian_id: "U3", updated_at: T0 })).toBe(1);
    expect(await controlItemRepository.updateIfInSafe(db.db, "I1", 1, { in_safe: 0, custodian_id: "U4", updated_at: T0 })).toBe(0);
    expect(await controlItemRepository.updateIfHeldBy(db.db, "I1", "U1", { custodian_id: "U5" })).toBe(0);
    expect(await controlItemRepository.updateIfHeldBy(db.db, "I1", "U3", { custodian_id: "U5" })).toBe(1);
    expect((await controlItemRepository.findById(db.db, "I1"))?.custodian_id).toBe("U5");
    expect(await controlItemRepository.namesByIds(db.db, ["I1", "I1", "nope"])).toEqual(new Map([["I1", "保单 I1"]]));
  });

  it("custody movements, usages and losses", async () => {
    const mv = (id: string, at: string, counter = "C1") => ({ id, item_id: "I1", counter_id: counter, kind: "issued" as const, from_user_id: null, to_user_id: "U1", counted: 1, serial_from: null, serial_to: null, note: null, by_id: "U1", at });
    await controlItemRepository.insertMovement(db.db, mv("M1", "2026-11-29T01:00:00.000Z"));
    await controlItemRepository.insertMovement(db.db, mv("M2", "2026-11-30T01:00:00.000Z"));
    await controlItemRepository.insertMovement(db.db, mv("M3", "2026-11-30T02:00:00.000Z", "C2"));
    expect((await controlItemRepository.listMovementsOfItem(db.db, "I1")).map((m) => m.id)).toEqual(["M1", "M2", "M3"]);
    expect((await controlItemRepository.listMovements(db.db, ["C1"], { from: "2026-11-30T00:00:00.000Z" }, 10)).map((m) => m.id)).toEqual(["M2"]);
    expect((await controlItemRepository.listMovements(db.db, ["C1", "C2"], {}, 2)).map((m) => m.id)).toEqual(["M3", "M2"]);
    await controlItemRepository.insertUsage(db.db, { id: "G1", item_id: "I1", counter_id: "C1", user_id: "U1", document_ref: "保单 P-1", purpose: "盖章", serial: "0007", used_at: T0 });
    expect(await controlItemRepository.countSerialUsages(db.db, "I1", "0007")).toBe(1);
    expect(await controlItemRepository.countSerialUsages(db.db, "I1", "0008")).toBe(0);
    expect((await controlItemRepository.listUsages(db.db, ["C1"], { itemId: "I1", to: "2026-11-30T23:59:59.999Z" }, 10)).map((u) => u.id)).toEqual(["G1"]);
    expect(await controlItemRepository.findUsage(db.db, "G1")).toMatchObject({ document_ref: "保单 P-1" });
    const loss = (id: string, month: string, occurred: string) => ({
      id, item_id: "I1", counter_id: "C1", kind: "document" as const, serials: "[]", quantity: 1, incomplete_set: 0, responsible_user_ids: '["U1"]',
      occurred_on: occurred, month, note: "n", recorded_by: "U1", created_at: T0, finding_id: null,
    });
    await controlItemRepository.insertLoss(db.db, loss("L1", "2026-11", "2026-11-02"));
    await controlItemRepository.insertLoss(db.db, loss("L2", "2026-11", "2026-11-20"));
    await controlItemRepository.insertLoss(db.db, loss("L3", "2026-10", "2026-10-20"));
    expect((await controlItemRepository.listLossesOfMonth(db.db, "C1", "2026-11")).map((l) => l.id)).toEqual(["L1", "L2"]);
    expect((await controlItemRepository.listLosses(db.db, ["C1"])).map((l) => l.id)).toEqual(["L2", "L1", "L3"]);
    await controlItemRepository.setLossFinding(db.db, "L2", "F9");
    expect((await controlItemRepository.findLoss(db.db, "L2"))?.finding_id).toBe("F9");
  });

  it("write-off lists: the day's sequence and newest first", async () => {
    const wo = (id: string, no: string, at: string) => ({ id, counter_id: "C1", list_no: no, reason: "r", lines: "[]", prepared_by: "U1", created_at: at });
    await writeOffRepository.insert(db.db, wo("W1", "WO-C1-20261129-001", "2026-11-29T01:00:00.000Z"));
    await writeOffRepository.insert(db.db, wo("W2", "WO-C1-20261130-001", "2026-11-30T01:00:00.000Z"));
    expect(await writeOffRepository.countOnDay(db.db, "C1", "20261130")).toBe(1);
    expect(await writeOffRepository.countOnDay(db.db, "C2", "20261130")).toBe(0);
    expect((await writeOffRepository.listAtCounters(db.db, ["C1"])).map((w) => w.id)).toEqual(["W2", "W1"]);
    expect((await writeOffRepository.findById(db.db, "W1"))?.list_no).toBe("WO-C1-20261129-001");
  });

  it("leaves and hand-backs: overlap, approved cover, done only once", async () => {
    const leave = (id: string, from: string, to: string, approved = 1) => ({ id, user_id: "U1", org_unit_id: "C1", date_from: from, date_to: to, kind: "annual" as const, approved, working_days: 3, note: null, recorded_by: "M1", created_at: T0 });
    await leavePeriodRepository.insert(db.db, leave("LV1", "2026-12-01", "2026-12-03"));
    await leavePeriodRepository.insert(db.db, leave("LV2", "2026-12-10", "2026-12-11", 0));
    expect((await leavePeriodRepository.findOverlapping(db.db, "U1", "2026-12-03", "2026-12-05"))?.id).toBe("LV1");
    expect(await leavePeriodRepository.findOverlapping(db.db, "U1", "2026-12-04", "2026-12-09")).toBeUndefined();
    expect((await leavePeriodRepository.findApprovedCovering(db.db, "U1", "2026-12-02"))?.id).toBe("LV1");
    expect(await leavePeriodRepository.findApprovedCovering(db.db, "U1", "2026-12-10")).toBeUndefined();
    expect((await leavePeriodRepository.listAtUnits(db.db, ["C1"], { userId: "U1" })).map((l) => l.id)).toEqual(["LV2", "LV1"]);
    expect((await leavePeriodRepository.listApprovedAtUnits(db.db, ["C1"])).map((l) => l.id)).toEqual(["LV1"]);
    await handBackRepository.insert(db.db, { id: "H1", counter_id: "C1", leave_id: "LV1", user_id: "U1", due_date: "2026-11-30", status: "pending", item_ids: "[]", received_by: null, counted: 0, done_at: null, created_at: T0 });
    expect((await handBackRepository.listForLeaves(db.db, ["LV1", "LV2"])).map((h) => h.id)).toEqual(["H1"]);
    expect((await handBackRepository.listAtCounters(db.db, ["C1"], { status: "pending" })).map((h) => h.id)).toEqual(["H1"]);
    expect(await handBackRepository.markDoneIfPending(db.db, "H1", { item_ids: '["I1"]', received_by: "M1", done_at: T0 })).toBe(1);
    expect(await handBackRepository.markDoneIfPending(db.db, "H1", { item_ids: "[]", received_by: "M2", done_at: T0 })).toBe(0);
    expect(await handBackRepository.findById(db.db, "H1")).toMatchObject({ status: "done", counted: 1, received_by: "M1", item_ids: '["I1"]' });
  });

  it("findings: by dedupe key, by unit newest first, patched", async () => {
    const f = (id: string, unit: string, kind: "seal_loss" | "off_duty_operation", at: string, key: string | null = null) => ({
      id, kind, org_unit_id: unit, reported_to_unit_id: "P1", subject_user_ids: "[]", title: "t", details: "{}", dedupe_key: key, status: "open" as const, resolution: null, created_at: at, closed_at: null,
    });
    await controlFindingRepository.insert(db.db, f("F1", "C1", "seal_loss", "2026-11-29T01:00:00.000Z", "k04:C1:2026-11"));
    await controlFindingRepository.insert(db.db, f("F2", "C1", "off_duty_operation", "2026-11-30T01:00:00.000Z"));
    await controlFindingRepository.insert(db.db, f("F3", "C2", "seal_loss", "2026-11-30T01:00:00.000Z"));
    expect((await controlFindingRepository.findByDedupeKey(db.db, "k04:C1:2026-11"))?.id).toBe("F1");
    expect((await controlFindingRepository.listAtUnits(db.db, ["C1", "C2"], { kind: "seal_loss" })).map((r) => r.id)).toEqual(["F3", "F1"]);
    expect((await controlFindingRepository.listAtUnits(db.db, ["C1"])).map((r) => r.id)).toEqual(["F2", "F1"]);
    expect(await controlFindingRepository.update(db.db, "F1", { status: "closed", resolution: "ok", closed_at: T0 })).toBe(1);
    expect((await controlFindingRepository.listAtUnits(db.db, ["C1"], { status: "closed" })).map((r) => r.id)).toEqual(["F1"]);
  });

  it("corrective actions: complete while open, verify while done", async () => {
    const a = (id: string, source: "inspection" | "finding", sourceId: string, due: string) => ({
      id, counter_id: "C1", source, source_id: sourceId, item_key: null, description: "d", owner_id: "U1", due_date: due, status: "open" as const, resolution_note: null, photos: "[]", done_at: null, verified_by: null, created_at: T0,
    });
    await correctiveActionRepository.insert(db.db, a("A1", "inspection", "S1", "2026-12-05"));
    await correctiveActionRepository.insert(db.db, a("A2", "finding", "F1", "2026-12-01"));
    expect((await correctiveActionRepository.listAtCounters(db.db, ["C1"])).map((r) => r.id)).toEqual(["A2", "A1"]);
    expect((await correctiveActionRepository.listAtCounters(db.db, ["C1"], { source: "inspection", ownerId: "U1" })).map((r) => r.id)).toEqual(["A1"]);
    expect((await correctiveActionRepository.listForSources(db.db, "inspection", ["S1", "S2"])).map((r) => r.id)).toEqual(["A1"]);
    expect(await correctiveActionRepository.verifyIfDone(db.db, "A1", "M1")).toBe(0);
    expect(await correctiveActionRepository.completeIfOpen(db.db, "A1", { resolution_note: "fixed", photos: "[]", done_at: T0 })).toBe(1);
    expect(await correctiveActionRepository.completeIfOpen(db.db, "A1", { resolution_note: "again", photos: "[]", done_at: T0 })).toBe(0);
    expect(await correctiveActionRepository.verifyIfDone(db.db, "A1", "M1")).toBe(1);
    expect(await correctiveActionRepository.findById(db.db, "A1")).toMatchObject({ status: "verified", verified_by: "M1", resolution_note: "fixed" });
  });

  it("AML: settings upsert, transactions filtered and flagged, self-inspections", async () => {
    await amlRepository.putSettings(db.db, { org_unit_id: "P1", cash_threshold_fen: 100, transfer_threshold_fen: 200, updated_by: "U1", updated_at: T0 });
    await amlRepository.putSettings(db.db, { org_unit_id: "P1", cash_threshold_fen: 300, transfer_threshold_fen: 400, updated_by: "U2", updated_at: T0 });
    expect(await amlRepository.findSettings(db.db, "P1")).toMatchObject({ cash_threshold_fen: 300, transfer_threshold_fen: 400, updated_by: "U2" });
    const tx = (id: string, at: string, large: number) => ({
      id, counter_id: "C1", occurred_at: at, direction: "receipt" as const, method: "cash" as const, amount_fen: 6_000_000, customer_name: "张三", customer_id_type: "身份证", customer_id_no: "110101199001011234",
      identified: 1, policy_no: null, large_amount: large, suspicious: 0, suspicious_reasons: "[]", reported_at: null, report_ref: null, note: null, recorded_by: "U1", created_at: T0,
    });
    await amlRepository.insertTransaction(db.db, tx("X1", "2026-11-29T01:00:00.000Z", 1));
    await amlRepository.insertTransaction(db.db, tx("X2", "2026-11-30T01:00:00.000Z", 0));
    expect((await amlRepository.listTransactions(db.db, ["C1"], {})).map((r) => r.id)).toEqual(["X2", "X1"]);
    expect((await amlRepository.listTransactions(db.db, ["C1"], { largeAmount: true })).map((r) => r.id)).toEqual(["X1"]);
    expect((await amlRepository.listTransactions(db.db, ["C1"], { from: "2026-11-30T00:00:00.000Z" }, 5)).map((r) => r.id)).toEqual(["X2"]);
    await amlRepository.markSuspicious(db.db, "X2", '["现金拆分"]');
    await amlRepository.markReported(db.db, "X2", T0, "R-1");
    expect((await amlRepository.listTransactions(db.db, ["C1"], { suspicious: true })).map((r) => r.id)).toEqual(["X2"]);
    expect(await amlRepository.findTransaction(db.db, "X2")).toMatchObject({ suspicious: 1, report_ref: "R-1", amount_fen: 6_000_000 });
    await amlRepository.insertSelfInspection(db.db, { id: "SI1", counter_id: "C1", period: "2026Q4", items: "[]", rectification_deadline: null, recorded_by: "U1", created_at: T0 });
    await amlRepository.setSelfInspectionItems(db.db, "SI1", '[{"text":"a","compliant":true,"rectified":false}]');
    expect((await amlRepository.listSelfInspections(db.db, ["C1"])).map((r) => r.items)).toEqual(['[{"text":"a","compliant":true,"rectified":false}]']);
    await expect(amlRepository.insertTransaction(db.db, { ...tx("X3", T0, 0), method: "cheque" as never })).rejects.toThrow();
  });

  it("archive borrowings: a step only from the status it expects", async () => {
    await archiveBorrowingRepository.insert(db.db, {
      id: "B1", counter_id: "C1", archive_ref: "A-1", title: "t", borrower_id: "U1", purpose: "p", due_date: "2026-12-05", status: "requested",
      decided_by: null, decision_note: null, lent_at: null, returned_at: null, return_note: null, created_at: T0,
    });
    expect((await archiveBorrowingRepository.listOfArchive(db.db, "C1", "A-1")).map((b) => b.id)).toEqual(["B1"]);
    expect(await archiveBorrowingRepository.transition(db.db, "B1", "approved", "lent", { lent_at: T0 })).toBe(0);
    expect(await archiveBorrowingRepository.transition(db.db, "B1", "requested", "approved", { decided_by: "M1", decision_note: null })).toBe(1);
    expect((await archiveBorrowingRepository.listAtCounters(db.db, ["C1"], { status: "approved" })).map((b) => b.id)).toEqual(["B1"]);
    await expect(archiveBorrowingRepository.transition(db.db, "B1", "approved", "gone" as never, {})).rejects.toThrow();
  });

  it("counter managers: active holders of the role at the counter only", async () => {
    const ou = (id: string, parentId: string | null, path: string, kind: "hq" | "counter") =>
      orgUnitRepository.insert(db.db, {
        id, parentId, kind, name: id, code: id, path, depth: path.split("/").length - 3, timeZone: "Asia/Shanghai",
        businessHours: core.defaultBusinessHours(), lunchDuty: false, active: true, createdAt: T0, updatedAt: T0,
      });
    await ou("R", null, "/R/", "hq");
    await ou("CX", "R", "/R/CX/", "counter");
    const user = (id: string, roles: string[], active = true) =>
      userRepository.insert(db.db, { id, username: id, displayName: id, orgUnitId: "CX", passwordHash: "h", passwordChangedAt: T0, mustChangePassword: false, failedAttempts: 0, lockedUntil: null, active, createdAt: T0, deactivatedAt: null, roles });
    await user("MGR", ["counterManager"]);
    await user("OLD", ["counterManager"], false);
    await user("TEL", ["teller"]);
    expect(await counterManagerRepository.listIds(db.db, "CX")).toEqual(["MGR"]);
  });

  it("writes in a failed transaction leave nothing behind", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await controlItemRepository.insert(tx, item("TX1"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await controlItemRepository.findById(db.db, "TX1")).toBeUndefined();
  });
});
