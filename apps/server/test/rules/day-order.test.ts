/**
 * D-04 / D-06 the day's order (issue 11 item 5, issue 10 item 3): failed power/fire/security items block
 * the close until fixed; no ticket after the close until a manager reopens the day with a reason; a
 * missed close is found the next morning; checks report what they checked; past slots cannot be booked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepDailyOpsReminders } from "../../src/modules/daily-ops/sweep-daily-ops-reminders.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const SECURITY_TEMPLATE = "tpl-eod-security-check-v1";

describe(`D-04 / D-06 the day's order (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;
  const check = (body: any, code: string) => body.checks.find((c: any) => c.code === code);
  const preview = async (counterId: string, date: string) => (await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${counterId}&date=${date}` })).body;

  async function securityCheck(counterId: string, fail: Record<string, string> = {}) {
    const t = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/inspection-templates/${SECURITY_TEMPLATE}` });
    const answers = t.body.sections.flatMap((s: any) => s.items.map((i: any) => (fail[i.key] ? { itemKey: i.key, result: "fail", comment: fail[i.key] } : { itemKey: i.key, result: "pass" })));
    const start = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId, templateId: SECURITY_TEMPLATE, businessDate: "2026-03-10", answers } });
    expect(start.status, JSON.stringify(start.body)).toBe(201);
    const sub = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${start.body.id}/submit`, payload: {} });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    return sub.body;
  }

  beforeAll(async () => {
    env = await createTestEnv();
    [th, yx] = env.demo.counterIds as [string, string];
  });
  afterAll(async () => env?.close());

  it("D-04 a failed power item in the end-of-day check blocks the close until its corrective action is done", async () => {
    await securityCheck(th, { "pw.aircon": "空调未关闭，遥控器故障" });
    const p = await preview(th, "2026-03-10");
    expect(check(p, "security_check_done").status).toBe("passed");
    expect(check(p, "security_items_fixed")).toMatchObject({ status: "failed", blocking: true });
    const item = check(p, "security_items_fixed").details.items[0];
    expect(item).toMatchObject({ itemKey: "pw.aircon", correctiveActionId: expect.any(String) });
    const blocked = await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10" } });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe("close_blocked");
    expect(blocked.body.error.details.checks.map((c: any) => c.code)).toContain("security_items_fixed");
    const done = await env.call("duty", { method: "POST", url: `/api/v1/control/corrective-actions/${item.correctiveActionId}/complete`, payload: { note: "已手动关闭空调电源" } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(check(await preview(th, "2026-03-10"), "security_items_fixed").status).toBe("passed");
  });

  it("D-07 'handover confirmed' fails when there was no handover that day", async () => {
    const c = check(await preview(th, "2026-03-10"), "handover_confirmed");
    expect(c).toMatchObject({ status: "failed", blocking: false });
    expect(c.details).toMatchObject({ reason: "no_handover", handovers: 0 });
  });

  it("D-06 the close reports off-duty operations computed by the server (visible to whoever prints the record)", async () => {
    const c = check(await preview(th, "2026-03-10"), "off_duty_operations");
    expect(c).toMatchObject({ status: "passed", blocking: false, details: { findings: [] } });
  });

  it("D-06 after 日清日结 no ticket is issued (business_day_closed) until the manager reopens the day with a reason (audited)", async () => {
    expect((await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/tickets`, payload: { businessType: "policy_service" } })).status).toBe(201);
    // the ticket must be finished or the close is blocked: cancel it
    const waiting = (await env.call("manager", { method: "GET", url: `/api/v1/counters/${th}/tickets?status=waiting` })).body;
    for (const t of waiting.items ?? []) await env.call("manager", { method: "POST", url: `/api/v1/tickets/${t.id}/cancel`, payload: { reason: "客户离开" } });
    const closed = await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10", override: { reason: "演示：其余检查已人工核实" } } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    const after = await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/tickets`, payload: { businessType: "policy_service" } });
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe("business_day_closed");
    // Reopen: not a teller's action; a reason is required.
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/daily-ops/closes/${closed.body.id}/reopen`, payload: { reason: "补办业务" } })).status).toBe(403);
    expect((await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/closes/${closed.body.id}/reopen`, payload: { reason: "" } })).status).toBe(400);
    const re = await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/closes/${closed.body.id}/reopen`, payload: { reason: "客户返回补办保全业务" } });
    expect(re.status, JSON.stringify(re.body)).toBe(200);
    expect(re.body).toMatchObject({ closeId: closed.body.id, businessDate: "2026-03-10", reason: "客户返回补办保全业务" });
    const audit = await env.database.db.selectFrom("audit_log").select(["action", "details"]).where("action", "=", "daily_close.reopened").execute();
    expect(audit).toHaveLength(1);
    expect((await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/tickets`, payload: { businessType: "policy_service" } })).status).toBe(201);
    expect((await preview(th, "2026-03-10")).alreadyClosed).toBe(false);
  });

  it("D-06 a business day with no close is found the next morning and raised", async () => {
    env.clock.set("2026-03-11T01:00:00Z"); // Wed 09:00
    try {
      const fresh = async (username: string, url: string) => {
        const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: "Demo@2026pass" } });
        return (await env.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${login.json().token}` } })).json();
      };
      const reminders = await fresh("yxmanager", `/api/v1/daily-ops/reminders?counterId=${yx}`);
      expect(reminders.items.find((r: any) => r.kind === "daily_close_missing")).toMatchObject({ counterId: yx, dueDate: "2026-03-10" });
      await sweepDailyOpsReminders(env.ctx);
      await sweepDailyOpsReminders(env.ctx); // once per counter and day
      const f = (await fresh("gdadmin", "/api/v1/control/findings?kind=daily_close_missing")).items;
      const forYx = f.filter((x: any) => x.orgUnitId === yx);
      expect(forYx).toHaveLength(1);
      expect(forYx[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId, details: { businessDate: "2026-03-10" } });
    } finally {
      env.clock.set("2026-03-10T02:00:00Z");
    }
  });

  it("Q-10 past appointment slots cannot be booked; today's slots close at their start", async () => {
    const mk = async (startTime: string, endTime: string) =>
      (await env.call("manager", { method: "POST", url: `/api/v1/counters/${th}/appointment-slots`, payload: { kind: "elderly", weekdays: ["tue"], startTime, endTime, capacity: 2, businessType: "policy_service" } })).body.id;
    const early = await mk("09:00", "09:30");
    const atTen = await mk("10:00", "10:30");
    const later = await mk("11:00", "11:30");
    const book = (slotId: string) => env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/appointments`, payload: { slotId, date: "2026-03-10", customerName: "张大爷" } });
    // 10:00 now: the 09:00 slot is over, the 10:00 slot has started.
    for (const s of [early, atTen]) {
      const r = await book(s);
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe("slot_already_started");
    }
    expect((await book(later)).status).toBe(201);
    const av = (await env.call("guide", { method: "GET", url: `/api/v1/counters/${th}/appointment-availability?date=2026-03-10&kind=elderly` })).body.items;
    expect(av.find((s: any) => s.slotId === early).remaining).toBe(0);
    expect(av.find((s: any) => s.slotId === later).remaining).toBe(1);
  });
});
