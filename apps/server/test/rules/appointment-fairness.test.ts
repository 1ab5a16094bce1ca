/** Q-03 fairness (issue 11 item 8): an appointment is priority only inside its slot, and protected from VIP streams. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, createWindow, issueOk, signIn } from "../queue/queue-helpers.js";

describe(`Q-03 appointments in the call order (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let windowId: string;
  let slotId: string;
  const at = (hhmm: string) => env.clock.set(`2026-03-10T${String(Number(hhmm.slice(0, 2)) - 8).padStart(2, "0")}:${hhmm.slice(3)}:00Z`);
  const book = async (name: string) => {
    const a = await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/appointments`, payload: { slotId, date: "2026-03-10", customerName: name } });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    return a.body.id as string;
  };
  const booked: Record<string, string> = {};
  const checkIn = async (name: string) => {
    const ci = await env.call("guide", { method: "POST", url: `/api/v1/appointments/${booked[name]}/check-in`, payload: {} });
    expect(ci.status, JSON.stringify(ci.body)).toBe(201);
    return ci.body.ticket.id as string;
  };
  const serveNext = async () => {
    const r = await callNext(env, windowId, "teller1");
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const id = r.body.ticket.id as string;
    await act(env, id, "start", "teller1");
    expect((await act(env, id, "finish", "teller1", { outcome: "done" })).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T01:00:00Z" }); // 09:00
    th = env.demo.counterIds[0]!;
    const slot = await env.call("manager", { method: "POST", url: `/api/v1/counters/${th}/appointment-slots`, payload: { kind: "elderly", weekdays: ["tue"], startTime: "10:30", endTime: "11:00", capacity: 5, businessType: "policy_service" } });
    expect(slot.status).toBe(201);
    slotId = slot.body.id;
    windowId = (await createWindow(env, th, { number: 9, businessTypes: ["policy_service"] })).id;
    await signIn(env, windowId, "teller1");
    for (const name of ["张大爷", "李奶奶"]) booked[name] = await book(name);
  });
  afterAll(async () => env?.close());

  it("Q-03 an early arrival waits as a normal ticket until its slot starts", async () => {
    at("10:10");
    const normal = await issueOk(env, th, { businessType: "policy_service" });
    at("10:12");
    const appt = await checkIn("张大爷");
    at("10:15");
    expect(await serveNext()).toBe(normal.id); // before: the appointment jumped the queue 18 minutes early
    at("10:16");
    const normal2 = await issueOk(env, th, { businessType: "policy_service" });
    at("10:31");
    expect(await serveNext()).toBe(appt); // inside its slot it is priority
    expect(await serveNext()).toBe(normal2.id);
  });

  it("Q-03 an appointment inside its slot is protected from a stream of VIP tickets like a normal one", async () => {
    at("10:35");
    const appt = await checkIn("李奶奶");
    for (let i = 0; i < 4; i++) await issueOk(env, th, { businessType: "policy_service", priority: "vip" });
    at("10:36");
    const order = [await serveNext(), await serveNext(), await serveNext(), await serveNext()];
    expect(order[3]).toBe(appt); // after 3 VIP calls in a row; before: the 4th VIP went first
  });
});
