import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`post-permission table K-07 and audit chain (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  it("admins edit the post-permission table as data; every change is audited with its reason", async () => {
    const table = await env.call("hqadmin", { method: "GET", url: "/api/v1/permissions" });
    expect(table.status).toBe(200);
    expect(table.body.roles).toContain("teller");
    expect(table.body.grants).toContainEqual({ role: "counterManager", action: "user.write" });
    // tellers cannot read users until granted
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/users" })).status).toBe(403);
    const grant = await env.call("hqadmin", { method: "PUT", url: "/api/v1/permissions", payload: { role: "teller", action: "user.read", granted: true, reason: "查看同事联系方式" } });
    expect(grant.status).toBe(200);
    expect(grant.body.changed).toBe(true);
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/users" })).status).toBe(200);
    const audit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?action=permission." });
    expect(audit.body.items[0]).toMatchObject({ action: "permission.granted", details: { role: "teller", action: "user.read", reason: "查看同事联系方式" } });
    expect((await env.call("gdadmin", { method: "PUT", url: "/api/v1/permissions", payload: { role: "teller", action: "user.read", granted: false, reason: "x" } })).status).toBe(403);
    expect((await env.call("hqadmin", { method: "PUT", url: "/api/v1/permissions", payload: { role: "teller", action: "no.such", granted: true, reason: "x" } })).body.error.code).toBe("unknown_action");
  });

  it("the audit log is append-only; the chain verifies, and tampering is reported at the first broken link", async () => {
    const ok = await env.call("auditor", { method: "GET", url: "/api/v1/audit/verify" });
    expect(ok.status).toBe(200);
    expect(ok.body.ok).toBe(true);
    expect(ok.body.checked).toBeGreaterThan(10);
    // The database refuses edits; someone with raw database access must first drop the guard.
    await expect(sql`update audit_log set details = '{"tampered":true}' where seq = 5`.execute(env.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 5`.execute(env.database.db)).rejects.toThrow(/append-only/);
    if (ENGINE === "postgres") await sql`drop trigger audit_log_no_update on audit_log`.execute(env.database.db);
    else await sql`drop trigger audit_log_no_update`.execute(env.database.db);
    await sql`update audit_log set details = '{"tampered":true}' where seq = 5`.execute(env.database.db);
    const broken = await env.call("auditor", { method: "GET", url: "/api/v1/audit/verify?full=true" });
    expect(broken.body).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: "hash_mismatch" } });
  });

  it("the audit log is scoped: a counter manager sees only their subtree", async () => {
    const res = await env.call("manager", { method: "GET", url: "/api/v1/audit?limit=500" });
    expect(res.status).toBe(200);
    const tianhe = env.demo.counterIds[0];
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const e of res.body.items) expect(e.orgUnitId).toBe(tianhe);
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/audit" })).status).toBe(403);
  });
});

describe(`bad input never changes data and never gives a 500 (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  async function countUnits() {
    const r = await env.database.db.selectFrom("org_units").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  it.each([
    ["malformed JSON", 400, "invalid_json", { payload: "{bad", headers: { "content-type": "application/json" } }],
    ["wrong types", 400, "validation_failed", { payload: { parentId: 5, kind: "counter", name: "x", code: "Y" } }],
    ["unknown fields", 400, "validation_failed", { payload: { parentId: "abc", kind: "counter", name: "x", code: "Y", extra: true } }],
    ["unknown kind", 400, "validation_failed", { payload: { parentId: "abc", kind: "planet", name: "x", code: "Y" } }],
    ["bad id", 400, "validation_failed", { payload: { parentId: "../../etc", kind: "counter", name: "x", code: "Y" } }],
    ["foreign/unknown id", 404, "org_unit_not_found", { payload: { parentId: "01HZZZZZZZZZZZZZZZZZZZZZZZ", kind: "counter", name: "x", code: "Y" } }],
    ["oversize body", 413, "body_too_large", { payload: { parentId: "abc", kind: "counter", name: "x".repeat(2_000_000), code: "Y" } }],
    ["wrong content type", 415, "unsupported_media_type", { payload: "a=b", headers: { "content-type": "text/plain" } }],
  ])("%s → %i %s", async (_name, status, code, opts) => {
    const before = await countUnits();
    const res = await env.call("hqadmin", { method: "POST", url: "/api/v1/org-units", ...(opts as object) });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe("string");
    expect(await countUnits()).toBe(before);
  });

  it("unknown routes, unknown query fields and missing auth are clear 4xx", async () => {
    expect((await env.call("hqadmin", { method: "GET", url: "/api/v1/nope" })).body.error.code).toBe("route_not_found");
    expect((await env.call("hqadmin", { method: "GET", url: "/api/v1/org-units?foo=1" })).status).toBe(400);
    const anon = await env.call(null, { method: "GET", url: "/api/v1/org-units" });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe("unauthenticated");
    const garbage = await env.call(null, { method: "GET", url: "/api/v1/org-units", headers: { authorization: "Bearer s_garbage" } });
    expect(garbage.status).toBe(401);
    expect(garbage.body.error.code).toBe("invalid_session");
  });

  it("serves the OpenAPI document", async () => {
    const res = await env.call(null, { method: "GET", url: "/api/docs/json" });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(["/api/v1/auth/login", "/api/v1/org-units", "/api/v1/calendar/add-working-days"]));
  });
});
