import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createDevice, freshToken, issue, issueOk, closeEnv } from "./queue-helpers.js";

describe(`queue tickets: issue (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let yuexiu: string;
  const count = async () => (await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/queue` })).body.waiting.length as number;

  beforeAll(async () => {
    env = await createTestEnv();
    [tianhe, yuexiu] = env.demo.counterIds as [string, string];
  });
  afterAll(async () => closeEnv(env));

  it("Q-01 a counter has the default business types with prefixes", async () => {
    const res = await env.call("teller1", { method: "GET", url: `/api/v1/counters/${tianhe}/business-types` });
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => [t.code, t.prefix])).toEqual([
      ["new_business", "A"],
      ["policy_service", "B"],
      ["claim", "C"],
      ["enquiry", "D"],
      ["complaint", "E"],
    ]);
  });

  it("Q-02 issues gap-free numbers per type with people waiting ahead", async () => {
    const a1 = await issueOk(env, tianhe, { businessType: "new_business", priority: "normal" });
    const a2 = await issueOk(env, tianhe, { businessType: "new_business" });
    const c1 = await issueOk(env, tianhe, { businessType: "claim", priority: "normal" });
    expect([a1.number, a2.number, c1.number]).toEqual(["A001", "A002", "C001"]);
    expect(a1).toMatchObject({ businessType: "new_business", priority: "normal", waitingAhead: 0, status: "waiting", businessDate: "2026-03-10" });
    expect(a2.waitingAhead).toBe(1);
    expect(c1.waitingAhead).toBe(0);
    expect(typeof (a1 as any).issuedAt).toBe("string");
    const print = await env.call("guide", { method: "GET", url: `/api/v1/tickets/${a2.id}/print` });
    expect(print.status).toBe(200);
    expect(print.body).toMatchObject({ number: "A002", businessTypeNameZh: "新契约/投保", waitingAhead: 1, counterName: expect.any(String) });
  });

  it("Q-03 a guide issues a VIP ticket, which waits ahead of normal ones", async () => {
    const v = await issueOk(env, tianhe, { businessType: "new_business", priority: "vip" });
    expect(v.priority).toBe("vip");
    expect(v.waitingAhead).toBe(0);
    expect(v.number).toBe("A003");
  });

  it("Idempotency-Key: a retried kiosk request returns the same ticket", async () => {
    const kiosk = await createDevice(env, tianhe, "kiosk");
    const headers = { authorization: `Bearer ${kiosk}`, "idempotency-key": "kiosk-req-1" };
    const r1 = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim" }, headers });
    const r2 = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim" }, headers });
    expect(r1.status).toBe(201);
    expect(r2.status).toBe(201);
    expect(r2.body.id).toBe(r1.body.id);
    expect(r2.body.number).toBe(r1.body.number);
    expect(r2.headers["idempotent-replayed"]).toBe("true");
    const next = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim" }, headers: { authorization: `Bearer ${kiosk}` } });
    expect(Number(next.body.number.slice(1))).toBe(Number(r1.body.number.slice(1)) + 1);
    const reused = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "enquiry" }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
  });

  it("a kiosk issues normal tickets only and only at its own counter", async () => {
    const kiosk = await createDevice(env, tianhe, "kiosk");
    const before = await count();
    const vip = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim", priority: "vip" }, headers: { authorization: `Bearer ${kiosk}` } });
    expect(vip.status).toBe(403);
    expect(vip.body.error.code).toBe("priority_needs_staff");
    const other = await env.call(null, { method: "POST", url: `/api/v1/counters/${yuexiu}/tickets`, payload: { businessType: "claim" }, headers: { authorization: `Bearer ${kiosk}` } });
    expect(other.status).toBe(404);
    const display = await createDevice(env, tianhe, "display");
    const byDisplay = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "claim" }, headers: { authorization: `Bearer ${display}` } });
    expect(byDisplay.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it("bad input: unknown business type, bad priority, unknown field — clear 4xx, nothing issued", async () => {
    const before = await count();
    const unknown = await issue(env, tianhe, { businessType: "mortgage" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe("unknown_business_type");
    expect((await issue(env, tianhe, { businessType: "claim", priority: "urgent" })).status).toBe(400);
    expect((await issue(env, tianhe, { businessType: "claim", extra: 1 })).status).toBe(400);
    expect((await issue(env, tianhe, { businessType: "claim" }, "agent")).status).toBe(403);
    expect((await issue(env, tianhe, { businessType: "claim" }, "yxteller")).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it("Q-01 a type not served today is refused", async () => {
    const list = await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/business-types` });
    const complaint = list.body.items.find((t: any) => t.code === "complaint");
    const upd = await env.call("manager", { method: "PATCH", url: `/api/v1/business-types/${complaint.id}`, payload: { servedDays: ["mon", "wed"] } });
    expect(upd.status).toBe(200);
    expect(upd.body.servedDays).toEqual(["mon", "wed"]);
    const res = await issue(env, tianhe, { businessType: "complaint" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("business_type_not_served_today");
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=business_type&entityId=${complaint.id}` });
    expect(audit.body.items.some((e: any) => e.action === "businessType.updated")).toBe(true);
  });

  it("Q-01 a manager adds a business type with its own prefix", async () => {
    const res = await env.call("manager", {
      method: "POST",
      url: `/api/v1/counters/${tianhe}/business-types`,
      payload: { code: "pension", nameZh: "养老金", nameEn: "Pension", prefix: "P" },
    });
    expect(res.status).toBe(201);
    expect((await issueOk(env, tianhe, { businessType: "pension" })).number).toBe("P001");
    const dup = await env.call("manager", { method: "POST", url: `/api/v1/counters/${tianhe}/business-types`, payload: { code: "pension", nameZh: "x", nameEn: "x", prefix: "Q" } });
    expect(dup.status).toBe(409);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/counters/${tianhe}/business-types`, payload: { code: "x1", nameZh: "x", nameEn: "x", prefix: "X" } })).status).toBe(403);
  });

  it("CAL-04 refuses outside business hours with the next opening; nothing issued", async () => {
    const before = await count();
    env.clock.set("2026-03-10T04:15:00Z"); // 12:15 Shanghai, lunch
    const lunch = await issue(env, tianhe, { businessType: "claim" });
    expect(lunch.status).toBe(422);
    expect(lunch.body.error.code).toBe("counter_closed");
    expect(lunch.body.error.details.nextOpening).toBe("2026-03-10T05:30:00.000Z");
    env.clock.set("2026-03-10T10:00:00Z"); // 18:00 Shanghai, closed
    const evening = await issue(env, tianhe, { businessType: "claim" });
    expect(evening.status).toBe(422);
    expect(evening.body.error.details.nextOpening).toBe("2026-03-11T00:30:00.000Z");
    env.clock.set("2026-03-10T02:00:00Z");
    expect(await count()).toBe(before);
  });

  it("numbers restart on the next business date", async () => {
    env.clock.set("2026-03-11T02:00:00Z");
    const token = await freshToken(env, "guide");
    const res = await env.call(null, { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "new_business" }, headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(201);
    expect(res.body.number).toBe("A001");
    expect(res.body.businessDate).toBe("2026-03-11");
    env.clock.set("2026-03-10T02:00:00Z");
  });
});
