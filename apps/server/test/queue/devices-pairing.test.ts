/**
 * Issue 10 item 9: devices pair by a short code (the token is never typed), single use, expiring,
 * audited; online status from throttled last-seen writes. Issue 18 item 2: the device menu opens
 * only with the staff PIN, verified on the server (lockout after 5 wrong PINs).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { closeEnv, windowByNumber } from "./queue-helpers.js";

describe(`device pairing by code, online status, staff PIN (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let ipSeq = 0;
  const newCode = async (ip = `10.1.0.${++ipSeq}`) => {
    const r = await env.app.inject({ method: "POST", url: "/api/v1/devices/pairing-codes", remoteAddress: ip });
    return { status: r.statusCode, body: r.json() as { pairingId: string; code: string; secret: string; expiresAt: string; error?: { code: string } }, headers: r.headers };
  };
  const poll = async (pairingId: string, secret?: string) => {
    const r = await env.app.inject({ method: "GET", url: `/api/v1/devices/pairing-codes/${pairingId}`, headers: secret ? { "x-pairing-secret": secret } : {} });
    return { status: r.statusCode, body: r.json() as any };
  };
  const claim = (as: string, payload: Record<string, unknown>) => env.call(as, { method: "POST", url: "/api/v1/devices/pairing-codes/claim", payload });
  const asDevice = (token: string, method: "GET" | "POST", url: string, payload?: object) =>
    env.call(null, { method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const listed = async (id: string) => ((await env.call("manager", { method: "GET", url: "/api/v1/devices" })).body.items as any[]).find((d) => d.id === id);
  const audits = async (action: string) =>
    (await env.database.db.selectFrom("audit_log").select(["action", "entity_id"]).where("action", "=", action).execute()) as Array<{ action: string; entity_id: string }>;

  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => closeEnv(env));

  it("issue 10 item 9: a code is shown, claimed by the manager, and the device receives its token once", async () => {
    const c = await newCode();
    expect(c.status).toBe(201);
    expect(c.body.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/);
    expect(c.body.expiresAt).toBe("2026-03-10T02:10:00.000Z"); // 10 minutes
    expect((await poll(c.body.pairingId)).status).toBe(404); // no secret, nothing revealed
    expect((await poll(c.body.pairingId, "wrong")).status).toBe(404);
    expect((await poll(c.body.pairingId, c.body.secret)).body).toEqual({ status: "pending", expiresAt: c.body.expiresAt });

    const w5 = await windowByNumber(env, tianhe, 5);
    const typed = `${c.body.code.slice(0, 4).toLowerCase()}-${c.body.code.slice(4)}`; // as a person types it
    const claimed = await claim("manager", { code: typed, orgUnitId: tianhe, kind: "ratingPad", name: "5号窗口评价器", windowId: w5.id });
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({ orgUnitId: tianhe, kind: "ratingPad", name: "5号窗口评价器", windowId: w5.id, hasPin: false, online: false, lastSeenAt: null });

    const got = await poll(c.body.pairingId, c.body.secret);
    expect(got.body.status).toBe("claimed");
    expect(got.body.token).toMatch(/^dev_/);
    expect(got.body.device).toMatchObject({ id: claimed.body.id, kind: "ratingPad" });
    const again = await poll(c.body.pairingId, c.body.secret);
    expect(again.body).toEqual({ status: "delivered", expiresAt: c.body.expiresAt }); // single use: no second token

    const self = await asDevice(got.body.token, "GET", "/api/v1/devices/self");
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ id: claimed.body.id, windowId: w5.id, largeText: false, hasPin: false });
    const login = await env.call(null, { method: "POST", url: "/api/v1/auth/device-login", payload: { token: got.body.token } });
    expect(login.status).toBe(200);

    const reuse = await claim("manager", { code: c.body.code, orgUnitId: tianhe, kind: "kiosk", name: "again" });
    expect(reuse.status).toBe(409);
    expect(reuse.body.error.code).toBe("pairing_code_used");
    expect((await audits("device.paired")).map((a) => a.entity_id)).toContain(claimed.body.id);
    expect((await audits("device.tokenDelivered")).map((a) => a.entity_id)).toContain(claimed.body.id);
  });

  it("issue 10 item 9: codes expire after 10 minutes; unknown and malformed codes are refused", async () => {
    const c = await newCode();
    env.clock.advance(10 * 60_000);
    const late = await claim("manager", { code: c.body.code, orgUnitId: tianhe, kind: "kiosk", name: "late" });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe("pairing_code_expired");
    expect((await poll(c.body.pairingId, c.body.secret)).body.status).toBe("expired");
    const unknown = await claim("manager", { code: "ZZZZ-ZZZZ", orgUnitId: tianhe, kind: "kiosk", name: "x" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("pairing_code_not_found");
    const bad = await claim("manager", { code: "0000-1111", orgUnitId: tianhe, kind: "kiosk", name: "x" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("pairing_code_invalid");
  });

  it("issue 10 item 9: only staff with device.manage in scope claim; a window must belong to the counter", async () => {
    const c = await newCode();
    const teller = await claim("teller1", { code: c.body.code, orgUnitId: tianhe, kind: "kiosk", name: "x" });
    expect(teller.status).toBe(403);
    const foreign = await claim("yxmanager", { code: c.body.code, orgUnitId: tianhe, kind: "kiosk", name: "x" });
    expect(foreign.status).toBe(404);
    const yxWindow = await env.call("yxmanager", { method: "GET", url: `/api/v1/counters/${env.demo.counterIds[1]}/windows` });
    const otherWin = yxWindow.body.items[0]?.id;
    if (otherWin) {
      const wrongWin = await claim("manager", { code: c.body.code, orgUnitId: tianhe, kind: "ratingPad", name: "x", windowId: otherWin });
      expect(wrongWin.status).toBe(404);
    }
    expect((await poll(c.body.pairingId, c.body.secret)).body.status).toBe("pending"); // refused claims leave the code usable
  });

  it("issue 10 item 9: the public code endpoint is rate limited per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await newCode("10.9.9.9")).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const eleventh = await newCode("10.9.9.9");
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error?.code).toBe("rate_limited");
    expect(Number(eleventh.headers["retry-after"])).toBeGreaterThan(0);
    expect((await newCode("10.9.9.10")).status).toBe(201);
  });

  async function pairedKiosk(name: string) {
    const c = await newCode();
    const d = await claim("manager", { code: c.body.code, orgUnitId: tianhe, kind: "kiosk", name });
    const token = (await poll(c.body.pairingId, c.body.secret)).body.token as string;
    return { id: d.body.id as string, token };
  }

  it("issue 10 item 9: last seen is written on device use at most once a minute; online within 3 minutes", async () => {
    const k = await pairedKiosk("在线测试");
    expect(await listed(k.id)).toMatchObject({ online: false, lastSeenAt: null });
    const t0 = env.clock.now().toISOString();
    expect((await asDevice(k.token, "GET", `/api/v1/counters/${tianhe}/queue`)).status).toBe(200);
    expect(await listed(k.id)).toMatchObject({ online: true, lastSeenAt: t0 });
    env.clock.advance(30_000);
    await asDevice(k.token, "GET", `/api/v1/counters/${tianhe}/queue`);
    expect((await listed(k.id)).lastSeenAt).toBe(t0); // throttled: no write within the minute
    env.clock.advance(31_000);
    await asDevice(k.token, "GET", `/api/v1/counters/${tianhe}/queue`);
    const t2 = env.clock.now().toISOString();
    expect((await listed(k.id)).lastSeenAt).toBe(t2);
    env.clock.advance(181_000);
    expect(await listed(k.id)).toMatchObject({ online: false, lastSeenAt: t2 });
  });

  it("issue 18 item 2: the device menu needs the staff PIN set on the devices page; wrong PINs lock it", async () => {
    const k = await pairedKiosk("PIN 测试");
    const noPin = await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "1234" });
    expect(noPin.status).toBe(409);
    expect(noPin.body.error.code).toBe("device_pin_not_set");
    const badPin = await env.call("manager", { method: "POST", url: `/api/v1/devices/${k.id}/pin`, payload: { pin: "12a4" } });
    expect(badPin.status).toBe(400);
    const set = await env.call("manager", { method: "POST", url: `/api/v1/devices/${k.id}/pin`, payload: { pin: "246810" } });
    expect(set.status).toBe(200);
    expect(set.body.hasPin).toBe(true);
    expect(JSON.stringify(set.body)).not.toContain("246810");

    const wrong = await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "1111" });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: "device_pin_wrong", details: { attemptsLeft: 4 } });
    expect((await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "246810" })).status).toBe(200);

    const changed = await asDevice(k.token, "POST", "/api/v1/devices/self/settings", { pin: "246810", largeText: true });
    expect(changed.status).toBe(200);
    expect(changed.body.largeText).toBe(true);
    expect((await listed(k.id)).largeText).toBe(true);
    const noPinChange = await asDevice(k.token, "POST", "/api/v1/devices/self/settings", { pin: "000000", largeText: false });
    expect(noPinChange.status).toBe(403);

    for (let i = 0; i < 4; i++) await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "999999" });
    const locked = await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "246810" });
    expect(locked.status).toBe(403);
    expect(locked.body.error.code).toBe("device_pin_locked");
    env.clock.advance(5 * 60_000 + 1);
    expect((await asDevice(k.token, "POST", "/api/v1/devices/self/unlock", { pin: "246810" })).status).toBe(200);
    expect((await audits("device.pinLocked")).map((a) => a.entity_id)).toContain(k.id);
    expect((await audits("device.menuOpened")).map((a) => a.entity_id)).toContain(k.id);

    // staff switch large text from the devices page too; a user cannot call the device's own menu
    const off = await env.call("manager", { method: "PATCH", url: `/api/v1/devices/${k.id}/settings`, payload: { largeText: false } });
    expect(off.body.largeText).toBe(false);
    expect((await env.call("manager", { method: "POST", url: "/api/v1/devices/self/unlock", payload: { pin: "246810" } })).status).toBe(403);
  });
});
