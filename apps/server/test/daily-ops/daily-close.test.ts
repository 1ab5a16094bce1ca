import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const SECURITY_TEMPLATE = "tpl-eod-security-check-v1";

describe(`daily close (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;
  const check = (body: any, code: string) => body.checks.find((c: any) => c.code === code);

  async function passAll(templateId: string): Promise<Array<{ itemKey: string; result: "pass" }>> {
    const t = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/inspection-templates/${templateId}` });
    expect(t.status).toBe(200);
    return t.body.sections.flatMap((s: any) => s.items.map((i: any) => ({ itemKey: i.key, result: "pass" as const })));
  }

  async function securityCheck(as: string, counterId: string, businessDate: string) {
    const start = await env.call(as, { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId, templateId: SECURITY_TEMPLATE, businessDate, answers: await passAll(SECURITY_TEMPLATE) } });
    expect(start.status).toBe(201);
    const sub = await env.call(as, { method: "POST", url: `/api/v1/daily-ops/inspections/${start.body.id}/submit`, payload: {} });
    expect(sub.status).toBe(200);
    return sub.body;
  }

  const preview = async (counterId: string, date: string) => {
    const r = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${counterId}&date=${date}` });
    expect(r.status).toBe(200);
    return r.body;
  };
  const closeCount = async () => Number((await env.database.db.selectFrom("daily_closes").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n ?? 0);

  beforeAll(async () => {
    env = await createTestEnv();
    [th, yx] = env.demo.counterIds as [string, string];
  });
  afterAll(async () => env?.close());

  it("D-04 blocks the close until the end-of-day security check is submitted", async () => {
    const before = await preview(th, "2026-03-10");
    expect(check(before, "security_check_done")).toMatchObject({ status: "failed", blocking: true });
    expect(before.canClose).toBe(false);
    const res = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10" } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("close_blocked");
    expect(res.body.error.details.checks.map((c: any) => c.code)).toContain("security_check_done");
    expect(await closeCount()).toBe(0);
    await securityCheck("duty", th, "2026-03-10");
    expect(check(await preview(th, "2026-03-10"), "security_check_done").status).toBe("passed");
  });

  it("D-03 a ticket still waiting blocks the close, from the real queue data", async () => {
    const issued = await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/tickets`, payload: { businessType: "enquiry" } });
    expect(issued.status).toBe(201);
    const p = await preview(th, "2026-03-10");
    expect(check(p, "tickets_finished")).toMatchObject({ status: "failed", blocking: true });
    expect(check(p, "tickets_finished").details.tickets.map((t: any) => t.id)).toContain(issued.body.id);
    const res = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.checks.map((c: any) => c.code)).toContain("tickets_finished");
    // Resolve: the ticket is cancelled through the queue module.
    const cancel = await env.call("duty", { method: "POST", url: `/api/v1/tickets/${issued.body.id}/cancel`, payload: {} });
    expect(cancel.status).toBe(200);
    expect(check(await preview(th, "2026-03-10"), "tickets_finished").status).toBe("passed");
  });

  it("D-03 a teller still signed in at a window blocks the close", async () => {
    const windows = await env.call("duty", { method: "GET", url: `/api/v1/counters/${th}/windows` });
    expect(windows.status).toBe(200);
    const w = windows.body.items.find((x: any) => !x.vip && !x.greenChannel) ?? windows.body.items[0];
    const signIn = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w.id}/sign-in` });
    expect(signIn.status).toBe(200);
    const p = await preview(th, "2026-03-10");
    expect(check(p, "tellers_signed_out")).toMatchObject({ status: "failed", blocking: true });
    expect(check(p, "tellers_signed_out").details.windows[0].id).toBe(w.id);
    const signOut = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w.id}/sign-out` });
    expect(signOut.status).toBe(200);
    expect(check(await preview(th, "2026-03-10"), "tellers_signed_out").status).toBe("passed");
  });

  it("K-01 a seal out of the safe blocks the close until it is returned", async () => {
    const items = await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=seal` });
    const seal = items.body.items[0];
    const teller1 = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items.find((u: any) => u.username === "teller1");
    const issue = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.id}/issue`, payload: { toUserId: teller1.id, counted: true } });
    expect(issue.status).toBe(200);
    expect(issue.body).toMatchObject({ custodianId: teller1.id, inSafe: false });
    const p = await preview(th, "2026-03-10");
    expect(check(p, "items_in_safe")).toMatchObject({ status: "failed", blocking: true });
    expect(check(p, "items_in_safe").details.items[0]).toMatchObject({ id: seal.id, custodianName: "柜员 王芳" });
    const ret = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${seal.id}/return`, payload: { counted: true } });
    expect(ret.status).toBe(200);
    expect(check(await preview(th, "2026-03-10"), "items_in_safe").status).toBe("passed");
  });

  it("C-03 unfinished matters are recorded by the cases module at close (not reported as passed without it)", async () => {
    const c = check(await preview(th, "2026-03-10"), "special_matters_recorded");
    expect(c.blocking).toBe(true);
    expect(["passed", "failed"]).toContain(c.status);
    expect(c.status).not.toBe("unavailable");
  });

  it("D-06 completes the close when every blocking check passes; a second close of the date is 409", async () => {
    const p = await preview(th, "2026-03-10");
    expect(p.checks.filter((c: any) => c.blocking && c.status === "failed")).toEqual([]);
    expect(p.canClose).toBe(true);
    const res = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10", notes: "正常" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ businessDate: "2026-03-10", overridden: false, closedByName: "值班经理 李强" });
    expect(res.body.specialMatters).toMatchObject({ created: expect.any(Array) });
    const again = await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-10", override: { reason: "again" } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("day_already_closed");
    expect(await closeCount()).toBe(1);
    expect((await preview(th, "2026-03-10")).alreadyClosed).toBe(true);
  });

  it("D-06 only the counter manager overrides a blocked close, with a reason, audited", async () => {
    // 2026-03-09 has no security check at 天河.
    const denied = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-09", override: { reason: "停电无法检查" } } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("close_override_denied");
    const blank = await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-09", override: { reason: "" } } });
    expect(blank.status).toBe(400);
    expect(await closeCount()).toBe(1);
    const ok = await env.call("manager", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-09", override: { reason: "停电无法检查" } } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ overridden: true, overrideReason: "停电无法检查" });
    const audit = await env.database.db.selectFrom("audit_log").selectAll().where("entity_id", "=", ok.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(["daily_close.completed_with_override"]);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ overrideReason: "停电无法检查", failedBlocking: expect.arrayContaining(["security_check_done"]) });
  });

  it("refuses a future date, a foreign counter (404) and a teller (403)", async () => {
    const future = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, businessDate: "2026-03-11" } });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe("close_date_in_future");
    const foreign = await env.call("yxmanager", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}` });
    expect(foreign.status).toBe(404);
    const teller = await env.call("teller1", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th } });
    expect(teller.status).toBe(403);
    const unknown = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/closes", payload: { counterId: th, extra: 1 } });
    expect(unknown.status).toBe(400);
    expect(yx).toBeTruthy();
  });

  it("exports the closes as xlsx", async () => {
    const res = await env.app.inject({ method: "GET", url: `/api/v1/daily-ops/closes/export.xlsx?counterId=${th}`, headers: { authorization: `Bearer ${await env.token("manager")}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
