import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const PATROL = "tpl-daily-patrol-v1";
const PHOTO = "data:image/png;base64,iVBORw0KGgo=";

describe(`daily operations: inspections, meeting, handover, equipment, incidents (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const count = async (table: "inspections" | "corrective_actions" | "shift_handovers" | "incident_notifications") =>
    Number((await env.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n ?? 0);

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("ships the four templates (D-02 with P-16 etiquette, D-04, D-05, D-11) as versioned data", async () => {
    const res = await env.call("duty", { method: "GET", url: "/api/v1/daily-ops/inspection-templates" });
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => t.kind).sort()).toEqual(["environment", "patrol", "safety_monthly", "security_check"]);
    const patrol = res.body.items.find((t: any) => t.kind === "patrol");
    const items = patrol.sections.flatMap((s: any) => s.items);
    expect(items.filter((i: any) => i.ruleId === "P-16").length).toBeGreaterThanOrEqual(3);
    const env11 = res.body.items.find((t: any) => t.kind === "environment").sections.flatMap((s: any) => s.items);
    expect(env11.some((i: any) => i.text.includes("5cm"))).toBe(true);
    expect(env11.some((i: any) => i.text.includes("一个月") && i.text.includes("一周"))).toBe(true);
  });

  it("a new version of a template keeps the old one for past inspections", async () => {
    const body = { code: "daily-patrol", name: "每日巡检", kind: "patrol", sections: [{ key: "s", title: "环境", items: [{ key: "only", text: "唯一项目" }] }] };
    expect((await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspection-templates", payload: body })).status).toBe(403);
    const v2 = await env.call("gdadmin", { method: "POST", url: "/api/v1/daily-ops/inspection-templates", payload: body });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, current: true });
    const all = await env.call("duty", { method: "GET", url: "/api/v1/daily-ops/inspection-templates?kind=patrol&all=true" });
    expect(all.body.items.map((t: any) => [t.version, t.current])).toEqual([[2, true], [1, false]]);
    const dupKeys = await env.call("gdadmin", { method: "POST", url: "/api/v1/daily-ops/inspection-templates", payload: { ...body, sections: [{ key: "s", title: "x", items: [{ key: "a", text: "a" }, { key: "a", text: "b" }] }] } });
    expect(dupKeys.status).toBe(400);
    expect(dupKeys.body.error.code).toBe("duplicate_item_key");
  });

  it("bad input: answers for items not in the template version are 400 and change nothing", async () => {
    const before = await count("inspections");
    const res = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: th, templateId: PATROL, answers: [{ itemKey: "only", result: "pass" }] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "unknown_inspection_item", details: { itemKeys: ["only"] } });
    expect(await count("inspections")).toBe(before);
    const started = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: th, templateId: PATROL } });
    expect(started.status).toBe(201);
    const put = await env.call("duty", { method: "PUT", url: `/api/v1/daily-ops/inspections/${started.body.id}/answers`, payload: { answers: [{ itemKey: "env.clean", result: "pass" }, { itemKey: "nope", result: "fail" }] } });
    expect(put.status).toBe(400);
    const after = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/inspections/${started.body.id}` });
    expect(after.body.answers).toEqual([]);
  });

  it("D-02 a failed patrol item needs its comment and photo, then becomes a corrective action with owner and due date", async () => {
    const tpl = (await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/inspection-templates/${PATROL}` })).body;
    const keys: string[] = tpl.sections.flatMap((s: any) => s.items.map((i: any) => i.key));
    const start = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: th, templateId: PATROL, answers: keys.map((k) => ({ itemKey: k, result: k === "beh.dress" ? "na" : "pass" })) } });
    expect(start.status).toBe(201);
    const id = start.body.id;
    // env.clean requires a photo on failure; beh.greeting only a comment.
    await env.call("duty", { method: "PUT", url: `/api/v1/daily-ops/inspections/${id}/answers`, payload: { answers: [{ itemKey: "env.clean", result: "fail", comment: "地面有纸屑" }, { itemKey: "beh.greeting", result: "fail", ownerId: ids.teller1, dueDate: "2026-03-12" }] } });
    const noComment = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${id}/submit`, payload: {} });
    expect(noComment.status).toBe(422);
    expect(noComment.body.error).toMatchObject({ code: "failure_comment_required", details: { itemKeys: ["beh.greeting"] } });
    await env.call("duty", { method: "PUT", url: `/api/v1/daily-ops/inspections/${id}/answers`, payload: { answers: [{ itemKey: "beh.greeting", result: "fail", comment: "未使用迎候语", ownerId: ids.teller1, dueDate: "2026-03-12" }] } });
    const noPhoto = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${id}/submit`, payload: {} });
    expect(noPhoto.body.error).toMatchObject({ code: "failure_photo_required", details: { itemKeys: ["env.clean"] } });
    expect(await count("corrective_actions")).toBe(0);
    await env.call("duty", { method: "PUT", url: `/api/v1/daily-ops/inspections/${id}/answers`, payload: { answers: [{ itemKey: "env.clean", result: "fail", comment: "地面有纸屑", photos: [PHOTO] }] } });
    const sub = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${id}/submit`, payload: {} });
    expect(sub.status).toBe(200);
    const applicable = keys.length - 1;
    expect(sub.body).toMatchObject({ status: "submitted", failedCount: 2, score: Math.round(((applicable - 2) / applicable) * 1000) / 10 });
    expect(sub.body.correctiveActionIds).toHaveLength(2);
    const actions = (await env.call("manager", { method: "GET", url: `/api/v1/control/corrective-actions?counterId=${th}` })).body.items;
    expect(actions.find((a: any) => a.itemKey === "beh.greeting")).toMatchObject({ ownerId: ids.teller1, dueDate: "2026-03-12", status: "open", source: "inspection" });
    // Default: the inspector, next working day (Wed 03-11).
    expect(actions.find((a: any) => a.itemKey === "env.clean")).toMatchObject({ ownerId: ids.duty, dueDate: "2026-03-11" });
    const twice = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${id}/submit`, payload: {} });
    expect(twice.status).toBe(409);
    // The owner corrects; another person verifies.
    const a = actions.find((x: any) => x.itemKey === "beh.greeting");
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/control/corrective-actions/${a.id}/complete`, payload: { note: "已培训" } })).body.status).toBe("done");
    expect((await env.call("duty", { method: "POST", url: `/api/v1/control/corrective-actions/${a.id}/verify`, payload: {} })).body.status).toBe("verified");
    const trends = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/inspections/trends?counterId=${th}` });
    expect(trends.body.points[0]).toMatchObject({ counterId: th, businessDate: "2026-03-10", kind: "patrol", inspections: 1, failedItems: 2 });
    expect(trends.body.topFailures.map((f: any) => f.itemKey).sort()).toEqual(["beh.greeting", "env.clean"]);
  });

  it("D-01 schedules the morning meeting 20–15 minutes before opening and follows up focus issues", async () => {
    const s = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/meetings/schedule?counterId=${th}&date=2026-03-10` });
    // 天河 opens 08:30 Asia/Shanghai = 00:30Z.
    expect(s.body).toMatchObject({ workingDay: true, openingAt: "2026-03-10T00:30:00.000Z", meetingFrom: "2026-03-10T00:10:00.000Z", meetingTo: "2026-03-10T00:15:00.000Z", arriveBy: "2026-03-10T00:05:00.000Z" });
    const m = await env.call("duty", {
      method: "POST",
      url: "/api/v1/daily-ops/meetings",
      payload: { counterId: th, attendees: [{ userId: ids.teller1, present: true }, { userId: ids.teller2, present: false, note: "病假" }], topics: ["服务用语"], caseStudies: [{ title: "投诉案例复盘" }], focusIssues: [{ text: "叫号机偶发卡纸", ownerId: ids.duty }] },
    });
    expect(m.status).toBe(201);
    expect(m.body.attendees[0]).toMatchObject({ displayName: "柜员 王芳", present: true });
    expect(m.body.scheduledFrom).toBe("2026-03-10T00:10:00.000Z");
    const open = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/meetings?counterId=${th}&openFocus=true` });
    expect(open.body.items).toHaveLength(1);
    const f = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/meetings/${m.body.id}/focus-issues/0/follow-up`, payload: { note: "已联系维保", done: true } });
    expect(f.body.focusIssues[0]).toMatchObject({ done: true, followUps: [{ note: "已联系维保" }] });
    expect((await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/meetings?counterId=${th}&openFocus=true` })).body.items).toHaveLength(0);
    const yxUsers = (await env.call("gdadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${env.demo.counterIds[1]}` })).body.items;
    const foreign = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/meetings", payload: { counterId: th, attendees: [{ userId: yxUsers[0].id, present: true }] } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("user_not_found");
  });

  it("D-09 suggests level I from the seed's criteria", async () => {
    const cases: Array<[Record<string, unknown>, string | null, string[]]> = [
      [{ surrenderCount: 99 }, null, []],
      [{ surrenderCount: 100 }, "I", ["mass_surrender_count"]],
      [{ surrenderAmountFen: 10_000_000_000 }, null, []],
      [{ surrenderAmountFen: 10_000_000_001 }, "I", ["mass_surrender_amount"]],
      [{ gatheringCount: 50 }, "I", ["gathering"]],
      [{ deaths: 1 }, "I", ["death"]],
      [{ naturalDisaster: true, countersAffected: 1 }, null, []],
      [{ naturalDisaster: true, countersAffected: 3 }, "I", ["natural_disaster_several_counters"]],
    ];
    for (const [facts, level, matched] of cases) {
      const r = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents/suggest-level", payload: { facts } });
      expect(r.status).toBe(200);
      expect(r.body, JSON.stringify(facts)).toEqual({ level, matched });
    }
  });

  it("D-09 a level I incident notifies HQ, province and local at once; D-07 no handover while it is open", async () => {
    const inc = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: th, title: "集中退保", description: "120人集中退保", facts: { surrenderCount: 120 } } });
    expect(inc.status).toBe(201);
    expect(inc.body).toMatchObject({ level: "I", status: "open", suggestion: { level: "I", matched: ["mass_surrender_count"] } });
    expect(inc.body.notifications.map((n: any) => [n.targetLevel, n.orgUnitId]).sort()).toEqual(
      [["hq", env.rootId], ["local", env.demo.cityId], ["province", env.demo.provinceId]].sort(),
    );
    const before = await count("shift_handovers");
    const h = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/handovers", payload: { counterId: th, shift: "早班", incomingLeadId: ids.manager, workDone: "正常营业" } });
    expect(h.status).toBe(409);
    expect(h.body.error).toMatchObject({ code: "emergency_open", details: { incidentIds: [inc.body.id] } });
    expect(await count("shift_handovers")).toBe(before);
    const low = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: th, title: "打印机故障", description: "x" } });
    expect(low.body).toMatchObject({ level: "IV", notifications: [] });
    await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/incidents/${low.body.id}/close`, payload: { summary: "已修复" } });
    const closed = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/incidents/${inc.body.id}/close`, payload: { summary: "已疏导，客户情绪稳定" } });
    expect(closed.body).toMatchObject({ status: "closed" });
    expect(closed.body.timeline.map((t: any) => t.kind)).toEqual(["reported", "closed"]);
    expect(await count("incident_notifications")).toBe(3);
  });

  it("D-07 the outgoing lead records the handover; only the incoming lead confirms", async () => {
    const h = await env.call("duty", {
      method: "POST",
      url: "/api/v1/daily-ops/handovers",
      payload: { counterId: th, shift: "早班", incomingLeadId: ids.manager, workDone: "受理32笔", events: "集中退保已处置", problems: "叫号机卡纸", pendingItems: [{ item: "客户王某回电", reply: "明日10点前" }], notices: "周五消防演练" },
    });
    expect(h.status).toBe(201);
    expect(h.body).toMatchObject({ status: "pending", outgoingLeadName: "值班经理 李强", incomingLeadName: "柜面主管 陈敏" });
    const wrong = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/handovers/${h.body.id}/confirm`, payload: {} });
    expect(wrong.status).toBe(403);
    const ok = await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/handovers/${h.body.id}/confirm`, payload: { note: "已核对" } });
    expect(ok.body).toMatchObject({ status: "confirmed", confirmNote: "已核对" });
    expect((await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/handovers/${h.body.id}/confirm`, payload: {} })).status).toBe(409);
  });

  it("D-08 equipment register and fault log: reported → repairing → repaired", async () => {
    const eq = (await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/equipment?counterId=${th}` })).body.items;
    expect(eq.length).toBeGreaterThan(0);
    const fault = await env.call("teller1", { method: "POST", url: `/api/v1/daily-ops/equipment/${eq[0].id}/faults`, payload: { description: "无法出票" } });
    expect(fault.status).toBe(201);
    const p = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}` });
    expect(p.body.checks.find((c: any) => c.code === "equipment_faults")).toMatchObject({ status: "failed", blocking: false });
    expect((await env.call("duty", { method: "PATCH", url: `/api/v1/daily-ops/equipment-faults/${fault.body.id}`, payload: { status: "repairing", note: "已报维保" } })).status).toBe(200);
    const back = await env.call("duty", { method: "PATCH", url: `/api/v1/daily-ops/equipment-faults/${fault.body.id}`, payload: { status: "reported" } });
    expect(back.status).toBe(409);
    const done = await env.call("duty", { method: "PATCH", url: `/api/v1/daily-ops/equipment-faults/${fault.body.id}`, payload: { status: "repaired" } });
    expect(done.body).toMatchObject({ status: "repaired", repairedAt: expect.any(String) });
    expect(done.body.log.map((l: any) => l.status)).toEqual(["reported", "repairing", "repaired"]);
    const reg = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/equipment", payload: { counterId: th, name: "碎纸机", category: "柜面机具", responsibleUserId: ids.teller2 } });
    expect(reg.body).toMatchObject({ responsibleName: "柜员 张伟", openFaults: 0 });
  });

  it("D-10 lost property is kept and returned once", async () => {
    const r = await env.call("guide", { method: "POST", url: "/api/v1/daily-ops/lost-property", payload: { counterId: th, description: "黑色雨伞", foundPlace: "等候区", storedAt: "咨询台抽屉" } });
    expect(r.status).toBe(201);
    const ret = await env.call("guide", { method: "POST", url: `/api/v1/daily-ops/lost-property/${r.body.id}/return`, payload: { returnedTo: "王先生", identityNote: "身份证后四位1234" } });
    expect(ret.body).toMatchObject({ status: "returned", returnedTo: "王**" }); // K-09 the owner is masked in responses
    expect((await env.call("guide", { method: "POST", url: `/api/v1/daily-ops/lost-property/${r.body.id}/return`, payload: { returnedTo: "x" } })).status).toBe(409);
  });

  it("exports every daily-operations register as xlsx", async () => {
    const token = await env.token("manager");
    for (const path of ["inspections", "meetings", "handovers", "closes", "equipment", "equipment-faults", "incidents", "drills", "lost-property"]) {
      const res = await env.app.inject({ method: "GET", url: `/api/v1/daily-ops/${path}/export.xlsx?counterId=${th}`, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode, path).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString(), path).toBe("PK");
    }
  });
});
