import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const json = (url: string, payload: unknown, method: "POST" | "PATCH" | "PUT" = "POST") => ({ method, url, payload: payload as object });

describe(`accounts and sessions K-06 (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  async function newUser(username: string, roles = ["teller"], orgUnitId = tianhe, password = "Temp#Pass2026") {
    const res = await env.call("hqadmin", json("/api/v1/users", { username, password, displayName: username, orgUnitId, roles }));
    expect(res.status).toBe(201);
    return res.body as { id: string };
  }
  const login = (username: string, password: string) => env.call(null, json("/api/v1/auth/login", { username, password }));

  it("signs in with the public response shape and the token works as a bearer", async () => {
    const res = await login("teller1", "Demo@2026pass");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token: expect.any(String), mustChangePassword: false, user: { username: "teller1", orgUnitId: tianhe, roles: ["teller"] } });
    expect(Object.keys(res.body.user).sort()).toEqual(["displayName", "id", "orgUnitId", "roles", "username"]);
    expect(String(res.headers["set-cookie"])).toMatch(/ccms_session=.*HttpOnly.*SameSite=Strict/i);
    const me = await env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${res.body.token}` } });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("teller1");
  });

  it("wrong password is 401 invalid_credentials, unknown user the same", async () => {
    expect((await login("teller1", "Wrong#Pass2026")).body.error.code).toBe("invalid_credentials");
    const unknown = await login("nobody", "Wrong#Pass2026");
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe("invalid_credentials");
  });

  it("locks the account for 15 minutes after 5 failures, even with the right password (K-06)", async () => {
    await newUser("lockme");
    for (let i = 0; i < 4; i++) expect((await login("lockme", "Bad#Password1")).status).toBe(401);
    const fifth = await login("lockme", "Bad#Password1");
    expect(fifth.status).toBe(403);
    expect(fifth.body.error.code).toBe("account_locked");
    expect((await login("lockme", "Temp#Pass2026")).body.error.code).toBe("account_locked");
    env.clock.advance(15 * 60_000 + 1000);
    expect((await login("lockme", "Temp#Pass2026")).status).toBe(200);
    const audit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?action=auth.locked" });
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
  });

  it("a user created by an admin must change the password first; policy and history apply", async () => {
    await newUser("newbie");
    const res = await login("newbie", "Temp#Pass2026");
    expect(res.body.mustChangePassword).toBe(true);
    const auth = { authorization: `Bearer ${res.body.token}` };
    const blocked = await env.call(null, { method: "GET", url: "/api/v1/org-units", headers: auth });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe("password_change_required");
    const change = (currentPassword: string, newPassword: string) =>
      env.call(null, { ...json("/api/v1/auth/change-password", { currentPassword, newPassword }), headers: auth });
    expect((await change("Temp#Pass2026", "short")).body.error.code).toBe("weak_password");
    expect((await change("Temp#Pass2026", "newbie-Pass2026")).body.error.code).toBe("weak_password");
    expect((await change("Temp#Pass2026", "Temp#Pass2026")).body.error.code).toBe("password_reused");
    expect((await change("Wrong#Pass2026", "Fresh#Pass2026")).body.error.code).toBe("wrong_current_password");
    expect((await change("Temp#Pass2026", "Fresh#Pass2026")).status).toBe(200);
    expect((await env.call(null, { method: "GET", url: "/api/v1/org-units", headers: auth })).status).toBe(200);
    // not one of the last 5
    let current = "Fresh#Pass2026";
    for (const next of ["Second#Pass2026", "Third#Pass2026", "Fourth#Pass2026"]) {
      expect((await change(current, next)).status).toBe(200);
      current = next;
    }
    expect((await change(current, "Fresh#Pass2026")).body.error.code).toBe("password_reused");
  });

  it("passwords expire after 90 days (K-06)", async () => {
    await newUser("ageing");
    const first = await login("ageing", "Temp#Pass2026");
    await env.call(null, { ...json("/api/v1/auth/change-password", { currentPassword: "Temp#Pass2026", newPassword: "Aged#Pass2026" }), headers: { authorization: `Bearer ${first.body.token}` } });
    const saved = env.clock.now();
    env.clock.advance(91 * 86_400_000);
    const later = await login("ageing", "Aged#Pass2026");
    expect(later.body.passwordExpired).toBe(true);
    env.clock.set(saved.toISOString());
  });

  it("logout revokes the session; an expired session is refused", async () => {
    const res = await login("teller2", "Demo@2026pass");
    const auth = { authorization: `Bearer ${res.body.token}` };
    expect((await env.call(null, { method: "POST", url: "/api/v1/auth/logout", headers: auth })).status).toBe(200);
    const after = await env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: auth });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("invalid_session");
    const res2 = await login("teller2", "Demo@2026pass");
    const saved = env.clock.now();
    env.clock.advance(13 * 3_600_000);
    const expired = await env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${res2.body.token}` } });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("session_expired");
    env.clock.set(saved.toISOString());
  });

  it("cookie sessions need the CSRF header on writes", async () => {
    const res = await login("hqadmin", "Demo@2026pass");
    const cookie = `ccms_session=${res.body.token}`;
    const body = { parentId: env.demo.cityId, kind: "counter", name: "CSRF测试", code: "CSRF-1" };
    const noCsrf = await env.call(null, { ...json("/api/v1/org-units", body), headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe("csrf_failed");
    const ok = await env.call(null, { ...json("/api/v1/org-units", body), headers: { cookie, "x-csrf-token": res.body.csrfToken } });
    expect(ok.status).toBe(201);
    const read = await env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    expect(read.status).toBe(200);
  });

  it("an admin cannot grant a role with more rights than their own", async () => {
    const res = await env.call("manager", json("/api/v1/users", { username: "sneaky", password: "Temp#Pass2026", displayName: "x", orgUnitId: tianhe, roles: ["hqAdmin"] }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("role_not_grantable");
    const ok = await env.call("manager", json("/api/v1/users", { username: "newteller", password: "Temp#Pass2026", displayName: "新柜员", orgUnitId: tianhe, roles: ["teller"] }));
    expect(ok.status).toBe(201);
  });

  it("a deactivated user cannot sign in and loses sessions", async () => {
    const u = await newUser("leaver");
    const s = await login("leaver", "Temp#Pass2026");
    expect((await env.call("hqadmin", json(`/api/v1/users/${u.id}`, { active: false }, "PATCH"))).status).toBe(200);
    expect((await env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${s.body.token}` } })).status).toBe(401);
    expect((await login("leaver", "Temp#Pass2026")).body.error.code).toBe("account_inactive");
  });

  it("device accounts: a long-lived token bound to one counter, revocable", async () => {
    const created = await env.call("manager", json("/api/v1/devices", { orgUnitId: tianhe, kind: "kiosk", name: "大厅取号机1" }));
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^dev_/);
    const health = await env.call(null, { method: "GET", url: "/api/v1/org-units", headers: { authorization: `Bearer ${token}` } });
    expect(health.status).toBe(403); // devices cannot use user routes
    expect(health.body.error.code).toBe("user_required");
    const dl = await env.call(null, json("/api/v1/auth/device-login", { token }));
    expect(dl.status).toBe(200);
    const me = await env.call(null, { method: "GET", url: "/api/v1/auth/device-me", headers: { cookie: `ccms_session=${dl.body.token}` } });
    expect(me.body).toMatchObject({ device: { kind: "kiosk", orgUnitId: tianhe }, csrfToken: dl.body.csrfToken });
    expect((await env.call("manager", json(`/api/v1/devices/${created.body.id}/revoke`, {}))).status).toBe(200);
    expect((await env.call(null, json("/api/v1/auth/device-login", { token }))).status).toBe(401);
    // a counter in another city branch cannot be targeted
    const foreign = await env.call("yxmanager", json("/api/v1/devices", { orgUnitId: tianhe, kind: "kiosk", name: "x" }));
    expect(foreign.status).toBe(404);
  });
});
