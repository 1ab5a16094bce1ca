/**
 * Issue 10 item 1: the hall display shows only live calls, and devices follow the clock (CAL-04):
 * the queue view tells the device its next opening/closing boundary, and the server publishes
 * counter.opened / counter.closed at those boundaries.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishCounterClockChanges } from "../../src/modules/queue/counter-clock.js";
import type { BusEvent } from "../../src/realtime/bus.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, closeEnv, createDevice, issue, issueOk, signIn, windowByNumber } from "./queue-helpers.js";

describe(`display calls and the counter's clock (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let display: string;
  let kiosk: string;
  let w3: string;
  let w4: string;

  const view = async () => {
    const q = await env.call(null, { method: "GET", url: `/api/v1/counters/${tianhe}/queue`, headers: { authorization: `Bearer ${display}` } });
    expect(q.status).toBe(200);
    return q.body as { open: boolean; nextChangeAt: string | null; nextOpeningAt: string | null; currentCalls: Array<{ id: string; number: string; windowNumber: number }>; windows: Array<{ number: number; currentTicket: { id: string } | null }> };
  };

  beforeAll(async () => {
    env = await createTestEnv(); // Tuesday 2026-03-10 10:00 Shanghai; 天河 opens 08:30–12:00, 13:30–17:30
    tianhe = env.demo.counterIds[0]!;
    display = await createDevice(env, tianhe, "display");
    kiosk = await createDevice(env, tianhe, "kiosk");
    w3 = (await windowByNumber(env, tianhe, 3)).id;
    w4 = (await windowByNumber(env, tianhe, 4)).id;
    await signIn(env, w3, "teller1");
    await signIn(env, w4, "teller2");
  });
  afterAll(async () => closeEnv(env));

  it("Q-05 a called ticket is a current call; once finished it is gone from the view, also after a reload", async () => {
    const t = await issueOk(env, tianhe, { businessType: "claim" });
    await callNext(env, w3, "teller1");
    let q = await view();
    expect(q.currentCalls.map((c) => c.id)).toEqual([t.id]);
    expect(q.currentCalls[0]).toMatchObject({ number: t.number, windowNumber: 3 });
    await act(env, t.id, "start", "teller1");
    expect((await view()).currentCalls.map((c) => c.id)).toEqual([t.id]); // being served still shows
    await act(env, t.id, "finish", "teller1", { outcome: "done" });
    q = await view();
    expect(q.currentCalls).toEqual([]);
    expect(q.windows.find((w) => w.number === 3)!.currentTicket).toBeNull();
  });

  it("Q-05 a skipped (no-show) ticket leaves the current calls", async () => {
    const t = await issueOk(env, tianhe, { businessType: "claim" });
    await callNext(env, w3, "teller1");
    expect((await view()).currentCalls.map((c) => c.id)).toEqual([t.id]);
    expect((await act(env, t.id, "no-show", "teller1")).status).toBe(200);
    expect((await view()).currentCalls).toEqual([]);
  });

  it("Q-05 a transferred ticket leaves the current calls (its new ticket waits until called)", async () => {
    const t = await issueOk(env, tianhe, { businessType: "claim" });
    await callNext(env, w3, "teller1");
    const tr = await act(env, t.id, "transfer", "teller1", { businessType: "enquiry" });
    expect(tr.status).toBe(200);
    expect((await view()).currentCalls).toEqual([]);
    await callNext(env, w4, "teller2");
    const q = await view();
    expect(q.currentCalls.map((c) => c.id)).toEqual([tr.body.newTicket.id]);
    expect(q.currentCalls[0]!.windowNumber).toBe(4);
    await act(env, tr.body.newTicket.id, "no-show", "teller2");
  });

  it("Q-05 several windows: the latest call comes first", async () => {
    const a = await issueOk(env, tianhe, { businessType: "claim" });
    await callNext(env, w3, "teller1");
    env.clock.advance(5_000);
    const b = await issueOk(env, tianhe, { businessType: "enquiry" });
    await callNext(env, w4, "teller2");
    expect((await view()).currentCalls.map((c) => c.id)).toEqual([b.id, a.id]);
    await act(env, a.id, "no-show", "teller1");
    await act(env, b.id, "no-show", "teller2");
  });

  it("CAL-04 the view gives the next boundary: lunch break while open, afternoon opening while closed", async () => {
    let q = await view();
    expect(q.open).toBe(true);
    expect(q.nextChangeAt).toBe("2026-03-10T04:00:00.000Z"); // 12:00 local
    expect(q.nextOpeningAt).toBe("2026-03-10T05:30:00.000Z"); // 13:30 local
    env.clock.set("2026-03-10T04:30:00Z"); // 12:30 lunch
    q = await view();
    expect(q.open).toBe(false);
    expect(q.nextChangeAt).toBe("2026-03-10T05:30:00.000Z");
    expect(q.nextOpeningAt).toBe("2026-03-10T05:30:00.000Z");
    env.clock.set("2026-03-10T09:45:00Z"); // 17:45 evening: tomorrow morning
    q = await view();
    expect(q).toMatchObject({ open: false, nextChangeAt: "2026-03-11T00:30:00.000Z", nextOpeningAt: "2026-03-11T00:30:00.000Z" });
  });

  it("CAL-04 a kiosk signed in before opening issues a ticket at the opening instant it was told", async () => {
    env.clock.set("2026-03-10T23:00:00Z"); // Wednesday 07:00 local
    const q = await view();
    expect(q.open).toBe(false);
    const refused = await issue(env, tianhe, { businessType: "claim" }, null as unknown as string, { authorization: `Bearer ${kiosk}`, "idempotency-key": "k-early" });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("counter_closed");
    env.clock.set(q.nextChangeAt!);
    const ok = await issue(env, tianhe, { businessType: "claim" }, null as unknown as string, { authorization: `Bearer ${kiosk}`, "idempotency-key": "k-open" });
    expect(ok.status).toBe(201);
    await act(env, ok.body.id, "cancel", "guide", {});
  });

  it("CAL-04 counter.opened / counter.closed are published once at each boundary", async () => {
    const seen: BusEvent[] = [];
    const off = env.ctx.bus.subscribe(`queue:${tianhe}`, (e) => seen.push(e));
    try {
      env.clock.set("2026-03-11T00:00:00Z"); // 08:00 local: closed; the first run only records the state
      let r = await publishCounterClockChanges(env.ctx);
      expect(r.opened).not.toContain(tianhe);
      env.clock.set("2026-03-11T00:30:00Z"); // 08:30 opening
      r = await publishCounterClockChanges(env.ctx);
      expect(r.opened).toContain(tianhe);
      r = await publishCounterClockChanges(env.ctx); // again at the same moment: nothing new
      expect(r.opened).not.toContain(tianhe);
      env.clock.set("2026-03-11T04:00:00Z"); // 12:00 lunch break
      r = await publishCounterClockChanges(env.ctx);
      expect(r.closed).toContain(tianhe);
      const types = seen.map((e) => e.type);
      expect(types).toEqual(["counter.opened", "counter.closed"]);
      expect(seen[0]!.data).toMatchObject({ type: "counter.opened", counterId: tianhe });
      expect(Number(seen[1]!.id)).toBeGreaterThan(Number(seen[0]!.id)); // persisted: a display resuming with Last-Event-ID gets it
    } finally {
      off();
    }
  });
});
