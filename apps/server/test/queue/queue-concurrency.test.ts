import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createTeller, createWindow, closeEnv } from "./queue-helpers.js";

const TELLERS = 8;
const TICKETS = 500;

describe(`queue under load (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  const tokens: string[] = [];
  const windows: string[] = [];

  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
    for (let i = 0; i < TELLERS; i++) {
      tokens.push(await createTeller(env, tianhe, `loadteller${i}`));
      const w = await createWindow(env, tianhe, { number: 11 + i, businessTypes: ["new_business", "claim"] });
      windows.push(w.id);
      const s = await env.app.inject({ method: "POST", url: `/api/v1/windows/${w.id}/sign-in`, headers: { authorization: `Bearer ${tokens[i]}` } });
      expect(s.statusCode).toBe(200);
    }
  });
  afterAll(async () => closeEnv(env));

  it(`issues ${TICKETS} tickets from 8 parallel desks with gap-free, unique numbers`, async () => {
    const guide = await env.token("guide");
    const numbers: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: TELLERS }, async () => {
        while (next < TICKETS) {
          const i = next++;
          const res = await env.app.inject({
            method: "POST",
            url: `/api/v1/counters/${tianhe}/tickets`,
            headers: { authorization: `Bearer ${guide}` },
            payload: { businessType: i % 2 ? "claim" : "new_business", priority: i % 7 === 0 ? "vip" : i % 11 === 0 ? "green" : "normal" },
          });
          expect(res.statusCode).toBe(201);
          numbers.push((res.json() as { number: string }).number);
        }
      }),
    );
    const pad = (p: string, n: number) => Array.from({ length: n }, (_, k) => `${p}${String(k + 1).padStart(3, "0")}`);
    expect([...numbers].sort()).toEqual([...pad("A", TICKETS / 2), ...pad("C", TICKETS / 2)].sort());
  });

  it(`8 parallel tellers call all ${TICKETS} tickets: each ticket called exactly once`, async () => {
    const called: string[] = [];
    await Promise.all(
      windows.map(async (w, i) => {
        const headers = { authorization: `Bearer ${tokens[i]}` };
        for (;;) {
          const res = await env.app.inject({ method: "POST", url: `/api/v1/windows/${w}/call-next`, headers });
          expect(res.statusCode).toBe(200);
          const ticket = (res.json() as { ticket: { id: string } | null }).ticket;
          if (!ticket) return;
          called.push(ticket.id);
          const st = await env.app.inject({ method: "POST", url: `/api/v1/tickets/${ticket.id}/start`, headers });
          expect(st.statusCode).toBe(200);
          const fin = await env.app.inject({ method: "POST", url: `/api/v1/tickets/${ticket.id}/finish`, headers, payload: { outcome: "done" } });
          expect(fin.statusCode).toBe(200);
        }
      }),
    );
    expect(called.length).toBe(TICKETS);
    expect(new Set(called).size).toBe(TICKETS);
    const stats = await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-10&to=2026-03-10` });
    expect(stats.body).toMatchObject({ issued: TICKETS, served: TICKETS, noShow: 0 });
    const queue = await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/queue` });
    expect(queue.body.waiting).toEqual([]);
  });
});
