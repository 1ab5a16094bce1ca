/** Issue 14 item 3: forecast per counter, business type and half hour; Erlang C staffing. The test clock is 2026-03-10 (a Tuesday). */
import { requiredAgents } from "@ccms/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: forecast and staffing (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let seq = 0;

  /** Tickets issued at the counter at local (UTC+8) `time` on `date`, served for `serveSeconds`. */
  async function tickets(counterId: string, date: string, time: string, n: number, businessType: string, serveSeconds = 720) {
    for (let i = 0; i < n; i++) {
      const issued = new Date(`${date}T${time}:00+08:00`);
      issued.setUTCMinutes(issued.getUTCMinutes() + i);
      const started = new Date(issued.getTime() + 60_000);
      const finished = new Date(started.getTime() + serveSeconds * 1000);
      seq += 1;
      await env.database.db
        .insertInto("queue_tickets")
        .values({
          id: `FT${String(seq).padStart(24, "0")}`,
          counter_id: counterId,
          business_date: date,
          business_type: businessType,
          seq,
          number: `A${seq}`,
          priority: "normal",
          status: "done",
          issued_at: issued.toISOString(),
          original_issued_at: issued.toISOString(),
          window_id: null,
          window_number: null,
          target_window_id: null,
          called_at: started.toISOString(),
          recalled_at: null,
          started_at: started.toISOString(),
          finished_at: finished.toISOString(),
          recall_count: 0,
          outcome: "completed",
          missing_documents: "[]",
          appointment_id: null,
          transferred_from_id: null,
          transferred_to_id: null,
          issued_by: null,
          served_by: null,
          rating_score: null,
          rating_comment: null,
          rated_at: null,
          updated_at: finished.toISOString(),
        })
        .execute();
    }
  }

  beforeAll(async () => {
    env = await createTestEnv();
    [th] = env.demo.counterIds as [string, string];
    for (const d of ["2026-03-03", "2026-02-24", "2026-02-10", "2026-02-03"]) {
      await tickets(th, d, "09:00", 10, "claim");
      await tickets(th, d, "09:30", 2, "policy_service");
    }
    // 2026-02-17 is a Spring Festival holiday: its crowd must not shape an ordinary Tuesday
    await tickets(th, "2026-02-17", "09:00", 25, "claim");
    // a Wednesday does not count for a Tuesday
    await tickets(th, "2026-03-04", "09:00", 30, "claim");
  });
  afterAll(async () => env?.close());

  it("forecasts a Tuesday from the recent Tuesdays' tickets, skipping the holiday", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/forecast?orgUnitId=${th}&date=2026-03-17` });
    expect(r.status).toBe(200);
    expect(r.body.holiday).toBe(false);
    expect(r.body.basedOn).toEqual(["2026-03-03", "2026-02-24", "2026-02-10", "2026-02-03"]);
    expect(r.body.intervals).toEqual([
      { businessType: "claim", start: "09:00", arrivals: 10, source: "history" },
      { businessType: "policy_service", start: "09:30", arrivals: 2, source: "history" },
    ]);
  });

  it("the manager edits the forecast (audited); a teller may not", async () => {
    const payload = { orgUnitId: th, date: "2026-03-17", intervals: [{ businessType: "claim", start: "10:00", arrivals: 30 }] };
    expect((await env.call("teller1", { method: "PUT", url: "/api/v1/people/forecast", payload })).status).toBe(403);
    const r = await env.call("manager", { method: "PUT", url: "/api/v1/people/forecast", payload });
    expect(r.status).toBe(200);
    expect(r.body.intervals).toContainEqual({ businessType: "claim", start: "10:00", arrivals: 30, source: "manual" });
    const again = await env.call("manager", { method: "PUT", url: "/api/v1/people/forecast", payload: { ...payload, intervals: [{ businessType: "claim", start: "10:00", arrivals: 31 }] } });
    expect(again.body.intervals.filter((i: any) => i.start === "10:00")).toEqual([{ businessType: "claim", start: "10:00", arrivals: 31, source: "manual" }]);
    const audit = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.forecast_edited").execute();
    expect(audit).toHaveLength(2);
    const bad = await env.call("manager", { method: "PUT", url: "/api/v1/people/forecast", payload: { ...payload, intervals: [{ businessType: "claim", start: "10:15", arrivals: 1 }] } });
    expect(bad.status).toBe(400);
  });

  it("Q-07 required staff per half hour by Erlang C with the measured handling time and shrinkage; the peak allows 30 minutes", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/staffing?orgUnitId=${th}&from=2026-03-17&to=2026-03-18` });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ kind: "counter", ahtSeconds: 720, shrinkage: 0.3 });
    const day = r.body.days[0];
    expect(day.date).toBe("2026-03-17");
    const byStart = new Map(day.intervals.map((i: any) => [i.start, i]));
    const nine = requiredAgents({ arrivals: 10, intervalMinutes: 30, ahtSeconds: 720, target: { kind: "averageWait", seconds: 900 }, shrinkage: 0.3 });
    expect(byStart.get("09:00")).toMatchObject({ arrivals: 10, peak: false, targetSeconds: 900, agentsOnPost: nine.agentsOnPost, agents: nine.agents });
    const ten = requiredAgents({ arrivals: 31, intervalMinutes: 30, ahtSeconds: 720, target: { kind: "averageWait", seconds: 1800 }, shrinkage: 0.3 });
    expect(byStart.get("10:00")).toMatchObject({ arrivals: 31, peak: true, targetSeconds: 1800, agentsOnPost: ten.agentsOnPost, agents: ten.agents });
    expect((byStart.get("10:00") as any).averageWaitSeconds).toBeLessThanOrEqual(1800);
    // the Wednesday has its own history (one Wednesday of 30 claims)
    expect(r.body.days[1].intervals[0]).toMatchObject({ start: "09:00", arrivals: 7.5 });
  });

  it("staffing asks for a counter, a range of at most 14 days, in the caller's subtree", async () => {
    expect((await env.call("manager", { method: "GET", url: `/api/v1/people/staffing?orgUnitId=${th}&from=2026-03-01&to=2026-03-31` })).body.error.code).toBe("forecast_range_too_long");
    expect((await env.call("manager", { method: "GET", url: `/api/v1/people/staffing?orgUnitId=${env.demo.cityId}&from=2026-03-17&to=2026-03-17` })).status).toBe(404);
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/people/staffing?orgUnitId=${env.demo.cityId}&from=2026-03-17&to=2026-03-17` })).body.error.code).toBe("forecast_counter_only");
  });

  it("the public Erlang C calculator matches the published table (10 Erlangs: 14 agents, 88.8 % in 20 s, C = 0.1741)", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/people/staffing/erlang", payload: { arrivals: 100, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 20, percent: 80 }, shrinkage: 0 } });
    expect(r.status).toBe(200);
    expect(r.body.agents).toBe(14);
    expect(r.body.serviceLevel).toBeCloseTo(0.888, 3);
    expect(r.body.averageWaitSeconds).toBeCloseTo((0.1741 * 180) / 4, 1);
    expect(r.body.occupancy).toBeCloseTo(10 / 14, 4);
    const wait = await env.call("manager", { method: "POST", url: "/api/v1/people/staffing/erlang", payload: { arrivals: 100, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "averageWait", seconds: 30 }, shrinkage: 0 } });
    // 10 Erlangs: 12 agents wait 0.4494 × 180 / 2 = 40.4 s, 13 agents 0.2853 × 180 / 3 = 17.1 s
    expect(wait.body.agents).toBe(13);
    expect(wait.body.averageWaitSeconds).toBeCloseTo(17.1, 1);
  });
});
