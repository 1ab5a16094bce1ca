/**
 * Issue 12 item 4: every daily-ops route declares a 2xx response schema (OpenAPI), and what each route
 * actually answers parses with that schema. One journey through every route, each answer checked.
 */
import * as contracts from "@ccms/contracts";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const BASE = "/api/v1/daily-ops";
/** Routes under the daily-ops path registered by another module (control/data-protection.routes.ts, K-09). */
const OTHER_MODULES = new Set(["POST /api/v1/daily-ops/lost-property/:id/unmask"]);

describe(`daily-ops responses conform to the declared schemas (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const seen = new Set<string>();
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  /** Call, expect the status, parse the body with the schema; the route (method + template) is noted as covered. */
  async function check<S extends z.ZodTypeAny>(as: string, method: string, route: string, url: string, status: number, schema: S, payload?: unknown): Promise<z.infer<S>> {
    const res = await env.call(as, { method: method as never, url: `${BASE}${url}`, ...(payload === undefined ? {} : { payload: payload as never }) });
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body).slice(0, 500)}`).toBe(status);
    const parsed = schema.safeParse(res.body);
    expect(parsed.success, `${method} ${route}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues).slice(0, 800)}`).toBe(true);
    seen.add(`${method} ${BASE}${route}`);
    return parsed.data;
  }
  async function xlsx(route: string, url: string) {
    const res = await env.call("manager", { method: "GET", url: `${BASE}${url}` });
    expect(res.status, url).toBe(200);
    expect(String(res.headers["content-type"])).toContain("spreadsheetml");
    seen.add(`GET ${BASE}${route}`);
  }

  it("every route answers what its contract declares", async () => {
    const staff = await check("manager", "GET", "/staff", `/staff?counterId=${th}`, 200, contracts.StaffList);
    for (const s of staff.items) ids[s.roles.includes("counterManager") ? "manager" : s.roles.includes("teller") ? "teller" : s.displayName] = s.id;
    await check("manager", "GET", "/reminders", `/reminders?counterId=${th}`, 200, contracts.ReminderList);

    // Templates and inspections
    const templates = await check("duty", "GET", "/inspection-templates", "/inspection-templates", 200, contracts.InspectionTemplateList);
    const eod = templates.items.find((t) => t.kind === "security_check")!;
    await check("duty", "GET", "/inspection-templates/:id", `/inspection-templates/${eod.id}`, 200, contracts.InspectionTemplateResponse);
    await check("gdadmin", "POST", "/inspection-templates", "/inspection-templates", 201, contracts.InspectionTemplateResponse, {
      code: "resp-check",
      name: "检查表",
      kind: "custom",
      sections: [{ key: "s", title: "区域", items: [{ key: "a", text: "整洁" }] }],
    });
    const items = eod.sections.flatMap((s) => s.items);
    const ins = await check("duty", "POST", "/inspections", "/inspections", 201, contracts.InspectionResponse, { counterId: th, templateId: eod.id });
    await check("duty", "PUT", "/inspections/:id/answers", `/inspections/${ins.id}/answers`, 200, contracts.InspectionResponse, {
      answers: items.map((i, n) => (n === 0 ? { itemKey: i.key, result: "fail", comment: "未关", photos: ["data:image/png;base64,AAAA"] } : { itemKey: i.key, result: "pass" })),
    });
    await check("duty", "POST", "/inspections/:id/submit", `/inspections/${ins.id}/submit`, 200, contracts.InspectionResponse, { note: "完成" });
    await check("duty", "GET", "/inspections/:id", `/inspections/${ins.id}`, 200, contracts.InspectionResponse);
    await check("duty", "GET", "/inspections", `/inspections?counterId=${th}`, 200, contracts.InspectionList);
    await check("duty", "GET", "/inspections/trends", `/inspections/trends?counterId=${th}`, 200, contracts.InspectionTrends);
    await xlsx("/inspections/export.xlsx", `/inspections/export.xlsx?counterId=${th}`);

    // Morning meeting
    await check("duty", "GET", "/meetings/schedule", `/meetings/schedule?counterId=${th}`, 200, contracts.MeetingSchedule);
    const m = await check("duty", "POST", "/meetings", "/meetings", 201, contracts.MeetingResponse, {
      counterId: th,
      attendees: [{ userId: ids.teller, present: true }],
      topics: ["服务礼仪"],
      caseStudies: [{ title: "案例" }],
      focusIssues: [{ text: "叫号机卡纸", ownerId: ids.teller }],
    });
    await check("duty", "GET", "/meetings/:id", `/meetings/${m.id}`, 200, contracts.MeetingResponse);
    await check("duty", "POST", "/meetings/:id/focus-issues/:index/follow-up", `/meetings/${m.id}/focus-issues/0/follow-up`, 200, contracts.MeetingResponse, { note: "已处理", done: true });
    await check("duty", "GET", "/meetings", `/meetings?counterId=${th}`, 200, contracts.MeetingList);
    await xlsx("/meetings/export.xlsx", `/meetings/export.xlsx?counterId=${th}`);

    // Handover (before any incident is open)
    const h = await check("duty", "POST", "/handovers", "/handovers", 201, contracts.HandoverResponse, { counterId: th, shift: "早班", incomingLeadId: ids.manager, workDone: "正常营业", pendingItems: [{ item: "回访" }] });
    await check("manager", "POST", "/handovers/:id/confirm", `/handovers/${h.id}/confirm`, 200, contracts.HandoverResponse, { note: "已核对" });
    await check("duty", "GET", "/handovers/:id", `/handovers/${h.id}`, 200, contracts.HandoverResponse);
    await check("duty", "GET", "/handovers", `/handovers?counterId=${th}`, 200, contracts.HandoverList);
    await xlsx("/handovers/export.xlsx", `/handovers/export.xlsx?counterId=${th}`);
    // D-13 relief (issue 17): sections and the close after confirmation; the shift lead's approval on a pending handover
    await check("duty", "PUT", "/handovers/:id/relief", `/handovers/${h.id}/relief`, 200, contracts.ShiftReliefResponse, { importantNotices: [], retainedCards: [], errorAccounts: [] });
    await check("duty", "POST", "/handovers/:id/close-shift", `/handovers/${h.id}/close-shift`, 200, contracts.ShiftReliefResponse, {});
    const h2 = await check("duty", "POST", "/handovers", "/handovers", 201, contracts.HandoverResponse, { counterId: th, shift: "午班", incomingLeadId: ids.manager, workDone: "正常营业" });
    await check("manager", "POST", "/handovers/:id/approve-leave", `/handovers/${h2.id}/approve-leave`, 200, contracts.ShiftReliefResponse, { reason: "家中急事" });
    await check("duty", "GET", "/handovers/:id/relief", `/handovers/${h2.id}/relief`, 200, contracts.ShiftReliefResponse);
    await check("duty", "GET", "/shift-responsibilities", `/shift-responsibilities?counterId=${th}`, 200, contracts.ShiftResponsibilityList);
    // D-12 fitness at the pre-shift meeting, weekly team meeting (issue 17)
    await check("duty", "POST", "/meetings/:id/fitness", `/meetings/${m.id}/fitness`, 201, contracts.FitnessCheckList, { checks: [{ userId: ids.teller, verdict: "fit" }] });
    await check("duty", "GET", "/fitness-checks", `/fitness-checks?counterId=${th}`, 200, contracts.FitnessCheckList);
    await check("duty", "POST", "/team-meetings", "/team-meetings", 201, contracts.TeamMeetingResponse, { counterId: th, attendeeIds: [ids.teller], performance: "业务平稳", drills: [{ title: "消防演练" }] });
    await check("duty", "GET", "/team-meetings", `/team-meetings?counterId=${th}`, 200, contracts.TeamMeetingList);

    // Equipment and faults
    const eq = await check("duty", "POST", "/equipment", "/equipment", 201, contracts.EquipmentResponse, { counterId: th, name: "碎纸机", category: "柜面机具", responsibleUserId: ids.teller });
    await check("duty", "GET", "/equipment/:id", `/equipment/${eq.id}`, 200, contracts.EquipmentResponse);
    await check("duty", "PATCH", "/equipment/:id", `/equipment/${eq.id}`, 200, contracts.EquipmentResponse, { location: "柜台" });
    await check("duty", "GET", "/equipment", `/equipment?counterId=${th}`, 200, contracts.EquipmentList);
    const f = await check("teller1", "POST", "/equipment/:id/faults", `/equipment/${eq.id}/faults`, 201, contracts.FaultResponse, { description: "卡纸" });
    await check("duty", "PATCH", "/equipment-faults/:id", `/equipment-faults/${f.id}`, 200, contracts.FaultResponse, { status: "repairing", note: "已报维保" });
    await check("duty", "GET", "/equipment-faults/:id", `/equipment-faults/${f.id}`, 200, contracts.FaultResponse);
    await check("duty", "GET", "/equipment-faults", `/equipment-faults?counterId=${th}&open=true`, 200, contracts.FaultList);
    await xlsx("/equipment/export.xlsx", `/equipment/export.xlsx?counterId=${th}`);
    await xlsx("/equipment-faults/export.xlsx", `/equipment-faults/export.xlsx?counterId=${th}`);

    // Incidents, drills
    await check("duty", "POST", "/incidents/suggest-level", "/incidents/suggest-level", 200, contracts.IncidentLevelSuggestion, { facts: { surrenderCount: 120 } });
    const inc = await check("duty", "POST", "/incidents", "/incidents", 201, contracts.IncidentResponse, { counterId: th, title: "集中退保", description: "120人", facts: { surrenderCount: 120 } });
    expect(inc.notifications.length).toBeGreaterThan(0);
    await check("duty", "POST", "/incidents/:id/timeline", `/incidents/${inc.id}/timeline`, 200, contracts.IncidentResponse, { note: "已疏导" });
    await check("duty", "POST", "/incidents/:id/close", `/incidents/${inc.id}/close`, 200, contracts.IncidentResponse, { summary: "客户情绪稳定" });
    await check("duty", "GET", "/incidents/:id", `/incidents/${inc.id}`, 200, contracts.IncidentResponse);
    await check("duty", "GET", "/incidents", `/incidents?counterId=${th}`, 200, contracts.IncidentList);
    // D-14 urgent events (issue 17): the level-I incident above was reported upward at once
    await check("duty", "GET", "/urgent-events", `/urgent-events?counterId=${th}`, 200, contracts.UrgentEventList);
    await check("duty", "GET", "/urgent-events/:id", `/urgent-events/${inc.id}`, 200, contracts.UrgentEventResponse);
    await check("gzadmin", "POST", "/urgent-events/:id/acknowledge", `/urgent-events/${inc.id}/acknowledge`, 200, contracts.UrgentEventResponse, { note: "已知悉" });
    await xlsx("/incidents/export.xlsx", `/incidents/export.xlsx?counterId=${th}`);
    await check("duty", "POST", "/drills", "/drills", 201, contracts.DrillResponse, { counterId: th, date: "2026-03-10", scenario: "火灾疏散", participants: ["全体"] });
    await check("duty", "GET", "/drills", `/drills?counterId=${th}`, 200, contracts.DrillList);
    await xlsx("/drills/export.xlsx", `/drills/export.xlsx?counterId=${th}`);

    // Lost property
    const lp = await check("guide", "POST", "/lost-property", "/lost-property", 201, contracts.LostPropertyResponse, { counterId: th, description: "黑色雨伞" });
    await check("guide", "GET", "/lost-property/:id", `/lost-property/${lp.id}`, 200, contracts.LostPropertyResponse);
    await check("guide", "POST", "/lost-property/:id/return", `/lost-property/${lp.id}/return`, 200, contracts.LostPropertyResponse, { returnedTo: "王先生" });
    await check("guide", "GET", "/lost-property", `/lost-property?counterId=${th}`, 200, contracts.LostPropertyList);
    await xlsx("/lost-property/export.xlsx", `/lost-property/export.xlsx?counterId=${th}`);

    // Daily close
    await check("manager", "GET", "/closes/preview", `/closes/preview?counterId=${th}`, 200, contracts.ClosePreview);
    const c = await check("manager", "POST", "/closes", "/closes", 201, contracts.DailyCloseResponse, { counterId: th, override: { reason: "演示：其余检查已人工核实" } });
    await check("manager", "GET", "/closes/:id", `/closes/${c.id}`, 200, contracts.DailyCloseResponse);
    await check("manager", "GET", "/closes", `/closes?counterId=${th}`, 200, contracts.DailyCloseList);
    await xlsx("/closes/export.xlsx", `/closes/export.xlsx?counterId=${th}`);
    await check("manager", "POST", "/closes/:id/reopen", `/closes/${c.id}/reopen`, 200, contracts.ReopenDailyCloseResponse, { reason: "客户返回补办业务" });
  });

  it("every daily-ops operation declares a 2xx response schema, and the journey above covered each", async () => {
    const doc = env.app.swagger() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
    const operations: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith(BASE)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`;
        if (OTHER_MODULES.has(route)) continue;
        operations.push(route);
        const ok = Object.entries(op.responses ?? {}).filter(([code, r]) => code.startsWith("2") && r.content !== undefined);
        expect(ok.length, `${route} declares no 2xx response schema`).toBeGreaterThan(0);
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(50);
    expect(operations.filter((o) => !seen.has(o))).toEqual([]);
  });
});
