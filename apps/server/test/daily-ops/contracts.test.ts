import {
  AmlSelfInspectionList,
  AmlTransactionList,
  ArchiveBorrowingList,
  ClosePreview,
  ControlItemList,
  CorrectiveActionList,
  CustodyMovementList,
  DailyCloseList,
  DrillList,
  EquipmentList,
  FaultList,
  FindingList,
  HandBackList,
  HandoverList,
  IncidentList,
  InspectionList,
  InspectionResponse,
  InspectionTemplateList,
  InspectionTrends,
  LeaveList,
  LossList,
  LostPropertyList,
  MeetingList,
  MeetingSchedule,
  ReminderList,
  StaffList,
  UsageList,
  WriteOffList,
} from "@ccms/contracts";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

/** The screens rely on the response schemas in @ccms/contracts: every response must parse. */
describe(`daily-ops and control responses match the contracts (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const staff = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/staff?counterId=${th}` });
    for (const u of staff.body.items) ids[u.displayName] = u.id;
    const teller = staff.body.items.find((u: any) => u.roles.includes("teller")).id;
    // A little of everything.
    const tpl = (await env.call("duty", { method: "GET", url: "/api/v1/daily-ops/inspection-templates/tpl-eod-security-check-v1" })).body;
    const answers = tpl.sections.flatMap((s: any) => s.items.map((i: any) => ({ itemKey: i.key, result: "fail", comment: "x", photos: ["data:image/png;base64,AAAA"] })));
    const ins = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: th, templateId: tpl.id, answers } });
    await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${ins.body.id}/submit`, payload: {} });
    await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/meetings", payload: { counterId: th, attendees: [{ userId: teller, present: true }], focusIssues: [{ text: "x" }] } });
    await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/handovers", payload: { counterId: th, shift: "早班", incomingLeadId: staff.body.items.find((u: any) => u.roles.includes("counterManager")).id, workDone: "x", pendingItems: [{ item: "y" }] } });
    await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, override: { reason: "测试" } } });
    const eq = (await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/equipment?counterId=${th}` })).body.items[0];
    await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/equipment/${eq.id}/faults`, payload: { description: "x" } });
    await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: th, title: "x", description: "y", facts: { deaths: 1 } } });
    await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/drills", payload: { counterId: th, date: "2026-03-10", scenario: "火灾疏散" } });
    await env.call("guide", { method: "POST", url: "/api/v1/daily-ops/lost-property", payload: { counterId: th, description: "伞" } });
    const seal = (await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=seal` })).body.items[0];
    await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.id}/issue`, payload: { toUserId: teller, counted: true } });
    await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${seal.id}/usages`, payload: { documentRef: "保全批单 E1", purpose: "盖章" } });
    await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.id}/losses`, payload: { responsibleUserIds: [teller], note: "x" } });
    await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: teller, from: "2026-03-11", to: "2026-03-13", kind: "annual" } });
    await env.call("manager", { method: "POST", url: "/api/v1/control/write-offs", payload: { counterId: th, reason: "x", lines: [{ docType: "发票", serial: "1", amountFen: 100 }] } });
    await env.call("teller1", { method: "POST", url: "/api/v1/control/aml/transactions", payload: { counterId: th, occurredAt: "2026-03-10T01:00:00Z", direction: "receipt", method: "cash", amountFen: 6_000_000, customerName: "张三", customerIdType: "身份证", customerIdNo: "440101199001011234", identified: true, suspiciousReasons: ["x"] } });
    await env.call("manager", { method: "POST", url: "/api/v1/control/aml/self-inspections", payload: { counterId: th, period: "2026Q1", items: [{ text: "x", compliant: true }] } });
    await env.call("teller1", { method: "POST", url: "/api/v1/control/archives/borrowings", payload: { counterId: th, archiveRef: "A1", title: "t", purpose: "p", dueDate: "2026-03-20" } });
  });
  afterAll(async () => env?.close());

  const cases: Array<[string, string, z.ZodTypeAny, number]> = [
    ["staff", "/api/v1/daily-ops/staff?counterId=TH", StaffList, 1],
    ["templates", "/api/v1/daily-ops/inspection-templates", InspectionTemplateList, 4],
    ["inspections", "/api/v1/daily-ops/inspections?counterId=TH", InspectionList, 1],
    ["trends", "/api/v1/daily-ops/inspections/trends?counterId=TH", InspectionTrends, 0],
    ["schedule", "/api/v1/daily-ops/meetings/schedule?counterId=TH", MeetingSchedule, 0],
    ["meetings", "/api/v1/daily-ops/meetings?counterId=TH", MeetingList, 1],
    ["handovers", "/api/v1/daily-ops/handovers?counterId=TH", HandoverList, 1],
    ["close preview", "/api/v1/daily-ops/closes/preview?counterId=TH", ClosePreview, 0],
    ["closes", "/api/v1/daily-ops/closes?counterId=TH", DailyCloseList, 1],
    ["equipment", "/api/v1/daily-ops/equipment?counterId=TH", EquipmentList, 1],
    ["faults", "/api/v1/daily-ops/equipment-faults?counterId=TH", FaultList, 1],
    ["incidents", "/api/v1/daily-ops/incidents?counterId=TH", IncidentList, 1],
    ["drills", "/api/v1/daily-ops/drills?counterId=TH", DrillList, 1],
    ["lost property", "/api/v1/daily-ops/lost-property?counterId=TH", LostPropertyList, 1],
    ["items", "/api/v1/control/items?counterId=TH", ControlItemList, 1],
    ["movements", "/api/v1/control/movements?counterId=TH", CustodyMovementList, 1],
    ["usages", "/api/v1/control/usages?counterId=TH", UsageList, 1],
    ["losses", "/api/v1/control/losses?counterId=TH", LossList, 1],
    ["write-offs", "/api/v1/control/write-offs?counterId=TH", WriteOffList, 1],
    ["leaves", "/api/v1/control/leaves?counterId=TH", LeaveList, 1],
    ["hand-backs", "/api/v1/control/hand-backs?counterId=TH", HandBackList, 1],
    ["findings", "/api/v1/control/findings", FindingList, 1],
    ["corrective actions", "/api/v1/control/corrective-actions?counterId=TH", CorrectiveActionList, 1],
    ["aml", "/api/v1/control/aml/transactions?counterId=TH", AmlTransactionList, 1],
    ["aml self", "/api/v1/control/aml/self-inspections?counterId=TH", AmlSelfInspectionList, 1],
    ["archives", "/api/v1/control/archives/borrowings?counterId=TH", ArchiveBorrowingList, 1],
    ["reminders", "/api/v1/daily-ops/reminders?counterId=TH", ReminderList, 3],
  ];
  it.each(cases)("%s", async (_name, url, schema, min) => {
    const res = await env.call("manager", { method: "GET", url: url.replace("TH", th) });
    expect(res.status).toBe(200);
    const parsed = schema.safeParse(res.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
    if ("items" in res.body) expect(res.body.items.length).toBeGreaterThanOrEqual(min);
  });

  it("an inspection with its photos parses as InspectionResponse", async () => {
    const list = (await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/inspections?counterId=${th}` })).body.items;
    const one = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/inspections/${list[0].id}` });
    expect(InspectionResponse.safeParse(one.body).success).toBe(true);
    expect(one.body.answers[0].photos[0]).toMatch(/^data:image/);
    expect(ids).toBeTruthy();
  });
});
