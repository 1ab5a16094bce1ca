/** Issue 14 item 1: staff records with certificates (P-02), exits with a hand-over checklist (P-15). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: staff records, certificates, exits (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    [th, yx] = env.demo.counterIds as [string, string];
    for (const unit of [th, yx]) {
      const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${unit}` })).body.items as Array<{ id: string; username: string }>;
      for (const u of users) ids[u.username] = u.id;
    }
  });
  afterAll(async () => env?.close());

  it("demo: 天河 records with a servicing certificate expiring in 20 days and a servicing teller without one (P-02)", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` });
    const byName = new Map((r.body.items as any[]).map((i) => [i.username, i]));
    expect(byName.get("teller1").certificates[0]).toMatchObject({ kind: "policyServicing", status: "expiring", daysLeft: 20 });
    expect(byName.get("teller2").missingCertificates).toEqual(["policyServicing"]);
    expect(byName.has("teller3")).toBe(false);
  });

  it("P-15 creates a staff record with posts, education, Mandarin level, skills and certificates", async () => {
    const r = await env.call("manager", {
      method: "POST",
      url: "/api/v1/people/staff",
      payload: {
        userId: ids.teller3,
        posts: ["teller", "policyServicing"],
        hireDate: "2024-07-01",
        education: "bachelor",
        mandarinLevel: "2A",
        skills: ["policy_service", "claim"],
        certificates: [{ kind: "policyServicing", number: "BQ-2024-0088", issuedOn: "2024-09-01", expiresOn: "2026-04-05" }],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ userId: ids.teller3, displayName: "柜员 刘洋", orgUnitId: th, orgUnitName: "天河客户服务中心", posts: ["teller", "policyServicing"], entry: "direct", status: "active" });
    // P-02 the test clock is 2026-03-10: 26 days to expiry is inside the 30-day warning
    expect(r.body.certificates).toEqual([expect.objectContaining({ kind: "policyServicing", number: "BQ-2024-0088", status: "expiring", daysLeft: 26 })]);
    expect(r.body.missingCertificates).toEqual([]);
    const audit = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.staff_created").execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ 员工: "柜员 刘洋" });
  });

  it("a second record for the same account is 409; a user outside the caller's subtree is 404", async () => {
    const again = await env.call("manager", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.teller3, posts: ["teller"], hireDate: "2024-07-01" } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("staff_record_exists");
    const other = await env.call("manager", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.yxteller, posts: ["teller"], hireDate: "2024-07-01" } });
    expect(other.status).toBe(404);
    const bad = await env.call("manager", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.teller3, posts: [], hireDate: "2024-13-01" } });
    expect(bad.status).toBe(400);
  });

  it("a teller may not create staff records (people.manage)", async () => {
    const r = await env.call("teller1", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.teller2, posts: ["teller"], hireDate: "2024-07-01" } });
    expect(r.status).toBe(403);
  });

  it("P-02 a policy-servicing post without a valid certificate is reported; an expired one does not count", async () => {
    const r = await env.call("yxmanager", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.yxteller, posts: ["policyServicing"], hireDate: "2023-01-01", certificates: [{ kind: "policyServicing", number: "BQ-OLD", expiresOn: "2026-03-01" }] } });
    expect(r.status).toBe(201);
    expect(r.body.certificates[0]).toMatchObject({ status: "expired", daysLeft: -9 });
    expect(r.body.missingCertificates).toEqual(["policyServicing"]);
    const renewed = await env.call("yxmanager", { method: "POST", url: `/api/v1/people/staff/${ids.yxteller}/certificates`, payload: { kind: "policyServicing", number: "BQ-NEW", issuedOn: "2026-03-09", expiresOn: "2029-03-08" } });
    expect(renewed.status).toBe(201);
    expect(renewed.body.missingCertificates).toEqual([]);
  });

  it("GET /api/v1/people/staff?orgUnitId= lists the unit and below, in scope only", async () => {
    const counter = await env.call("manager", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` });
    expect(counter.status).toBe(200);
    expect(counter.body.items.map((i: any) => i.userId)).toContain(ids.teller3);
    expect(counter.body.items.map((i: any) => i.userId)).not.toContain(ids.yxteller);
    const city = await env.call("gzadmin", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${env.demo.cityId}` });
    expect(city.body.items.map((i: any) => i.userId)).toEqual(expect.arrayContaining([ids.teller3, ids.yxteller]));
    const sibling = await env.call("manager", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${yx}` });
    expect(sibling.status).toBe(404);
    const teller = await env.call("teller1", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` });
    expect(teller.status).toBe(403);
  });

  it("P-15 an exit opens a hand-over checklist; short notice is a warning; the account stays open until the checklist is done", async () => {
    const start = await env.call("manager", { method: "POST", url: `/api/v1/people/staff/${ids.teller3}/exit`, payload: { noticeDate: "2026-03-10", lastDay: "2026-03-31", reason: "个人原因" } });
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ userName: "柜员 刘洋", state: "open", warnings: ["short_notice"] });
    expect(start.body.checklist.map((c: any) => [c.item, c.done])).toEqual([["workHandover", false], ["materials", false], ["seals", false], ["property", false]]);
    const early = await env.call("manager", { method: "POST", url: `/api/v1/people/exits/${start.body.id}/close` });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("exit_checklist_open");
    expect(early.body.error.details.open).toEqual(["workHandover", "materials", "seals", "property"]);
    for (const item of ["workHandover", "materials", "seals", "property"]) {
      const t = await env.call("manager", { method: "POST", url: `/api/v1/people/exits/${start.body.id}/checklist`, payload: { item, note: "已清点" } });
      expect(t.status).toBe(200);
    }
    const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "teller3", password: "Demo@2026pass" } });
    expect(login.statusCode).toBe(200);
    const closed = await env.call("manager", { method: "POST", url: `/api/v1/people/exits/${start.body.id}/close` });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: "closed", closedByName: "柜面主管 陈敏" });
    expect(closed.body.checklist.every((c: any) => c.done && c.doneByName === "柜面主管 陈敏")).toBe(true);
    const after = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "teller3", password: "Demo@2026pass" } });
    expect(after.statusCode).not.toBe(200);
    const list = await env.call("manager", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` });
    expect(list.body.items.find((i: any) => i.userId === ids.teller3)).toMatchObject({ status: "left", accountActive: false });
    const exits = await env.call("manager", { method: "GET", url: `/api/v1/people/exits?orgUnitId=${th}&state=closed` });
    expect(exits.body.items).toHaveLength(1);
    const actions = (await env.database.db.selectFrom("audit_log").select("action").where("action", "like", "people.exit%").execute()).map((a) => a.action);
    expect(actions).toEqual(["people.exit_started", "people.exit_item_done", "people.exit_item_done", "people.exit_item_done", "people.exit_item_done", "people.exit_closed"]);
  });

  it("P-15 a last day before the notice is 400", async () => {
    const r = await env.call("gzadmin", { method: "POST", url: `/api/v1/people/staff/${ids.yxteller}/exit`, payload: { noticeDate: "2026-03-10", lastDay: "2026-03-01" } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("exit_last_day_before_notice");
  });
});
