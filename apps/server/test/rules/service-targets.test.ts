/**
 * Q-07 wait targets (issue 11 item 7): peak periods per counter (set per weekday; default from the
 * counter's own busiest hours), average wait against 15 minutes off-peak and 30 at peak, alerts pushed
 * by an interval job on the counter's SSE stream; Q-09 satisfaction target; CAL-03 lunch duty (item 11).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepServiceTargets } from "../../src/modules/queue/monitor-counter.js";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createWindow } from "../queue/queue-helpers.js";

describe(`Q-07 / Q-09 / CAL-03 service targets (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;
  /** Local time on a date (Asia/Shanghai, UTC+8). */
  const at = (date: string, hhmm: string) => env.clock.set(new Date(`${date}T${hhmm}:00+08:00`).toISOString());
  /** A call with a fresh session (the clock moves across days). */
  const as = async (username: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) => {
    const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: DEMO_PASSWORD } });
    const res = await env.app.inject({ method, url, headers: { authorization: `Bearer ${login.json().token}` }, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: res.statusCode, body: res.json() };
  };
  const issue = async (counterId: string, by = "guide") => {
    const r = await as(by, "POST", `/api/v1/counters/${counterId}/tickets`, { businessType: "policy_service" });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };
  const alertEvents = async (counterId: string) =>
    (await env.database.db.selectFrom("queue_events").select(["type", "data"]).where("counter_id", "=", counterId).where("type", "=", "counter.alert").execute()).map((e) => JSON.parse(e.data).message as string);

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-02-24T06:00:00Z" });
    [th, yx] = env.demo.counterIds as [string, string];
    // History: Tuesdays 24 Feb and 3 Mar, 14:00–15:00 is this counter's busiest hour.
    for (const day of ["2026-02-24", "2026-03-03"]) {
      at(day, "14:05");
      for (let i = 0; i < 4; i++) await issue(th);
      at(day, "10:05");
      await issue(th);
    }
    at("2026-03-10", "09:00");
  });
  afterAll(async () => env?.close());

  it("Q-07 without a setting, the peak periods are the counter's own busiest hours", async () => {
    const r = await as("manager", "GET", `/api/v1/counters/${th}/service-targets`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ peakSource: "history", peakPeriods: null, offPeakWaitMinutes: 15, peakWaitMinutes: 30, satisfactionTargetPercent: 90 });
    expect(r.body.effectivePeakPeriods.tue).toEqual([["14:00", "15:00"]]);
  });

  it("Q-07 peak periods set per weekday; a peak average above 30 minutes raises an alert pushed without a monitor open (once)", async () => {
    const put = await as("manager", "PUT", `/api/v1/counters/${th}/service-targets`, { peakPeriods: { mon: [], tue: [["09:00", "11:00"]], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ peakSource: "setting" });
    expect((await as("teller1", "PUT", `/api/v1/counters/${th}/service-targets`, { peakWaitMinutes: 60 })).status).toBe(403);
    at("2026-03-10", "09:00");
    await issue(th);
    await issue(th);
    at("2026-03-10", "09:25"); // 25 minutes at peak: within 30 (warning from 27)
    let s = await as("teller1", "GET", `/api/v1/counters/${th}/service-status`);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ inPeak: true, period: ["09:00", "11:00"], waitLimitSeconds: 1800, alerts: [] });
    at("2026-03-10", "09:31");
    s = await as("manager", "GET", `/api/v1/counters/${th}/service-status`);
    expect(s.body.alerts.map((a: any) => a.kind)).toEqual(["peak_wait_exceeded"]);
    await sweepServiceTargets(env.ctx);
    await sweepServiceTargets(env.ctx);
    expect(await alertEvents(th)).toEqual(["peak_wait_exceeded"]);
  });

  it("Q-07 off-peak the average is checked against 15 minutes (peak tickets are not in it)", async () => {
    for (const t of (await as("manager", "GET", `/api/v1/counters/${th}/tickets?status=waiting`)).body.items ?? []) {
      await as("manager", "POST", `/api/v1/tickets/${t.id}/cancel`, { reason: "客户离开" });
    }
    at("2026-03-10", "11:00");
    await issue(th);
    at("2026-03-10", "11:16");
    const s = await as("manager", "GET", `/api/v1/counters/${th}/service-status`);
    expect(s.body).toMatchObject({ inPeak: false, waitLimitSeconds: 900 });
    expect(s.body.alerts.map((a: any) => a.kind)).toEqual(["offpeak_wait_exceeded"]);
    await sweepServiceTargets(env.ctx);
    expect(await alertEvents(th)).toEqual(["peak_wait_exceeded", "offpeak_wait_exceeded"]);
  });

  it("Q-09 satisfaction below the target (a setting, default 90%) is an alert", async () => {
    const w = await createWindow(env, yx, { number: 5, businessTypes: ["policy_service"] }, "yxmanager");
    at("2026-03-10", "10:00");
    expect((await as("yxteller", "POST", `/api/v1/windows/${w.id}/sign-in`)).status).toBe(200);
    const scores = [5, 5, 5, 5, 3];
    for (const score of scores) {
      await issue(yx, "yxmanager");
      const c = await as("yxteller", "POST", `/api/v1/windows/${w.id}/call-next`);
      await as("yxteller", "POST", `/api/v1/tickets/${c.body.ticket.id}/start`);
      expect((await as("yxteller", "POST", `/api/v1/tickets/${c.body.ticket.id}/finish`, { outcome: "done" })).status).toBe(200);
      expect((await as("yxmanager", "POST", `/api/v1/tickets/${c.body.ticket.id}/rating`, { score })).status).toBe(201);
    }
    let s = await as("yxmanager", "GET", `/api/v1/counters/${yx}/service-status`);
    expect(s.body).toMatchObject({ satisfactionPercent: 80, satisfactionTargetPercent: 90 });
    expect(s.body.alerts.map((a: any) => a.kind)).toContain("satisfaction_below_target");
    expect((await as("yxmanager", "PUT", `/api/v1/counters/${yx}/service-targets`, { satisfactionTargetPercent: 80 })).status).toBe(200);
    s = await as("yxmanager", "GET", `/api/v1/counters/${yx}/service-status`);
    expect(s.body.alerts.map((a: any) => a.kind)).not.toContain("satisfaction_below_target");
  });

  it("CAL-03 someone served at noon: the monitor's status and the daily close show it covered", async () => {
    at("2026-03-10", "12:10");
    await issue(yx, "yxmanager");
    const w = (await as("yxmanager", "GET", `/api/v1/counters/${yx}/windows`)).body.items.find((x: any) => x.number === 5);
    const c = await as("yxteller", "POST", `/api/v1/windows/${w.id}/call-next`);
    expect(c.status).toBe(200);
    at("2026-03-10", "12:20");
    await as("yxteller", "POST", `/api/v1/tickets/${c.body.ticket.id}/finish`, { outcome: "done" });
    at("2026-03-10", "14:05");
    const s = await as("yxmanager", "GET", `/api/v1/counters/${yx}/service-status`);
    expect(s.body.lunchDuty).toMatchObject({ required: true, window: { from: "12:00", to: "14:00" }, status: "covered" });
    const p = await as("yxmanager", "GET", `/api/v1/daily-ops/closes/preview?counterId=${yx}&date=2026-03-10`);
    expect(p.body.checks.find((x: any) => x.code === "lunch_duty_served")).toMatchObject({ status: "passed", blocking: false });
  });

  it("CAL-03 nobody served at noon where the unit has lunch duty: shown in the monitor and the close, and a finding", async () => {
    at("2026-03-10", "13:40"); // 天河: morning ends 12:00, afternoon starts 13:30
    const s = await as("manager", "GET", `/api/v1/counters/${th}/service-status`);
    expect(s.body.lunchDuty).toMatchObject({ required: true, window: { from: "12:00", to: "13:30" }, status: "uncovered" });
    expect(s.body.alerts.map((a: any) => a.kind)).toContain("lunch_duty_uncovered");
    const p = await as("manager", "GET", `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-10`);
    expect(p.body.checks.find((x: any) => x.code === "lunch_duty_served")).toMatchObject({ status: "failed" });
    await sweepServiceTargets(env.ctx);
    await sweepServiceTargets(env.ctx);
    const f = (await as("gdadmin", "GET", "/api/v1/control/findings?kind=lunch_duty_uncovered")).body.items;
    expect(f.filter((x: any) => x.orgUnitId === th)).toHaveLength(1);
    expect(f[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId });
    expect(await alertEvents(th)).toContain("lunch_duty_uncovered");
  });
});
