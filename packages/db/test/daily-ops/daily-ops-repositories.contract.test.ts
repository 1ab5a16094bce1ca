/**
 * Daily-operations repositories contract (issue 12 item 1): the same assertions on SQLite and
 * PostgreSQL (CCMS_TEST_ENGINE); migration 016's checks on enum and yes/no columns; the value lists
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
  type Database,
  type DrillRow,
  type EquipmentFaultRow,
  type EquipmentRow,
  type HandoverRow,
  type IncidentRow,
  type InspectionRow,
  type InspectionTemplateRow,
  type LostPropertyRow,
  type MeetingRow,
  MIGRATIONS,
  dailyCloseRepository,
  drillRepository,
  equipmentFaultRepository,
  equipmentRepository,
  handoverRepository,
  inTransaction,
  incidentNotificationRepository,
  incidentRepository,
  inspectionRepository,
  inspectionTemplateRepository,
  lostPropertyRepository,
  meetingRepository,
  migrate,
  openDatabase,
} from "../../src/index.js";

const ENGINE = (process.env.CCMS_TEST_ENGINE ?? "sqlite") as "sqlite" | "postgres";
const PG_URL = process.env.CCMS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (ENGINE === "postgres") {
    const name = `ccms_d_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
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
  const dir = mkdtempSync(join(tmpdir(), "ccms-dailyops-"));
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
const template = (id: string, code: string, version: number, over: Partial<InspectionTemplateRow> = {}): InspectionTemplateRow => ({
  id,
  code,
  version,
  name: code,
  kind: "patrol",
  description: null,
  sections: "[]",
  created_by: null,
  created_at: T0,
  org_unit_id: null,
  ...over,
});
const inspection = (id: string, over: Partial<InspectionRow> = {}): InspectionRow => ({
  id,
  counter_id: "C1",
  template_id: "T1",
  kind: "security_check",
  business_date: "2026-11-30",
  inspector_id: "U1",
  participants: "[]",
  status: "in_progress",
  answers: "[]",
  score: null,
  failed_count: 0,
  note: null,
  started_at: T0,
  submitted_at: null,
  ...over,
});
const meeting = (id: string, over: Partial<MeetingRow> = {}): MeetingRow => ({
  id,
  counter_id: "C1",
  business_date: "2026-11-30",
  host_id: "U1",
  started_at: null,
  ended_at: null,
  scheduled_from: null,
  scheduled_to: null,
  attendees: "[]",
  review: null,
  topics: "[]",
  case_studies: "[]",
  focus_issues: "[]",
  open_focus: 0,
  created_by: "U1",
  created_at: T0,
  ...over,
});
const handover = (id: string, over: Partial<HandoverRow> = {}): HandoverRow => ({
  id,
  counter_id: "C1",
  business_date: "2026-11-30",
  shift: "早班",
  outgoing_lead_id: "U1",
  incoming_lead_id: "U2",
  work_done: "x",
  events: null,
  problems: null,
  pending_items: "[]",
  notices: null,
  status: "pending",
  confirm_note: null,
  created_at: T0,
  confirmed_at: null,
  ...over,
});
const equipment = (id: string, over: Partial<EquipmentRow> = {}): EquipmentRow => ({
  id,
  counter_id: "C1",
  name: id,
  category: "柜面机具",
  model: null,
  serial_no: null,
  location: null,
  responsible_user_id: "U1",
  maintainer: null,
  maintainer_contact: null,
  active: 1,
  created_at: T0,
  updated_at: T0,
  ...over,
});
const fault = (id: string, over: Partial<EquipmentFaultRow> = {}): EquipmentFaultRow => ({
  id,
  equipment_id: "E1",
  counter_id: "C1",
  description: "x",
  status: "reported",
  maintainer: null,
  reported_by: "U1",
  reported_at: T0,
  repaired_at: null,
  log: "[]",
  ...over,
});
const incident = (id: string, over: Partial<IncidentRow> = {}): IncidentRow => ({
  id,
  counter_id: "C1",
  title: "x",
  description: "y",
  occurred_at: T0,
  facts: "{}",
  level: "IV",
  suggestion: "{}",
  status: "open",
  reported_by: "U1",
  timeline: "[]",
  closed_at: null,
  summary: null,
  created_at: T0,
  ...over,
});
const drill = (id: string, date: string, over: Partial<DrillRow> = {}): DrillRow => ({
  id,
  counter_id: "C1",
  date,
  kind: "drill",
  scenario: "火灾疏散",
  participants: "[]",
  notes: null,
  recorded_by: "U1",
  created_at: T0,
  ...over,
});
const lost = (id: string, foundAt: string, over: Partial<LostPropertyRow> = {}): LostPropertyRow => ({
  id,
  counter_id: "C1",
  description: "伞",
  found_at: foundAt,
  found_place: null,
  found_by: null,
  stored_at: null,
  status: "kept",
  returned_to: null,
  identity_note: null,
  returned_at: null,
  note: null,
  recorded_by: "U1",
  created_at: T0,
  ...over,
});

describe("daily-operations value lists", () => {
  const pairs: Array<[string, readonly string[], { options: readonly string[] }]> = [
    ["inspection kind", core.INSPECTION_KINDS, contracts.InspectionKind],
    ["inspection status", core.INSPECTION_STATUSES, contracts.InspectionStatus],
    ["handover status", core.HANDOVER_STATUSES, contracts.HandoverStatus],
    ["fault status", core.FAULT_STATUSES, contracts.FaultStatus],
    ["incident level", core.INCIDENT_LEVELS, contracts.IncidentLevel],
    ["incident status", core.INCIDENT_STATUSES, contracts.IncidentStatus],
    ["incident notification target", core.INCIDENT_NOTIFICATION_TARGETS, contracts.IncidentNotificationTarget],
    ["drill kind", core.DRILL_KINDS, contracts.DrillKind],
    ["lost property status", core.LOST_PROPERTY_STATUSES, contracts.LostPropertyStatus],
  ];
  for (const [name, values, schema] of pairs) it(`${name}: core and contracts hold the same values`, () => expect([...schema.options].sort()).toEqual([...values].sort()));
});

describe(`daily-operations repositories contract (${ENGINE})`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database: db, drop } = await open());
    // The migrations before 016, rows written then with values outside the lists, then 016 and the rest.
    await migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.id === "016-daily-ops-checks")));
    await db.db.insertInto("equipment_faults").values(fault("OLD", { equipment_id: "E9", status: "lost" as never })).execute();
    await db.db.insertInto("equipment").values(equipment("OLDE", { active: 2 })).execute();
    await migrate(db);
  });
  afterAll(async () => drop?.());

  it("migration 016 does not fail on rows written before it, and guards new and changed rows", async () => {
    expect((await equipmentFaultRepository.findById(db.db, "OLD"))?.status).toBe("lost");
    await expect(inspectionRepository.insert(db.db, inspection("BAD", { kind: "audit" as never }))).rejects.toThrow();
    await expect(inspectionRepository.insert(db.db, inspection("BAD2", { status: "draft" as never }))).rejects.toThrow();
    await expect(incidentRepository.insert(db.db, incident("BAD3", { level: "V" as never }))).rejects.toThrow();
    await expect(equipmentRepository.insert(db.db, equipment("BAD4", { active: 2 }))).rejects.toThrow();
    await expect(lostPropertyRepository.insert(db.db, lost("BAD5", T0, { status: "gone" as never }))).rejects.toThrow();
    await expect(drillRepository.insert(db.db, drill("BAD6", "2026-11-30", { kind: "party" as never }))).rejects.toThrow();
    await expect(handoverRepository.insert(db.db, handover("BAD7", { status: "done" as never }))).rejects.toThrow();
    await expect(incidentNotificationRepository.insert(db.db, { id: "BAD8", incident_id: "X", target_level: "city" as never, org_unit_id: "O", notified_at: T0 })).rejects.toThrow();
    await expect(inspectionTemplateRepository.insert(db.db, template("BAD9", "x", 1, { kind: "other" as never }))).rejects.toThrow();
    await expect(meetingRepository.insert(db.db, meeting("BAD10", { open_focus: 3 }))).rejects.toThrow();
    await expect(
      dailyCloseRepository.insert(db.db, { id: "BAD11", counter_id: "C9", business_date: "2026-11-30", closed_by: "U1", closed_at: T0, checks: "[]", overridden: 5, override_reason: null, notes: null, special_matters: null }),
    ).rejects.toThrow();
    await equipmentFaultRepository.insert(db.db, fault("F0"));
    await expect(equipmentFaultRepository.changeStatus(db.db, "F0", "reported", { status: "fixed" as never, maintainer: null, repairedAt: null, log: "[]" })).rejects.toThrow();
    expect((await equipmentFaultRepository.findById(db.db, "F0"))?.status).toBe("reported");
  });

  it("inspection templates: every version, the latest version number of a code", async () => {
    await inspectionTemplateRepository.insert(db.db, template("T1", "eod", 1, { kind: "security_check" }));
    await inspectionTemplateRepository.insert(db.db, template("T2", "eod", 2, { kind: "security_check" }));
    await inspectionTemplateRepository.insert(db.db, template("T3", "patrol", 1));
    expect(await inspectionTemplateRepository.latestVersionOf(db.db, "eod")).toBe(2);
    expect(await inspectionTemplateRepository.latestVersionOf(db.db, "none")).toBe(0);
    expect((await inspectionTemplateRepository.listAll(db.db)).map((t) => t.id).filter((id) => /^T\d$/.test(id))).toEqual(["T1", "T2", "T3"]);
    expect((await inspectionTemplateRepository.findById(db.db, "T2"))?.kind).toBe("security_check");
  });

  it("inspections: answers saved and submitted only while in progress; the day's submitted checks; filters", async () => {
    await inspectionRepository.insert(db.db, inspection("N1", { started_at: "2026-11-30T01:00:00.000Z" }));
    await inspectionRepository.insert(db.db, inspection("N2", { kind: "patrol", started_at: "2026-11-30T03:00:00.000Z" }));
    await inspectionRepository.insert(db.db, inspection("N3", { counter_id: "C2", business_date: "2026-11-29" }));
    expect(await inspectionRepository.saveAnswersInProgress(db.db, "N1", '[{"itemKey":"a","result":"pass"}]')).toBe(true);
    expect(await inspectionRepository.submit(db.db, "N1", { score: 1000, failedCount: 0, note: null, submittedAt: T0 })).toBe(true);
    expect(await inspectionRepository.submit(db.db, "N1", { score: 0, failedCount: 1, note: null, submittedAt: T0 })).toBe(false);
    expect(await inspectionRepository.saveAnswersInProgress(db.db, "N1", "[]")).toBe(false);
    const n1 = await inspectionRepository.findById(db.db, "N1");
    expect(n1).toMatchObject({ status: "submitted", score: 1000, answers: '[{"itemKey":"a","result":"pass"}]' });
    expect((await inspectionRepository.listSubmittedOfDay(db.db, "C1", "security_check", "2026-11-30")).map((r) => r.id)).toEqual(["N1"]);
    expect((await inspectionRepository.listLatest(db.db, { counterIds: ["C1", "C2"] })).map((r) => r.id)).toEqual(["N2", "N3", "N1"]);
    expect((await inspectionRepository.listLatest(db.db, { counterIds: ["C1", "C2"], from: "2026-11-30", kind: "security_check" })).map((r) => r.id)).toEqual(["N1"]);
    expect((await inspectionRepository.listLatest(db.db, { counterIds: ["C1"], status: "in_progress" })).map((r) => r.id)).toEqual(["N2"]);
    expect(await inspectionRepository.listLatest(db.db, { counterIds: [] })).toEqual([]);
    expect((await inspectionRepository.listSubmittedByDate(db.db, { counterIds: ["C1", "C2"] })).map((r) => r.id)).toEqual(["N1"]);
  });

  it("meetings: newest first, open focus only, focus issues saved", async () => {
    await meetingRepository.insert(db.db, meeting("M1", { business_date: "2026-11-28", open_focus: 1 }));
    await meetingRepository.insert(db.db, meeting("M2", { business_date: "2026-11-29" }));
    expect((await meetingRepository.listLatest(db.db, { counterIds: ["C1"] })).map((r) => r.id)).toEqual(["M2", "M1"]);
    expect((await meetingRepository.listLatest(db.db, { counterIds: ["C1"], openFocusOnly: true })).map((r) => r.id)).toEqual(["M1"]);
    expect((await meetingRepository.listLatest(db.db, { counterIds: ["C1"], from: "2026-11-29", to: "2026-11-29" })).map((r) => r.id)).toEqual(["M2"]);
    await meetingRepository.saveFocusIssues(db.db, "M1", '[{"text":"x","done":true,"followUps":[]}]', false);
    expect(await meetingRepository.listWithOpenFocus(db.db, ["C1"])).toEqual([]);
    expect((await meetingRepository.findById(db.db, "M1"))?.open_focus).toBe(0);
  });

  it("handovers: confirmed once; the day's handovers; status filter", async () => {
    await handoverRepository.insert(db.db, handover("H1", { created_at: "2026-11-30T01:00:00.000Z" }));
    await handoverRepository.insert(db.db, handover("H2", { created_at: "2026-11-30T05:00:00.000Z", business_date: "2026-11-29" }));
    expect(await handoverRepository.confirmPending(db.db, "H1", { note: "好", confirmedAt: T0 })).toBe(true);
    expect(await handoverRepository.confirmPending(db.db, "H1", { note: null, confirmedAt: T0 })).toBe(false);
    expect(await handoverRepository.findById(db.db, "H1")).toMatchObject({ status: "confirmed", confirm_note: "好", confirmed_at: T0 });
    expect((await handoverRepository.listOfDay(db.db, "C1", "2026-11-30")).map((h) => h.id)).toEqual(["H1"]);
    expect((await handoverRepository.listLatest(db.db, { counterIds: ["C1"] })).map((h) => h.id)).toEqual(["H2", "H1"]);
    expect((await handoverRepository.listLatest(db.db, { counterIds: ["C1"], status: "pending" })).map((h) => h.id)).toEqual(["H2"]);
  });

  it("daily closes: one per counter and date, found by day, removed when reopened", async () => {
    const close = { id: "D1", counter_id: "C1", business_date: "2026-11-29", closed_by: "U1", closed_at: T0, checks: "[]", overridden: 0, override_reason: null, notes: null, special_matters: null };
    await dailyCloseRepository.insert(db.db, close);
    await expect(dailyCloseRepository.insert(db.db, { ...close, id: "D2" })).rejects.toThrow();
    await dailyCloseRepository.insert(db.db, { ...close, id: "D3", business_date: "2026-11-30" });
    expect((await dailyCloseRepository.findOfDay(db.db, "C1", "2026-11-29"))?.id).toBe("D1");
    expect((await dailyCloseRepository.listLatest(db.db, { counterIds: ["C1"] })).map((c) => c.id)).toEqual(["D3", "D1"]);
    expect((await dailyCloseRepository.listLatest(db.db, { counterIds: ["C1"], to: "2026-11-29" })).map((c) => c.id)).toEqual(["D1"]);
    expect(await dailyCloseRepository.remove(db.db, "D1")).toBe(true);
    expect(await dailyCloseRepository.remove(db.db, "D1")).toBe(false);
    expect(await dailyCloseRepository.findOfDay(db.db, "C1", "2026-11-29")).toBeUndefined();
    expect(await dailyCloseRepository.openTickets(db.db, ENGINE, "C1", "2026-11-30")).toEqual([]);
    expect(await dailyCloseRepository.signedInWindows(db.db, ENGINE, "C1")).toEqual([]);
    expect(await dailyCloseRepository.casesNeedingSpecialMatter(db.db, ENGINE, "C1", T0)).toEqual([]);
  });

  it("equipment and faults: by name, counted, patched; open faults; status moves compare-and-set", async () => {
    await equipmentRepository.insert(db.db, equipment("E2", { name: "打印机" }));
    await equipmentRepository.insert(db.db, equipment("E1", { name: "叫号机" }));
    expect(await equipmentRepository.countAtCounter(db.db, "C1")).toBe(3); // OLDE included
    await equipmentRepository.update(db.db, "E1", { location: "大厅", active: 0, updated_at: "2026-11-30T03:00:00.000Z" });
    expect(await equipmentRepository.findById(db.db, "E1")).toMatchObject({ location: "大厅", active: 0 });
    await equipmentFaultRepository.insert(db.db, fault("F1", { reported_at: "2026-11-30T03:00:00.000Z" }));
    await equipmentFaultRepository.insert(db.db, fault("F2", { equipment_id: "E2", status: "repaired" }));
    expect(await equipmentFaultRepository.changeStatus(db.db, "F1", "reported", { status: "repairing", maintainer: "维保", repairedAt: null, log: "[1]" })).toBe(true);
    expect(await equipmentFaultRepository.changeStatus(db.db, "F1", "reported", { status: "repaired", maintainer: null, repairedAt: T0, log: "[]" })).toBe(false);
    expect(await equipmentFaultRepository.findById(db.db, "F1")).toMatchObject({ status: "repairing", maintainer: "维保", log: "[1]" });
    expect((await equipmentFaultRepository.listOpenAtCounters(db.db, ["C1"])).map((f) => f.id).sort()).toEqual(["F0", "F1"]);
    expect((await equipmentFaultRepository.listLatest(db.db, { counterIds: ["C1"], equipmentId: "E1" })).map((f) => f.id)).toEqual(["F1", "F0"]);
    expect((await equipmentFaultRepository.listAtCounters(db.db, ["C1"])).map((f) => f.id)).toEqual(["F0", "F1", "F2", "OLD"]);
  });

  it("incidents and notifications: open ones, latest first, timeline, closed once", async () => {
    await incidentRepository.insert(db.db, incident("I1", { occurred_at: "2026-11-29T02:00:00.000Z" }));
    await incidentRepository.insert(db.db, incident("I2", { occurred_at: "2026-11-30T02:00:00.000Z" }));
    await incidentRepository.saveTimeline(db.db, "I1", '[{"kind":"note"}]', "I");
    expect(await incidentRepository.findById(db.db, "I1")).toMatchObject({ level: "I", timeline: '[{"kind":"note"}]' });
    expect(await incidentRepository.closeOpen(db.db, "I2", { closedAt: T0, summary: "好", timeline: "[]" })).toBe(true);
    expect(await incidentRepository.closeOpen(db.db, "I2", { closedAt: T0, summary: "again", timeline: "[]" })).toBe(false);
    expect((await incidentRepository.listOpen(db.db, ["C1"])).map((i) => i.id)).toEqual(["I1"]);
    expect((await incidentRepository.listLatest(db.db, { counterIds: ["C1"] })).map((i) => i.id)).toEqual(["I2", "I1"]);
    expect((await incidentRepository.listLatest(db.db, { counterIds: ["C1"], to: "2026-11-29T23:59:59.999Z" })).map((i) => i.id)).toEqual(["I1"]);
    expect((await incidentRepository.listLatest(db.db, { counterIds: ["C1"], status: "closed" })).map((i) => i.id)).toEqual(["I2"]);
    await incidentNotificationRepository.insert(db.db, { id: "NB", incident_id: "I1", target_level: "province", org_unit_id: "P", notified_at: T0 });
    await incidentNotificationRepository.insert(db.db, { id: "NA", incident_id: "I1", target_level: "hq", org_unit_id: "H", notified_at: T0 });
    expect((await incidentNotificationRepository.listForIncidents(db.db, ["I1", "I2"])).map((n) => n.id)).toEqual(["NA", "NB"]);
    expect(await incidentNotificationRepository.listForIncidents(db.db, [])).toEqual([]);
  });

  it("drills and lost property: latest first, returned once", async () => {
    await drillRepository.insert(db.db, drill("R1", "2026-11-01"));
    await drillRepository.insert(db.db, drill("R2", "2026-11-20", { kind: "risk_review" }));
    expect((await drillRepository.listLatest(db.db, { counterIds: ["C1"] })).map((d) => d.id)).toEqual(["R2", "R1"]);
    expect((await drillRepository.listLatest(db.db, { counterIds: ["C1"], to: "2026-11-10" })).map((d) => d.id)).toEqual(["R1"]);
    await lostPropertyRepository.insert(db.db, lost("L1", "2026-11-29T02:00:00.000Z"));
    await lostPropertyRepository.insert(db.db, lost("L2", "2026-11-30T02:00:00.000Z"));
    expect(await lostPropertyRepository.markReturned(db.db, "L1", { returnedTo: "张三", identityNote: "身份证 尾号1234", note: null, returnedAt: T0 })).toBe(true);
    expect(await lostPropertyRepository.markReturned(db.db, "L1", { returnedTo: "李四", identityNote: null, note: null, returnedAt: T0 })).toBe(false);
    expect(await lostPropertyRepository.findById(db.db, "L1")).toMatchObject({ status: "returned", returned_to: "张三" });
    expect((await lostPropertyRepository.listLatest(db.db, { counterIds: ["C1"] })).map((l) => l.id)).toEqual(["L2", "L1"]);
    expect((await lostPropertyRepository.listLatest(db.db, { counterIds: ["C1"], status: "kept" })).map((l) => l.id)).toEqual(["L2"]);
  });

  it("writes in a failed transaction leave nothing behind", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await drillRepository.insert(tx, drill("RX", "2026-11-30"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await drillRepository.findById(db.db, "RX")).toBeUndefined();
  });
});
