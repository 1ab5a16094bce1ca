import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { callNext, signIn, windowByNumber, closeEnv } from "./queue-helpers.js";

describe(`appointments (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let elderlySlot: string;
  let vipSlot: string;

  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
    const slots = await env.call("guide", { method: "GET", url: `/api/v1/counters/${tianhe}/appointment-slots` });
    expect(slots.status).toBe(200);
    vipSlot = slots.body.items.find((s: any) => s.kind === "vipRoom").id;
    const created = await env.call("manager", {
      method: "POST",
      url: `/api/v1/counters/${tianhe}/appointment-slots`,
      payload: { kind: "elderly", weekdays: ["tue", "wed"], startTime: "10:30", endTime: "11:00", capacity: 2, businessType: "policy_service" },
    });
    expect(created.status).toBe(201);
    elderlySlot = created.body.id;
  });
  afterAll(async () => closeEnv(env));

  const book = (as: string, body: Record<string, unknown>) => env.call(as, { method: "POST", url: `/api/v1/counters/${tianhe}/appointments`, payload: body });

  it("Q-10 elderly customers book a slot up to its capacity; availability shows what is left", async () => {
    const a1 = await book("guide", { slotId: elderlySlot, date: "2026-03-10", customerName: "张大爷" });
    expect(a1.status).toBe(201);
    expect(a1.body).toMatchObject({ status: "confirmed", kind: "elderly", startTime: "10:30", businessType: "policy_service" });
    expect((await book("guide", { slotId: elderlySlot, date: "2026-03-10", customerName: "李奶奶" })).status).toBe(201);
    const full = await book("guide", { slotId: elderlySlot, date: "2026-03-10", customerName: "王" });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe("slot_full");
    const av = await env.call("guide", { method: "GET", url: `/api/v1/counters/${tianhe}/appointment-availability?date=2026-03-10&kind=elderly` });
    expect(av.body.items.find((s: any) => s.slotId === elderlySlot)).toMatchObject({ capacity: 2, booked: 2, remaining: 0 });
    const thursday = await book("guide", { slotId: elderlySlot, date: "2026-03-12", customerName: "王" });
    expect(thursday.status).toBe(422);
    expect(thursday.body.error.code).toBe("slot_not_available_on_date");
    const past = await book("guide", { slotId: elderlySlot, date: "2026-03-03", customerName: "王" });
    expect(past.body.error.code).toBe("appointment_in_past");
    expect((await book("teller1", { slotId: elderlySlot, date: "2026-03-17", customerName: "王" })).status).toBe(403);
  });

  it("Q-10 check-in turns the appointment into a priority ticket served before normal ones", async () => {
    env.clock.set("2026-03-10T02:25:00Z"); // the customer arrives 5 minutes before the slot (10:30)
    const list = await env.call("guide", { method: "GET", url: `/api/v1/counters/${tianhe}/appointments?date=2026-03-10` });
    const a = list.body.items[0];
    const normal = await env.call("guide", { method: "POST", url: `/api/v1/counters/${tianhe}/tickets`, payload: { businessType: "policy_service" } });
    const ci = await env.call("guide", { method: "POST", url: `/api/v1/appointments/${a.id}/check-in`, payload: {} });
    expect(ci.status).toBe(201);
    expect(ci.body.appointment.status).toBe("checkedIn");
    expect(ci.body.ticket).toMatchObject({ priority: "appointment", appointmentId: a.id, businessType: "policy_service", waitingAhead: 0 });
    const again = await env.call("guide", { method: "POST", url: `/api/v1/appointments/${a.id}/check-in`, payload: {} });
    expect(again.status).toBe(409);
    const w = await windowByNumber(env, tianhe, 2);
    await signIn(env, w.id, "teller1");
    env.clock.set("2026-03-10T02:30:00Z"); // Q-03 an appointment is priority once its slot (10:30) starts
    expect((await callNext(env, w.id, "teller1")).body.ticket.id).toBe(ci.body.ticket.id);
    expect(normal.status).toBe(201);
    env.clock.set("2026-03-10T02:00:00Z");
  });

  it("Q-10 VIP room: agents book at least 7 days ahead; the counter head approves and confirms at least 2 days ahead", async () => {
    const early = await book("agent", { slotId: vipSlot, date: "2026-03-16", customerName: "高客" });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("vip_room_booking_too_late");
    const ok = await book("agent", { slotId: vipSlot, date: "2026-03-17", customerName: "高客", note: "产说会" });
    expect(ok.status).toBe(201);
    expect(ok.body.status).toBe("pending");
    const id = ok.body.id;
    expect((await env.call("agent", { method: "POST", url: `/api/v1/appointments/${id}/approve` })).status).toBe(403);
    // Q-10 (seed 001 八) the counter head approves, not the duty manager.
    expect((await env.call("duty", { method: "POST", url: `/api/v1/appointments/${id}/approve` })).status).toBe(403);
    const notYet = await env.call("manager", { method: "POST", url: `/api/v1/appointments/${id}/confirm` });
    expect(notYet.body.error.code).toBe("appointment_not_approved");
    const ap = await env.call("manager", { method: "POST", url: `/api/v1/appointments/${id}/approve` });
    expect(ap.body).toMatchObject({ status: "approved", approvedAt: expect.any(String) });
    const conf = await env.call("manager", { method: "POST", url: `/api/v1/appointments/${id}/confirm` });
    expect(conf.body.status).toBe("confirmed");
    const mine = await env.call("agent", { method: "GET", url: `/api/v1/counters/${tianhe}/appointments` });
    expect(mine.body.items.map((x: any) => x.id)).toEqual([id]);
    const early2 = await env.call("guide", { method: "POST", url: `/api/v1/appointments/${id}/check-in`, payload: {} });
    expect(early2.body.error.code).toBe("appointment_not_today");
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=appointment&entityId=${id}` });
    expect(audit.body.items.map((e: any) => e.action)).toEqual(expect.arrayContaining(["appointment.booked", "appointment.approved", "appointment.confirmed"]));
    const cancel = await env.call("agent", { method: "POST", url: `/api/v1/appointments/${id}/cancel`, payload: { reason: "客户改期" } });
    expect(cancel.body.status).toBe("cancelled");
  });

  it("Q-10 confirming later than 2 days ahead is refused", async () => {
    const ok = await book("agent", { slotId: vipSlot, date: "2026-03-17", customerName: "客户B" });
    await env.call("manager", { method: "POST", url: `/api/v1/appointments/${ok.body.id}/approve` });
    env.clock.set("2026-03-16T01:00:00Z");
    const mgr = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "manager", password: "Demo@2026pass" } });
    const late = await env.app.inject({ method: "POST", url: `/api/v1/appointments/${ok.body.id}/confirm`, headers: { authorization: `Bearer ${mgr.json().token}` } });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe("confirmation_too_late");
    env.clock.set("2026-03-10T02:00:00Z");
  });
});
