/**
 * K-06, K-09 limits (issue 9 item 5): rate limits on sign-in (per client and per username), device
 * token use and kiosk ticket issue; lockout per username and client that does not tell known from
 * unknown usernames; trustProxy from a setting; the source address in audit entries; idle timeout
 * for staff sessions (devices exempt).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createDevice } from "../queue/queue-helpers.js";

const loginAs = (env: TestEnv, username: string, password: string, ip = "10.0.0.1", headers: Record<string, string> = {}) =>
  env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password }, remoteAddress: ip, headers });

describe(`K-06 sign-in lockout per username and client (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    const res = await env.call("hqadmin", { method: "POST", url: "/api/v1/users", payload: { username: "victim", password: "Secret#Pass2026", displayName: "v", orgUnitId: env.demo.counterIds[0], roles: ["teller"] } });
    expect(res.status).toBe(201);
  });
  afterAll(async () => env?.close());

  it("K-06 failures from one client lock that client out, not the user at another machine", async () => {
    for (let i = 0; i < 4; i++) expect((await loginAs(env, "victim", "Wrong#Pass2026", "10.6.6.6")).statusCode).toBe(401);
    const fifth = await loginAs(env, "victim", "Wrong#Pass2026", "10.6.6.6");
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().error.code).toBe("account_locked");
    expect((await loginAs(env, "victim", "Secret#Pass2026", "10.6.6.6")).json().error.code).toBe("account_locked");
    // the real user at their own machine still signs in
    expect((await loginAs(env, "victim", "Secret#Pass2026", "10.1.1.1")).statusCode).toBe(200);
  });

  it("K-06 an unknown username answers exactly like a known one, including the lockout", async () => {
    const known: Array<[number, string]> = [];
    const unknown: Array<[number, string]> = [];
    for (let i = 0; i < 6; i++) {
      const k = await loginAs(env, "teller3", "Wrong#Pass2026", "10.7.7.7");
      known.push([k.statusCode, k.json().error.code]);
      const u = await loginAs(env, "no-such-user", "Wrong#Pass2026", "10.7.7.7");
      unknown.push([u.statusCode, u.json().error.code]);
      expect(Object.keys(u.json().error).sort()).toEqual(Object.keys(k.json().error).sort());
      expect(Object.keys(u.json().error.details ?? {}).sort()).toEqual(Object.keys(k.json().error.details ?? {}).sort());
    }
    expect(unknown).toEqual(known);
    expect(known.slice(4).every(([s, c]) => s === 403 && c === "account_locked")).toBe(true);
  });

  it("K-06 an administrator's unlock clears the lock for every client", async () => {
    for (let i = 0; i < 5; i++) await loginAs(env, "teller2", "Wrong#Pass2026", "10.8.8.8");
    expect((await loginAs(env, "teller2", DEMO_PASSWORD, "10.8.8.8")).statusCode).toBe(403);
    const list = await env.call("manager", { method: "GET", url: "/api/v1/users" });
    const id = list.body.items.find((u: { username: string }) => u.username === "teller2").id;
    expect((await env.call("manager", { method: "POST", url: `/api/v1/users/${id}/unlock`, payload: {} })).status).toBe(200);
    expect((await loginAs(env, "teller2", DEMO_PASSWORD, "10.8.8.8")).statusCode).toBe(200);
  });

  it("K-09 the source address is recorded in audit entries (sign-in and actions)", async () => {
    expect((await loginAs(env, "teller1", DEMO_PASSWORD, "10.9.8.7")).statusCode).toBe(200);
    const row = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login").where("actor_name", "=", "teller1").orderBy("seq", "desc").executeTakeFirst();
    expect((row as unknown as { ip: string | null }).ip).toBe("10.9.8.7");
    const failed = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login_failed").where("actor_name", "=", "no-such-user").executeTakeFirst();
    expect((failed as unknown as { ip: string | null }).ip).toBe("10.7.7.7");
    // an authenticated action
    const login = (await loginAs(env, "manager", DEMO_PASSWORD, "10.5.5.5")).json();
    const list = await env.call(null, { method: "GET", url: "/api/v1/users", headers: { authorization: `Bearer ${login.token}` } });
    const id = list.body.items.find((u: { username: string }) => u.username === "teller3").id;
    const r = await env.app.inject({ method: "POST", url: `/api/v1/users/${id}/revoke-sessions`, payload: {}, headers: { authorization: `Bearer ${login.token}` }, remoteAddress: "10.5.5.6" });
    expect(r.statusCode).toBe(200);
    const entry = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "user.sessions_revoked").orderBy("seq", "desc").executeTakeFirst();
    expect((entry as unknown as { ip: string | null }).ip).toBe("10.5.5.6");
  });

  it("K-09 X-Forwarded-For is ignored unless CCMS_TRUST_PROXY is set", async () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect((await loginAs(env, "duty", DEMO_PASSWORD, "10.4.4.4", { "x-forwarded-for": "203.0.113.9" })).statusCode).toBe(200);
    const row = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login").where("actor_name", "=", "duty").orderBy("seq", "desc").executeTakeFirst();
    expect((row as unknown as { ip: string }).ip).toBe("10.4.4.4");
  });
});

describe(`K-09 behind a configured proxy the client address comes from X-Forwarded-For (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ env: { CCMS_TRUST_PROXY: "127.0.0.1" } });
  });
  afterAll(async () => env?.close());

  it("records the forwarded address when the proxy is trusted", async () => {
    expect((await loginAs(env, "duty", DEMO_PASSWORD, "127.0.0.1", { "x-forwarded-for": "203.0.113.9" })).statusCode).toBe(200);
    const row = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login").where("actor_name", "=", "duty").orderBy("seq", "desc").executeTakeFirst();
    expect((row as unknown as { ip: string }).ip).toBe("203.0.113.9");
  });
});

describe(`K-06 rate limits: 429 with Retry-After and the standard error body (${ENGINE})`, () => {
  let env: TestEnv;
  let kiosk: string;
  let tianhe: string;
  beforeAll(async () => {
    env = await createTestEnv({ env: { CCMS_RATE_LOGIN_PER_IP: "4", CCMS_RATE_LOGIN_PER_USERNAME: "3", CCMS_RATE_KIOSK_TICKETS: "2", CCMS_RATE_DEVICE: "6" } });
    tianhe = env.demo.counterIds[0]!;
    kiosk = await createDevice(env, tianhe, "kiosk");
  });
  afterAll(async () => env?.close());

  const expect429 = (res: { statusCode: number; headers: Record<string, unknown>; json: () => any }) => {
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ error: { code: "rate_limited", message: expect.any(String), details: { retryAfter: expect.any(Number) } } });
  };

  it("K-06 sign-in is limited per client address", async () => {
    for (let i = 0; i < 4; i++) expect((await loginAs(env, `user${i}`, "Wrong#Pass2026", "10.2.0.1")).statusCode).toBe(401);
    expect429(await loginAs(env, "user9", "Wrong#Pass2026", "10.2.0.1"));
    // another client is not affected
    expect((await loginAs(env, "teller1", DEMO_PASSWORD, "10.2.0.2")).statusCode).toBe(200);
  });

  it("K-06 sign-in is limited per username across clients", async () => {
    for (let i = 0; i < 3; i++) expect((await loginAs(env, "teller2", "Wrong#Pass2026", `10.3.0.${i + 1}`)).statusCode).toBe(401);
    expect429(await loginAs(env, "teller2", "Wrong#Pass2026", "10.3.0.9"));
  });

  it("K-06 a kiosk issues a limited number of tickets per minute", async () => {
    const issue = () => env.app.inject({ method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim" }, headers: { authorization: `Bearer ${kiosk}` } });
    expect((await issue()).statusCode).toBe(201);
    expect((await issue()).statusCode).toBe(201);
    expect429(await issue());
  });

  it("K-06 every use of a device token is limited per device", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await env.app.inject({ method: "GET", url: "/api/v1/auth/device-me", headers: { authorization: `Bearer ${kiosk}` } })).statusCode);
    }
    // 3 ticket requests above + these: the 7th use is refused
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
  });

  it("the defaults are generous: tests and the demo are not throttled", () => {
    const c = loadConfig({});
    expect(c.rateLimits.loginPerIp).toBeGreaterThanOrEqual(100);
    expect(c.rateLimits.loginPerUsername).toBeGreaterThanOrEqual(10);
    expect(c.rateLimits.kioskTicketsPerDevice).toBeGreaterThanOrEqual(30);
  });
});

describe(`K-06 idle timeout for staff sessions, devices exempt (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  beforeAll(async () => {
    env = await createTestEnv({ env: { CCMS_IDLE_TIMEOUT_MINUTES: "30" } });
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("K-06 a staff session ends after 30 idle minutes; activity keeps it alive", async () => {
    expect(loadConfig({}).idleTimeoutMinutes).toBe(30);
    const token = (await loginAs(env, "teller1", DEMO_PASSWORD)).json().token as string;
    const me = () => env.call(null, { method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${token}` } });
    env.clock.advance(20 * 60_000);
    expect((await me()).status).toBe(200);
    env.clock.advance(20 * 60_000); // 40 minutes since sign-in, 20 since the last request
    expect((await me()).status).toBe(200);
    env.clock.advance(31 * 60_000);
    const expired = await me();
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatchObject({ code: "session_expired", details: { reason: "idle" } });
    env.clock.advance(-60 * 60_000);
    expect((await me()).status).toBe(401); // the session was ended, not only refused once
  });

  it("K-06 device sessions are exempt", async () => {
    const kiosk = await createDevice(env, tianhe, "kiosk");
    env.clock.advance(3 * 3_600_000);
    const res = await env.app.inject({ method: "GET", url: "/api/v1/auth/device-me", headers: { authorization: `Bearer ${kiosk}` } });
    expect(res.statusCode).toBe(200);
  });
});
