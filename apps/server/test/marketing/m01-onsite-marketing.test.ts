/**
 * M-01 on-site marketing (issue 16 item 7): elite agents' duty plan within business hours, the duty
 * on the monitor, the duty log, the 现场营销统计表 masked in lists with an audited export, results
 * compiled per period and sent to the sales department; ORG-01 scope; every change audited.
 */
import { DutyLogList, DutyNow, DutyPlan, LeadList, SubmissionList, SubmissionView } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`M-01 on-site marketing (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let agentId: string;
  let teller1: string;
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const u = await env.database.db.selectFrom("users").select(["id", "username"]).where("username", "in", ["agent", "teller1"]).execute();
    agentId = u.find((x) => x.username === "agent")!.id;
    teller1 = u.find((x) => x.username === "teller1")!.id;
  });
  afterAll(async () => env?.close());

  const audits = async (action: string) => env.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).execute();

  it("M-01 the duty plan lies within the day's business hours; an agent has one slot at a time; it is audited", async () => {
    // Tuesday 2026-03-10: 08:30–12:00, 13:30–17:30
    const plan = (startsAt: string, endsAt: string, dutyDate = "2026-03-10") => env.call("manager", { method: "POST", url: "/api/v1/marketing/duty-slots", payload: { counterId: th, dutyDate, startsAt, endsAt, agentId, post: "大堂" } });
    const ok = await plan("09:00", "12:00");
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ agentName: "驻场营销员 孙杰", startsAt: "09:00", endsAt: "12:00" });
    expect((await plan("13:30", "16:00")).status).toBe(201);
    expect((await plan("11:00", "14:00")).body.error.code).toBe("marketing_slot_outside_hours");
    expect((await plan("10:00", "11:00")).body.error.code).toBe("marketing_slot_overlap");
    // Sunday: the counter does not serve
    expect((await plan("09:00", "10:00", "2026-03-15")).body.error.code).toBe("marketing_counter_closed");
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/marketing/duty-slots", payload: { counterId: th, dutyDate: "2026-03-10", startsAt: "16:00", endsAt: "17:00", agentId } })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "POST", url: "/api/v1/marketing/duty-slots", payload: { counterId: th, dutyDate: "2026-03-10", startsAt: "16:00", endsAt: "17:00", agentId } })).status).toBe(404);

    const view = DutyPlan.parse((await env.call("teller1", { method: "GET", url: `/api/v1/marketing/duty-plan?counterId=${th}&from=2026-03-09&to=2026-03-15` })).body);
    expect(view.days).toHaveLength(7);
    expect(view.days.find((d) => d.date === "2026-03-10")!.slots.map((s) => `${s.startsAt}-${s.endsAt} ${s.agentName}`)).toEqual(["09:00-12:00 驻场营销员 孙杰", "13:30-16:00 驻场营销员 孙杰"]);
    expect(view.days.find((d) => d.date === "2026-03-15")!.frames).toEqual([]);
    expect(view.agents.map((a) => a.name)).toEqual(["驻场营销员 孙杰"]);
    expect((await audits("marketing.duty.planned")).length).toBe(2);
  });

  it("M-01 the monitor shows today's duty plan by business hours, who is on duty now and next", async () => {
    // 10:00 Shanghai
    const now = DutyNow.parse((await env.call("manager", { method: "GET", url: `/api/v1/marketing/duty-now?counterId=${th}` })).body);
    expect(now).toMatchObject({ date: "2026-03-10", time: "10:00" });
    expect(now.current.map((s) => s.agentName)).toEqual(["驻场营销员 孙杰"]);
    expect(now.next).toMatchObject({ startsAt: "13:30" });
    // the monitor shows the whole day's plan across the business hours
    expect(now.frames).toEqual([["08:30", "12:00"], ["13:30", "17:30"]]);
    expect(now.today.map((s) => `${s.startsAt}-${s.endsAt} ${s.agentName}`)).toEqual(["09:00-12:00 驻场营销员 孙杰", "13:30-16:00 驻场营销员 孙杰"]);
    env.clock.set("2026-03-10T04:30:00Z"); // 12:30, lunch break
    const lunch = DutyNow.parse((await env.call("manager", { method: "GET", url: `/api/v1/marketing/duty-now?counterId=${th}` })).body);
    expect(lunch.current).toEqual([]);
    env.clock.set("2026-03-10T02:00:00Z");
  });

  it("M-01 the duty log records arrival, departure and notes, audited", async () => {
    const slot = (await env.database.db.selectFrom("marketing_duty_slots").select("id").where("starts_at", "=", "09:00").executeTakeFirstOrThrow()).id;
    const r = await env.call("duty", { method: "POST", url: "/api/v1/marketing/duty-logs", payload: { counterId: th, dutyDate: "2026-03-10", agentId, slotId: slot, arrivedAt: "08:55", notes: "大堂驻点，接待咨询6人" } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await env.call("duty", { method: "POST", url: "/api/v1/marketing/duty-logs", payload: { counterId: th, dutyDate: "2026-03-11", agentId, slotId: slot } })).body.error.code).toBe("marketing_slot_mismatch");
    const logs = DutyLogList.parse((await env.call("manager", { method: "GET", url: `/api/v1/marketing/duty-logs?counterId=${th}&from=2026-03-10&to=2026-03-10` })).body);
    expect(logs.items.map((l) => [l.agentName, l.slot, l.arrivedAt, l.recordedByName])).toEqual([["驻场营销员 孙杰", "09:00–12:00", "08:55", "值班经理 李强"]]);
    expect((await audits("marketing.duty.logged")).length).toBe(1);
  });

  it("M-01 the marketing register: referrals by tellers, sales and prospects; customers masked in lists; export audited", async () => {
    const lead = (as: string, payload: Record<string, unknown>) => env.call(as, { method: "POST", url: "/api/v1/marketing/leads", payload: { counterId: th, ...payload } });
    const ref = await lead("teller1", { kind: "referral", customerName: "张三丰", customerPhone: "13812345678", need: "为孩子咨询教育金保险", agentId });
    expect(ref.status, JSON.stringify(ref.body)).toBe(201);
    expect(ref.body).toMatchObject({ referredByName: "柜员 王芳", agentName: "驻场营销员 孙杰" });
    expect(ref.body.customerName).not.toBe("张三丰");
    expect(ref.body.customerPhone).not.toContain("12345678");
    expect((await lead("teller2", { kind: "referral", customerName: "李四", need: "养老规划" })).status).toBe(201);
    expect((await lead("agent", { kind: "sale", customerName: "张三丰", customerPhone: "13812345678", need: "教育金", product: "少儿教育年金", amountFen: 1200000, referredById: teller1 })).status).toBe(201);
    expect((await lead("agent", { kind: "prospect", customerName: "王五", customerPhone: "13900001111", need: "重疾险" })).status).toBe(201);
    expect((await lead("agent", { kind: "sale", customerName: "王五", need: "x" })).body.error.code).toBe("marketing_sale_amount_required");
    expect((await lead("agent", { kind: "prospect", customerName: "王五", need: "x", businessDate: "2026-03-11" })).body.error.code).toBe("marketing_date_in_future");
    expect((await env.call("yxteller", { method: "POST", url: "/api/v1/marketing/leads", payload: { counterId: th, kind: "referral", customerName: "x", need: "y" } })).status).toBe(404);

    const list = LeadList.parse((await env.call("manager", { method: "GET", url: `/api/v1/marketing/leads?counterId=${th}&from=2026-03-01&to=2026-03-31` })).body);
    expect(list.items).toHaveLength(4);
    expect(JSON.stringify(list.items)).not.toContain("13812345678");
    expect(JSON.stringify(list.items)).not.toContain("张三丰");
    expect(list.figures).toMatchObject({ referrals: 2, sales: 1, prospects: 1, salesAmountFen: 1200000 });
    expect(list.figures.byTeller).toEqual([{ name: "柜员 张伟", referrals: 1 }, { name: "柜员 王芳", referrals: 1 }]);
    expect(list.figures.byAgent).toEqual([{ name: "驻场营销员 孙杰", sales: 1, amountFen: 1200000, prospects: 1 }]);
    expect(JSON.stringify(await audits("marketing.lead.recorded"))).not.toContain("13812345678");

    expect((await env.call("teller1", { method: "GET", url: `/api/v1/marketing/leads/export?counterId=${th}&from=2026-03-01&to=2026-03-31&format=csv` })).status).toBe(403);
    const csv = await env.call("manager", { method: "GET", url: `/api/v1/marketing/leads/export?counterId=${th}&from=2026-03-01&to=2026-03-31&format=csv` });
    expect(csv.status).toBe(200);
    const text = typeof csv.body === "string" ? csv.body : JSON.stringify(csv.body);
    expect(text).toContain("13812345678");
    expect(text).toContain("少儿教育年金");
    const exported = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "data.exported").execute();
    expect(exported.some((e) => String(e.details).includes("marketing-leads"))).toBe(true);
  });

  it("M-01 results compiled per period go to the sales department, which receives or returns them", async () => {
    const sub = await env.call("manager", { method: "POST", url: "/api/v1/marketing/submissions", payload: { counterId: th, from: "2026-03-01", to: "2026-03-31", note: "3月现场营销成果" } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const s = SubmissionView.parse(sub.body);
    expect(s).toMatchObject({ state: "submitted", counterName: "天河客户服务中心", submittedByName: "柜面主管 陈敏" });
    expect(s.figures).toMatchObject({ referrals: 2, sales: 1, prospects: 1 });
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/marketing/submissions", payload: { counterId: th, from: "2026-03-01", to: "2026-03-31" } })).status).toBe(403);

    const seen = SubmissionList.parse((await env.call("gzadmin", { method: "GET", url: "/api/v1/marketing/submissions" })).body);
    expect(seen.items.map((x) => x.id)).toContain(s.id);
    expect((await env.call("manager", { method: "POST", url: `/api/v1/marketing/submissions/${s.id}/handle`, payload: { action: "receive" } })).status).toBe(403);
    expect((await env.call("gzadmin", { method: "POST", url: `/api/v1/marketing/submissions/${s.id}/handle`, payload: { action: "return" } })).body.error.code).toBe("marketing_return_reason_required");
    const ret = await env.call("gzadmin", { method: "POST", url: `/api/v1/marketing/submissions/${s.id}/handle`, payload: { action: "return", note: "请补充意向客户跟进情况" } });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect(ret.body).toMatchObject({ state: "returned", handledByName: "市分公司管理员", handlingNote: "请补充意向客户跟进情况" });
    expect((await env.call("gzadmin", { method: "POST", url: `/api/v1/marketing/submissions/${s.id}/handle`, payload: { action: "receive" } })).body.error.code).toBe("marketing_submission_not_open");

    const again = await env.call("manager", { method: "POST", url: "/api/v1/marketing/submissions", payload: { counterId: th, from: "2026-03-01", to: "2026-03-31" } });
    const rec = await env.call("gzadmin", { method: "POST", url: `/api/v1/marketing/submissions/${again.body.id}/handle`, payload: { action: "receive" } });
    expect(rec.body.state).toBe("received");
    expect((await audits("marketing.results.submitted")).length).toBe(2);
    expect((await audits("marketing.results.returned")).length).toBe(1);
    expect((await audits("marketing.results.received")).length).toBe(1);
    // a sibling counter's manager does not see them
    expect((await env.call("yxmanager", { method: "GET", url: "/api/v1/marketing/submissions" })).body.items).toEqual([]);
  });
});
