import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, issueOk, signIn, windowByNumber, closeEnv } from "./queue-helpers.js";

describe(`queue live monitor (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  const minutes = (m: number) => m * 60_000;

  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => closeEnv(env));

  const monitor = async () => {
    const res = await env.call("duty", { method: "GET", url: `/api/v1/counters/${tianhe}/monitor` });
    expect(res.status).toBe(200);
    return res.body;
  };

  it("ORG-03 three tellers on duty without an open VIP window raise a finding", async () => {
    for (const [n, user] of [[2, "teller1"], [3, "teller2"], [4, "teller3"]] as const) await signIn(env, (await windowByNumber(env, tianhe, n)).id, user);
    const m = await monitor();
    expect(m.tellersOnDuty).toBe(3);
    expect(m.alerts.filter((a: any) => a.kind === "vip_window_missing")).toEqual([expect.objectContaining({ rule: "ORG-03" })]);
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=org_unit&entityId=${tianhe}` });
    expect(audit.body.items.filter((e: any) => e.action === "finding.vipWindowMissing")).toHaveLength(1);
    // teller3 moves to the VIP window: finding gone
    await env.call("teller3", { method: "POST", url: `/api/v1/windows/${(await windowByNumber(env, tianhe, 4)).id}/sign-out` });
    await signIn(env, (await windowByNumber(env, tianhe, 1)).id, "teller3");
    expect((await monitor()).alerts.some((a: any) => a.kind === "vip_window_missing")).toBe(false);
  });

  it("Q-07 alerts when a wait is about to pass, then passes, the peak limit; projected waits per type", async () => {
    const t = await issueOk(env, tianhe, { businessType: "claim" });
    await issueOk(env, tianhe, { businessType: "claim" });
    let m = await monitor();
    const claim = m.byType.find((x: any) => x.businessType === "claim");
    expect(claim).toMatchObject({ waiting: 2, openWindows: 2 });
    expect(claim.projectedWaitSeconds).toBeGreaterThan(0);
    expect(m.alerts.filter((a: any) => a.rule === "Q-07")).toEqual([]);
    env.clock.advance(minutes(28));
    m = await monitor();
    expect(m.alerts.filter((a: any) => a.ticketId === t.id).map((a: any) => a.kind)).toEqual(["wait_near_limit"]);
    expect(m.longestWaitSeconds).toBe(28 * 60);
    env.clock.advance(minutes(3));
    m = await monitor();
    expect(m.alerts.filter((a: any) => a.ticketId === t.id).map((a: any) => [a.kind, a.severity])).toEqual([["wait_exceeded", "critical"]]);
    expect(m.alerts.some((a: any) => a.kind === "average_wait_exceeded")).toBe(true);
  });

  it("Q-06 alerts when a service is about to pass, then passes, 15 minutes", async () => {
    const w3 = (await windowByNumber(env, tianhe, 3)).id;
    const c = await callNext(env, w3, "teller2");
    await act(env, c.body.ticket.id, "start", "teller2");
    env.clock.advance(minutes(13));
    let m = await monitor();
    expect(m.alerts.filter((a: any) => a.rule === "Q-06").map((a: any) => [a.kind, a.windowNumber])).toEqual([["service_near_limit", 3]]);
    expect(m.windows.find((w: any) => w.number === 3)).toMatchObject({ state: "serving", currentSeconds: 13 * 60 });
    env.clock.advance(minutes(3));
    m = await monitor();
    expect(m.alerts.filter((a: any) => a.rule === "Q-06").map((a: any) => a.kind)).toEqual(["service_exceeded"]);
    await act(env, c.body.ticket.id, "finish", "teller2", { outcome: "done" });
    m = await monitor();
    expect(m.alerts.some((a: any) => a.rule === "Q-06")).toBe(false);
    expect(m.windows.find((w: any) => w.number === 3).servedToday).toBe(1);
  });

  it("the monitor needs queue.monitor and scope", async () => {
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/counters/${tianhe}/monitor` })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "GET", url: `/api/v1/counters/${tianhe}/monitor` })).status).toBe(404);
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/counters/${tianhe}/monitor` })).status).toBe(200);
  });
});
