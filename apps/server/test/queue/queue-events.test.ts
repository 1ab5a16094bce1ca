import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, createDevice, issueOk, signIn, windowByNumber, closeEnv } from "./queue-helpers.js";

interface SseEvent {
  id: string;
  event: string;
  data: any;
}

/** A minimal SSE client over loopback HTTP. */
function openStream(base: string, path: string, headers: Record<string, string>) {
  const events: SseEvent[] = [];
  const waiters: Array<() => void> = [];
  let buf = "";
  let ready!: () => void;
  const connected = new Promise<void>((r) => (ready = r));
  const req = request(`${base}${path}`, { headers: { accept: "text/event-stream", ...headers } }, (res) => {
    (req as any).statusCode = res.statusCode;
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buf += chunk;
      if (buf.includes(": connected")) ready();
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const e: Partial<SseEvent> = {};
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) e.id = line.slice(4);
          else if (line.startsWith("event: ")) e.event = line.slice(7);
          else if (line.startsWith("data: ")) e.data = JSON.parse(line.slice(6));
        }
        if (e.event) {
          events.push(e as SseEvent);
          waiters.splice(0).forEach((w) => w());
        }
      }
    });
  });
  req.end();
  return {
    events,
    connected,
    close: () => req.destroy(),
    async waitFor(pred: (e: SseEvent) => boolean, ms = 10_000): Promise<SseEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no matching event; got ${events.map((e) => e.event).join(",")}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
  };
}

describe(`queue events over SSE (${ENGINE})`, () => {
  let env: TestEnv;
  let base: string;
  let tianhe: string;
  let display: string;

  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
    await env.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(env.app.server.address() as AddressInfo).port}`;
    display = await createDevice(env, tianhe, "display");
  });
  afterAll(async () => closeEnv(env));

  it("Q-05 a display receives issued/called/finished events live, and resumes with Last-Event-ID", async () => {
    const w = await windowByNumber(env, tianhe, 3);
    await signIn(env, w.id, "teller1");
    const s1 = openStream(base, `/api/v1/counters/${tianhe}/events`, { authorization: `Bearer ${display}` });
    await s1.connected;
    const t = await issueOk(env, tianhe, { businessType: "claim" });
    const issued = await s1.waitFor((e) => e.event === "ticket.issued");
    expect(issued.data).toMatchObject({ type: "ticket.issued", counterId: tianhe, ticket: { id: t.id, number: "C001" }, waitingCount: 1 });
    await callNext(env, w.id, "teller1");
    const called = await s1.waitFor((e) => e.event === "ticket.called");
    expect(called.data.ticket).toMatchObject({ id: t.id, windowNumber: 3 });
    expect(Number(called.id)).toBeGreaterThan(Number(issued.id));
    s1.close();

    // while disconnected
    await act(env, t.id, "start", "teller1");
    await act(env, t.id, "finish", "teller1", { outcome: "done" });
    await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w.id}/pause`, payload: { reason: "短暂离开" } });

    const s2 = openStream(base, `/api/v1/counters/${tianhe}/events`, { authorization: `Bearer ${display}`, "last-event-id": called.id });
    await s2.connected;
    const paused = await s2.waitFor((e) => e.event === "window.paused");
    expect(s2.events.map((e) => e.event)).toEqual(["ticket.started", "ticket.finished", "window.paused"]);
    expect(paused.data.message).toBe("短暂离开");
    expect(paused.data.window).toMatchObject({ number: 3, state: "paused" });
    // and then live again
    await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w.id}/resume` });
    await s2.waitFor((e) => e.event === "window.resumed");
    await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w.id}/raise-hand`, payload: {} });
    await s2.waitFor((e) => e.event === "window.raiseHand");
    s2.close();
  });

  it("the queue snapshot gives lastEventId to start the stream from", async () => {
    const q = await env.call(null, { method: "GET", url: `/api/v1/counters/${tianhe}/queue`, headers: { authorization: `Bearer ${display}` } });
    expect(q.status).toBe(200);
    expect(Number(q.body.lastEventId)).toBeGreaterThan(0);
    const s = openStream(base, `/api/v1/counters/${tianhe}/events?lastEventId=${q.body.lastEventId}`, { authorization: `Bearer ${display}` });
    await s.connected;
    const t = await issueOk(env, tianhe, { businessType: "enquiry" });
    const e = await s.waitFor((x) => x.event === "ticket.issued");
    expect(e.data.ticket.id).toBe(t.id);
    expect(s.events.length).toBe(1);
    s.close();
  });

  it("a display of another counter, or without a token, gets no stream", async () => {
    const yx = await env.call("hqadmin", { method: "POST", url: "/api/v1/devices", payload: { orgUnitId: env.demo.counterIds[1], kind: "display", name: "yx" } });
    const other = await env.call(null, { method: "GET", url: `/api/v1/counters/${tianhe}/events`, headers: { authorization: `Bearer ${yx.body.token}` } });
    expect(other.status).toBe(404);
    expect((await env.call(null, { method: "GET", url: `/api/v1/counters/${tianhe}/events` })).status).toBe(401);
  });

  it("app.close() ends open streams", async () => {
    const s = openStream(base, `/api/v1/counters/${tianhe}/events`, { authorization: `Bearer ${display}` });
    await s.connected;
    // left open on purpose: afterAll's close must not hang
  });
});
