/**
 * C-21 complaint follow-through (issue 17 item 7; seed 003 第二篇 Art.21–23, 28): a complaint ruled
 * non-responsible goes to the owning department with a due date in working days and is tracked to its
 * reply; a lead on a violation goes to the supervision/security department; compensation and
 * penalties are recorded on the ruling; the year-end report counts them all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const COMMITTEE = { members: ["陈敏", "李强", "王芳"], inFavour: 3 };

describe(`C-21 complaint follow-through (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const created: string[] = [];

  const ruled = async (outcome: string, category: string) => {
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰", phone: "13812345678" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id as string;
    for (const a of [{ type: "accept" }, { type: "reply", method: "phone", content: "答复", reconsiderationInfo: true }, { type: "rule", outcome, category, note: "委员会认定", committee: COMMITTEE }]) {
      const r = await env.call(a.type === "rule" ? "manager" : "teller1", { method: "POST", url: `/api/v1/cases/${id}/actions`, payload: a });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    created.push(id);
    return id;
  };

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("C-21 a process flaw goes to operations, due in working days by the calendar, and is tracked to its reply", async () => {
    const id = await ruled("nonResponsible", "processFlaw");
    const r = await env.call("manager", { method: "POST", url: `/api/v1/cases/${id}/follow-through/referrals`, payload: { subject: "保全流程需两次排队，请优化", ownerName: "运营 周明" } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const ft = r.body.followThroughs[0];
    // Tuesday 2026-03-10 + 3 working days (运营管理部's limit) → Friday 2026-03-13
    expect(ft).toMatchObject({ kind: "referral", departmentName: "运营管理部", ownerName: "运营 周明", receivedOn: "2026-03-10", dueDate: "2026-03-13", status: "open", createdByName: "柜面主管 陈敏" });
    env.clock.set("2026-03-16T02:00:00Z");
    const board = await callFresh(env, "manager", { method: "GET", url: "/api/v1/cases/follow-through?status=overdue" });
    expect(board.body.items.map((i: { id: string }) => i.id)).toEqual([ft.id]);
    const rep = await callFresh(env, "hqadmin", { method: "POST", url: `/api/v1/cases/follow-through/${ft.id}/reply`, payload: { reply: "已合并排队环节" } });
    expect(rep.status, JSON.stringify(rep.body)).toBe(200);
    expect(rep.body.followThroughs[0]).toMatchObject({ status: "repliedLate", reply: "已合并排队环节", repliedByName: "总公司管理员" });
    expect((await callFresh(env, "hqadmin", { method: "POST", url: `/api/v1/cases/follow-through/${ft.id}/reply`, payload: { reply: "再次" } })).body.error.code).toBe("follow_through_already_replied");
    env.clock.set("2026-03-10T02:00:00Z");
  });

  it("C-21 only non-responsible process, technology or staffing complaints go to a department", async () => {
    const id = await ruled("responsible", "badAttitude");
    const r = await env.call("manager", { method: "POST", url: `/api/v1/cases/${id}/follow-through/referrals`, payload: { subject: "x" } });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("follow_through_not_department_matter");
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/follow-through/referrals`, payload: { subject: "x" } })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "POST", url: `/api/v1/cases/${id}/follow-through/referrals`, payload: { subject: "x" } })).status).toBe(404);
  });

  it("C-21 a lead on a violation goes to the supervision/security department; compensation and penalties on the ruling", async () => {
    const id = await ruled("responsible", "notFollowingManual");
    const lead = await env.call("manager", { method: "POST", url: `/api/v1/cases/${id}/follow-through/violation-leads`, payload: { subject: "柜员疑似代客户签名" } });
    expect(lead.status, JSON.stringify(lead.body)).toBe(201);
    expect(lead.body.followThroughs[0]).toMatchObject({ kind: "violation_lead", departmentName: "监察保卫部", dueDate: "2026-03-13", status: "open" });
    const s = await env.call("manager", {
      method: "POST",
      url: `/api/v1/cases/${id}/follow-through/settlements`,
      payload: { items: [{ kind: "compensation", recipientName: "客户 张三丰", amountFen: 20000, reason: "往返误工" }, { kind: "penalty", recipientName: "柜员 王芳", amountFen: 5000, reason: "未按规程操作" }] },
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.settlements.map((x: { kind: string; amountFen: number }) => [x.kind, x.amountFen])).toEqual([["compensation", 20000], ["penalty", 5000]]);
    const again = await env.call("manager", { method: "POST", url: `/api/v1/cases/${id}/follow-through/settlements`, payload: { items: [{ kind: "compensation", recipientName: "客户", amountFen: 100, reason: "x" }] } });
    expect(again.body.error.code).toBe("compensation_already_recorded");
    const audit = await env.call("admin", { method: "GET", url: `/api/v1/audit?entityId=${id}` });
    if (audit.status === 200) expect(JSON.stringify(audit.body)).toContain("case.settlements_recorded");
  });

  it("C-21 the year-end report counts cases, rulings, referrals, leads and settlements (and exports as xlsx)", async () => {
    const r = await env.call("gzadmin", { method: "GET", url: "/api/v1/cases/follow-through/year-end-report?year=2026" });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      year: 2026,
      complaints: expect.any(Number),
      referrals: 1,
      referralsReplied: 1,
      referralsRepliedOnTime: 0,
      violationLeads: 1,
      compensations: 1,
      compensationFen: 20000,
      penalties: 1,
      penaltyFen: 5000,
      byDepartment: [{ departmentName: "运营管理部", referrals: 1, replied: 1, overdue: 1 }],
    });
    expect(r.body.rulings).toBeGreaterThanOrEqual(3);
    expect(r.body.complaints).toBeGreaterThanOrEqual(3);
    const x = await env.call("gzadmin", { method: "GET", url: "/api/v1/cases/follow-through/year-end-report/export?year=2026" });
    expect(x.status).toBe(200);
    expect(String(x.headers["content-type"])).toContain("spreadsheetml");
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/cases/follow-through/year-end-report?year=2026" })).status).toBe(403);
  });
});
