/** D-06 off-duty operation (issue 11 item 2): the on-duty check on every operator write, sign-in included. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createWindow } from "../queue/queue-helpers.js";

describe(`D-06 off-duty operation (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const offDuty = async () => (await env.call("auditor", { method: "GET", url: "/api/v1/control/findings?kind=off_duty_operation" })).body.items as any[];
  const login = (username: string) => env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: DEMO_PASSWORD } });

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("D-06 a person on approved leave who signs in, signs in at a window, calls, finishes, acts on a case, records AML raises one finding reported to the province listing every operation", async () => {
    const win = await createWindow(env, th, { number: 7, businessTypes: ["policy_service", "claim", "new_business", "enquiry", "complaint"] });
    expect((await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: ids.teller2, from: "2026-03-10", to: "2026-03-10", kind: "sick" } })).status).toBe(201);
    expect(await offDuty()).toHaveLength(0);
    // Sign-in
    const li = await login("teller2");
    expect(li.statusCode).toBe(200);
    let f = await offDuty();
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId, subjectUserIds: [ids.teller2], status: "open" });
    expect(f[0].details).toMatchObject({ reason: "on_leave", date: "2026-03-10" });
    expect(f[0].details.operations.map((o: any) => o.action)).toEqual(["auth.login"]);
    const auth = { authorization: `Bearer ${li.json().token}` };
    const as2 = (method: "POST", url: string, payload?: unknown) => env.app.inject({ method, url, headers: auth, ...(payload === undefined ? {} : { payload: payload as object }) });
    // Window sign-in, call, start, finish
    expect((await as2("POST", `/api/v1/windows/${win.id}/sign-in`)).statusCode).toBe(200);
    const t = await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/tickets`, payload: { businessType: "policy_service" } });
    expect(t.status).toBe(201);
    const called = await as2("POST", `/api/v1/windows/${win.id}/call-next`);
    expect(called.statusCode).toBe(200);
    const ticketId = called.json().ticket.id;
    expect((await as2("POST", `/api/v1/tickets/${ticketId}/start`)).statusCode).toBe(200);
    const fin = await as2("POST", `/api/v1/tickets/${ticketId}/finish`, { outcome: "done" });
    expect(fin.statusCode, fin.body).toBe(200);
    // A case action
    const c = await as2("POST", "/api/v1/cases", { kind: "complaint", orgUnitId: th, channel: "counter", summary: "等待时间过长", customer: { name: "张三丰", phone: "13812345678" } });
    expect(c.statusCode, c.body).toBe(201);
    // An AML entry
    const aml = await as2("POST", "/api/v1/control/aml/transactions", { counterId: th, occurredAt: "2026-03-10T01:00:00Z", direction: "payment", method: "cash", amountFen: 100_000, customerName: "张三", customerIdType: "身份证", customerIdNo: "440101199001011234", identified: true });
    expect(aml.statusCode, aml.body).toBe(201);
    f = await offDuty();
    expect(f).toHaveLength(1);
    const actions = f[0].details.operations.map((o: any) => o.action) as string[];
    expect(actions[0]).toBe("auth.login");
    for (const route of ["/api/v1/windows/:windowId/sign-in", "/api/v1/windows/:windowId/call-next", "/api/v1/tickets/:id/finish", "/api/v1/cases", "/api/v1/control/aml/transactions"]) {
      expect(actions, route).toContain(`POST ${route}`);
    }
    // Someone on duty (teller1) raises nothing; a GET raises nothing.
    await env.call("teller1", { method: "GET", url: `/api/v1/counters/${th}/tickets` });
    expect(await offDuty()).toHaveLength(1);
  });

  it("D-06 seal issue and return by a person on leave are recorded on the finding", async () => {
    const batch = (await env.call("manager", { method: "POST", url: "/api/v1/control/items", payload: { counterId: th, kind: "seal", itemType: "业务专用章", name: "业务专用章 1" } })).body;
    expect((await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: ids.duty, from: "2026-03-10", to: "2026-03-10", kind: "annual" } })).status).toBe(201);
    const issued = await env.call("duty", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller1, counted: true } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const ret = await env.call("duty", { method: "POST", url: `/api/v1/control/items/${issued.body.id}/return`, payload: { counted: true } });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    const f = (await offDuty()).find((x) => x.subjectUserIds[0] === ids.duty);
    const actions = f.details.operations.map((o: any) => o.action) as string[];
    expect(actions).toContain("POST /api/v1/control/items/:id/issue");
    expect(actions).toContain("POST /api/v1/control/items/:id/return");
  });

  it("D-06 a deactivated account's sessions are revoked at once, and its sign-in attempt is a finding", async () => {
    const token = await env.token("teller3");
    expect((await env.call("admin", { method: "PATCH", url: `/api/v1/users/${ids.teller3}`, payload: { active: false } })).status).toBe(200);
    const after = await env.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    const again = await login("teller3");
    expect(again.statusCode).toBe(403);
    const f = (await offDuty()).find((x) => x.subjectUserIds[0] === ids.teller3);
    expect(f).toMatchObject({ title: "离职/停用人员仍在系统操作", reportedToUnitId: env.demo.provinceId });
    expect(f.details).toMatchObject({ reason: "deactivated" });
    expect(f.details.operations[0].action).toBe("auth.login_refused");
  });

  it("D-06 the counter manager records the investigation and its result on the finding", async () => {
    const f = (await offDuty()).find((x) => x.subjectUserIds[0] === ids.teller2);
    const inv = await env.call("manager", { method: "POST", url: `/api/v1/control/findings/${f.id}/status`, payload: { status: "investigating", resolution: "已约谈本人，核查当日操作记录" } });
    expect(inv.status, JSON.stringify(inv.body)).toBe(200);
    const done = await env.call("manager", { method: "POST", url: `/api/v1/control/findings/${f.id}/status`, payload: { status: "closed", resolution: "系病假期间临时顶岗，已补办审批，口头警告" } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "closed", resolution: "系病假期间临时顶岗，已补办审批，口头警告" });
    expect(done.body.details.investigation.map((e: any) => e.status)).toEqual(["investigating", "closed"]);
    // The other counter's manager does not see it (ORG-01 scope: 404).
    expect((await env.call("yxmanager", { method: "POST", url: `/api/v1/control/findings/${f.id}/status`, payload: { status: "investigating" } })).status).toBe(404);
  });
});
