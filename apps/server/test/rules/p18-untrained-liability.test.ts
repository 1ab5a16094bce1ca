/**
 * P-18 untrained staff liability (issue 17 item 8; seed 002 §1.2.1.4): an error by a person serving
 * without passing training (or without the post's certificate) is also charged to the department head,
 * and the department loses award eligibility for the period.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`P-18 untrained staff liability (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  const eligibility = async (from: string, to: string) => (await env.call("manager", { method: "GET", url: `/api/v1/people/award-eligibility?orgUnitId=${th}&from=${from}&to=${to}` })).body;

  it("P-18 a trained person's error is theirs alone; the department stays eligible", async () => {
    const t = await env.call("manager", { method: "POST", url: `/api/v1/people/staff/${ids.teller1}/training-passes`, payload: { course: "新员工上岗培训", passedOn: "2026-01-05" } });
    expect(t.status, JSON.stringify(t.body)).toBe(201);
    const e = await env.call("manager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller1, occurredOn: "2026-03-02", description: "收费金额录入错误" } });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    expect(e.body).toMatchObject({ userName: "柜员 王芳", untrained: false, untrainedReasons: [], headName: null });
    expect(await eligibility("2026-03-01", "2026-03-31")).toMatchObject({ unitName: "天河客户服务中心", eligible: true, reasons: [] });
  });

  it("P-18 an untrained person's error is also charged to the department head, and the department loses award eligibility for the period", async () => {
    // teller2 passed training only after the error
    await env.call("manager", { method: "POST", url: `/api/v1/people/staff/${ids.teller2}/training-passes`, payload: { course: "新员工上岗培训", passedOn: "2026-03-20" } });
    const e = await env.call("manager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller2, occurredOn: "2026-03-09", description: "未核实客户身份即办理变更" } });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    expect(e.body).toMatchObject({ userName: "柜员 张伟", untrained: true, untrainedReasons: [{ kind: "noTrainingPass" }, { kind: "missingCertificate", post: "policyServicing", certificate: "policyServicing" }], headName: "柜面主管 陈敏" });
    const march = await eligibility("2026-03-01", "2026-03-31");
    expect(march.eligible).toBe(false);
    expect(march.reasons.map((r: { userName: string; occurredOn: string }) => [r.userName, r.occurredOn])).toEqual([["柜员 张伟", "2026-03-09"]]);
    expect(march.errors).toHaveLength(2);
    expect((await eligibility("2026-04-01", "2026-04-30")).eligible).toBe(true);
    // after the pass and with the servicing certificate, the same person's error is theirs alone
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/staff/${ids.teller2}/certificates`, payload: { kind: "policyServicing", number: "BQ-2026-002", issuedOn: "2026-03-21", expiresOn: "2029-03-20" } })).status).toBe(201);
    const later = await env.call("manager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller2, occurredOn: "2026-03-23", description: "凭证漏盖章" } });
    expect(later.body).toMatchObject({ untrained: false, headName: null });
  });

  it("P-18 reads by people.read, writes by people.manage, in scope", async () => {
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller2, occurredOn: "2026-03-09", description: "x" } })).status).toBe(403);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/people/award-eligibility?from=2026-03-01&to=2026-03-31` })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller2, occurredOn: "2026-03-09", description: "x" } })).status).toBe(404);
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/people/award-eligibility?orgUnitId=${th}&from=2026-03-01&to=2026-03-31` })).body.eligible).toBe(false);
  });
});
