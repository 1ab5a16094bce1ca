import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, createDevice, drain, issueOk, signIn, windowByNumber, closeEnv } from "./queue-helpers.js";

describe(`queue teller console (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let yuexiu: string;
  let w1: string; // VIP, all types
  let w2: string; // new_business, policy_service
  let w4: string; // claim, enquiry, complaint
  const minutes = (m: number) => m * 60_000;

  beforeAll(async () => {
    env = await createTestEnv();
    [tianhe, yuexiu] = env.demo.counterIds as [string, string];
    w1 = (await windowByNumber(env, tianhe, 1)).id;
    w2 = (await windowByNumber(env, tianhe, 2)).id;
    w4 = (await windowByNumber(env, tianhe, 4)).id;
  });
  afterAll(async () => closeEnv(env));

  it("Q-04 calling needs a signed-in window of one's own", async () => {
    const t = await issueOk(env, tianhe, { businessType: "new_business" });
    const notSigned = await callNext(env, w2, "teller1");
    expect(notSigned.status).toBe(409);
    expect(notSigned.body.error.code).toBe("window_not_signed_in");
    await signIn(env, w2, "teller1");
    const other = await callNext(env, w2, "teller2");
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe("window_not_yours");
    const occupied = await env.call("teller2", { method: "POST", url: `/api/v1/windows/${w2}/sign-in` });
    expect(occupied.status).toBe(409);
    expect(occupied.body.error.code).toBe("window_occupied");
    const twice = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w4}/sign-in` });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("teller_already_signed_in");
    const guide = await callNext(env, w2, "guide");
    expect(guide.status).toBe(403);
    const foreign = await callNext(env, w2, "yxteller");
    expect(foreign.status).toBe(404);
    const q = await env.call("teller1", { method: "GET", url: `/api/v1/counters/${tianhe}/queue` });
    expect(q.body.waiting.map((x: any) => x.id)).toEqual([t.id]);
    const mine = await env.call("teller1", { method: "GET", url: "/api/v1/windows/mine" });
    expect(mine.body.current.id).toBe(w2);
    expect(mine.body.windows.length).toBe(5);
    await drain(env, tianhe);
  });

  it("Q-04 call next returns null when nobody waits; paused windows cannot call", async () => {
    const empty = await callNext(env, w2, "teller1");
    expect(empty.status).toBe(200);
    expect(empty.body.ticket).toBeNull();
    const paused = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w2}/pause`, payload: { reason: "设备故障" } });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ state: "paused", pausedReason: "设备故障" });
    await issueOk(env, tianhe, { businessType: "new_business" });
    const refused = await callNext(env, w2, "teller1");
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("window_paused");
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w2}/pause`, payload: { reason: "x" } })).status).toBe(409);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w2}/pause`, payload: {} })).status).toBe(400);
    const resumed = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w2}/resume` });
    expect(resumed.body.state).toBe("idle");
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=window&entityId=${w2}` });
    expect(audit.body.items.map((e: any) => e.action)).toEqual(expect.arrayContaining(["window.signedIn", "window.paused", "window.resumed"]));
    await drain(env, tianhe);
  });

  it("Q-04/Q-11 full service: call, recall, start, finish with outcome; rating once (Q-09)", async () => {
    const t = await issueOk(env, tianhe, { businessType: "policy_service" });
    const c = await callNext(env, w2, "teller1");
    expect(c.body.ticket).toMatchObject({ id: t.id, status: "called", windowNumber: 2 });
    const busy = await callNext(env, w2, "teller1");
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe("window_has_active_ticket");
    const r1 = await act(env, t.id, "recall", "teller1");
    expect(r1.body.ticket.recallCount).toBe(1);
    expect((await act(env, t.id, "finish", "teller1", { outcome: "done" })).body.error.code).toBe("ticket_not_serving");
    expect((await act(env, t.id, "start", "teller2")).status).toBe(403);
    expect((await act(env, t.id, "start", "teller1")).body.ticket.status).toBe("serving");
    const noList = await act(env, t.id, "finish", "teller1", { outcome: "documents_incomplete" });
    expect(noList.status).toBe(400);
    expect(noList.body.error.code).toBe("missing_documents_required");
    const f = await act(env, t.id, "finish", "teller1", { outcome: "documents_incomplete", missingDocuments: ["身份证原件", "银行卡复印件"] });
    expect(f.status).toBe(200);
    expect(f.body.ticket).toMatchObject({ status: "finished", outcome: "documents_incomplete", missingDocuments: ["身份证原件", "银行卡复印件"] });
    const again = await act(env, t.id, "finish", "teller1", { outcome: "done" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ticket_already_closed");
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/tickets/${t.id}` })).body.outcome).toBe("documents_incomplete");

    const pad = await createDevice(env, tianhe, "ratingPad");
    const auth = { authorization: `Bearer ${pad}` };
    const latest = await env.call(null, { method: "GET", url: `/api/v1/windows/${w2}/latest-finished`, headers: auth });
    expect(latest.body.ticket.id).toBe(t.id);
    const rate = await env.call(null, { method: "POST", url: `/api/v1/tickets/${t.id}/rating`, payload: { score: 5, comment: "很好" }, headers: auth });
    expect(rate.status).toBe(201);
    const twice = await env.call(null, { method: "POST", url: `/api/v1/tickets/${t.id}/rating`, payload: { score: 1 }, headers: auth });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("ticket_already_rated");
    expect((await env.call(null, { method: "POST", url: `/api/v1/tickets/${t.id}/rating`, payload: { score: 6 }, headers: auth })).status).toBe(400);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/tickets/${t.id}` })).body.rating.score).toBe(5);
  });

  it("Q-04 recall limit before no-show", async () => {
    const t = await issueOk(env, tianhe, { businessType: "new_business" });
    await callNext(env, w2, "teller1");
    expect((await act(env, t.id, "recall", "teller1")).status).toBe(200);
    expect((await act(env, t.id, "recall", "teller1")).status).toBe(200);
    const limit = await act(env, t.id, "recall", "teller1");
    expect(limit.status).toBe(409);
    expect(limit.body.error.code).toBe("recall_limit_reached");
    const ns = await act(env, t.id, "no-show", "teller1");
    expect(ns.body.ticket.status).toBe("noShow");
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/tickets/${t.id}/rating`, payload: { score: 5 } })).body.error.code).toBe("ticket_not_finished");
  });

  it("another counter's ticket is 404 for a teller, and a not-yet-called ticket cannot be started", async () => {
    const t = await issueOk(env, tianhe, { businessType: "new_business" });
    const foreign = await act(env, t.id, "start", "yxteller");
    expect(foreign.status).toBe(404);
    const yxWin = await windowByNumber(env, yuexiu, 2).catch(() => null);
    expect(yxWin).toBeNull(); // manager of 天河 cannot see 越秀 windows
    const waitingStart = await act(env, t.id, "start", "teller1");
    expect(waitingStart.status).toBe(409);
    await drain(env, tianhe);
  });

  it("Q-03 priority order through the API: VIP, green, appointment-free normal; anti-starvation by wait", async () => {
    await signIn(env, w1, "teller3");
    const n1 = await issueOk(env, tianhe, { businessType: "claim" });
    env.clock.advance(minutes(1));
    const g = await issueOk(env, tianhe, { businessType: "claim", priority: "green" });
    const v = await issueOk(env, tianhe, { businessType: "claim", priority: "vip" });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await callNext(env, w1, "teller3");
      order.push(c.body.ticket.id);
      await act(env, c.body.ticket.id, "start", "teller3");
      await act(env, c.body.ticket.id, "finish", "teller3", { outcome: "done" });
    }
    expect(order).toEqual([v.id, g.id, n1.id]);

    // anti-starvation: a normal ticket past the 20-minute limit is served before a fresh VIP
    const old = await issueOk(env, tianhe, { businessType: "claim" });
    env.clock.advance(minutes(21));
    const v2 = await issueOk(env, tianhe, { businessType: "claim", priority: "vip" });
    const c1 = await callNext(env, w1, "teller3");
    expect(c1.body.ticket.id).toBe(old.id);
    await act(env, old.id, "start", "teller3");
    await act(env, old.id, "finish", "teller3", { outcome: "done" });
    expect((await callNext(env, w1, "teller3")).body.ticket.id).toBe(v2.id);
    await act(env, v2.id, "start", "teller3");
    await act(env, v2.id, "finish", "teller3", { outcome: "accepted" });
  });

  it("Q-03 anti-starvation after K consecutive priority calls (setting per counter)", async () => {
    const s = await env.call("manager", { method: "PUT", url: `/api/v1/counters/${tianhe}/queue-settings`, payload: { maxConsecutivePriorityCalls: 2 } });
    expect(s.status).toBe(200);
    expect(s.body.maxConsecutivePriorityCalls).toBe(2);
    expect((await env.call("teller1", { method: "PUT", url: `/api/v1/counters/${tianhe}/queue-settings`, payload: { recallLimit: 9 } })).status).toBe(403);
    const n = await issueOk(env, tianhe, { businessType: "claim" });
    const vips = [];
    for (let i = 0; i < 4; i++) vips.push(await issueOk(env, tianhe, { businessType: "claim", priority: "vip" }));
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await callNext(env, w1, "teller3");
      order.push(c.body.ticket.id);
      await act(env, c.body.ticket.id, "start", "teller3");
      await act(env, c.body.ticket.id, "finish", "teller3", { outcome: "done" });
    }
    // the VIP window just served 1 VIP at the end of the last test; 1 more makes 2 in a row → normal next
    expect(order.indexOf(n.id)).toBe(1);
    await env.call("manager", { method: "PUT", url: `/api/v1/counters/${tianhe}/queue-settings`, payload: { maxConsecutivePriorityCalls: 3 } });
  });

  it("transfer keeps the original issue time and number; the target type's window calls it", async () => {
    await signIn(env, w4, "teller2");
    const t = await issueOk(env, tianhe, { businessType: "new_business" });
    env.clock.advance(minutes(5));
    await callNext(env, w2, "teller1");
    await act(env, t.id, "start", "teller1");
    env.clock.advance(minutes(2));
    const bad = await act(env, t.id, "transfer", "teller1", { businessType: "nope" });
    expect(bad.status).toBe(422);
    const both = await act(env, t.id, "transfer", "teller1", { businessType: "claim", windowId: w4 });
    expect(both.status).toBe(400);
    const tr = await act(env, t.id, "transfer", "teller1", { businessType: "claim" });
    expect(tr.status).toBe(200);
    expect(tr.body.ticket.status).toBe("transferred");
    expect(tr.body.newTicket).toMatchObject({ status: "waiting", number: t.number, businessType: "claim", originalIssuedAt: (t as any).issuedAt, transferredFromId: t.id });
    const c = await callNext(env, w4, "teller2");
    expect(c.body.ticket.id).toBe(tr.body.newTicket.id);
    await act(env, c.body.ticket.id, "start", "teller2");
    // transfer to a specific window
    const tw = await act(env, c.body.ticket.id, "transfer", "teller2", { windowId: w2 });
    expect(tw.body.newTicket.targetWindowId).toBe(w2);
    const same = await issueOk(env, tianhe, { businessType: "new_business", priority: "vip" });
    expect((await callNext(env, w2, "teller1")).body.ticket.id).toBe(tw.body.newTicket.id);
    await act(env, tw.body.newTicket.id, "start", "teller1");
    await act(env, tw.body.newTicket.id, "finish", "teller1", { outcome: "done" });
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=ticket&entityId=${t.id}` });
    expect(audit.body.items[0].action).toBe("ticket.transferred");
    await drain(env, tianhe);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/tickets/${same.id}` })).body.status).toBe("cancelled");
  });

  it("Q-07 stats: waits from the original issue time, by type and by window", async () => {
    const res = await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-10&to=2026-03-10` });
    expect(res.status).toBe(200);
    const b = res.body;
    expect(b.served).toBeGreaterThanOrEqual(8);
    expect(b.noShow).toBe(1);
    expect(b.maxWaitSeconds).toBeGreaterThanOrEqual(21 * 60);
    expect(b.satisfactionRate).toBe(1);
    expect(b.p90WaitSeconds).not.toBeNull();
    expect(b.byBusinessType.find((x: any) => x.businessType === "claim").served).toBeGreaterThan(0);
    expect(b.byWindow.find((x: any) => x.windowId === w1).served).toBeGreaterThanOrEqual(8);
    // Q-07 peak periods: by local hour of issue (test clock 10:00 Shanghai)
    expect(b.byHour.length).toBeGreaterThan(0);
    expect(b.byHour.reduce((n: number, h: any) => n + h.issued, 0)).toBe(b.issued);
    for (const h of b.byHour) expect(h.hour).toBeGreaterThanOrEqual(8);
    const mine = await env.call("teller1", { method: "GET", url: "/api/v1/windows/mine" });
    expect(mine.body.servedToday).toBeGreaterThan(0);
    let sum = 0;
    for (const u of ["teller1", "teller2", "teller3", "duty", "manager"]) sum += (await env.call(u, { method: "GET", url: "/api/v1/windows/mine" })).body.servedToday;
    expect(sum).toBe(b.served); // every finished ticket counts for exactly one teller
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-10&to=2026-03-10` })).status).toBe(403);
    expect((await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-11&to=2026-03-10` })).status).toBe(400);
    expect((await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-02-30&to=2026-03-10` })).status).toBe(400);
  });

  it("sign-out is refused with a ticket at the window, then allowed", async () => {
    const t = await issueOk(env, tianhe, { businessType: "enquiry" });
    await callNext(env, w4, "teller2");
    const refused = await env.call("teller2", { method: "POST", url: `/api/v1/windows/${w4}/sign-out` });
    expect(refused.status).toBe(409);
    await act(env, t.id, "no-show", "teller2");
    const ok = await env.call("teller2", { method: "POST", url: `/api/v1/windows/${w4}/sign-out` });
    expect(ok.status).toBe(200);
    expect(ok.body.state).toBe("offline");
  });
});
