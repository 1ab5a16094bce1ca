/**
 * Demo history (issue 10 item 8): 30 days behind the demo counters on a fixed clock — plausible
 * counts, Q-01 numbering (no number twice per counter and day), every ticket issued within business
 * hours on a working day (CAL-02, CAL-04), and reports that show figures.
 */
import { addDays, framesOn, localDateOf, localTimeOf, minutesOfDay } from "@ccms/core";
import { orgUnitRepository, reportingReadRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarForUnit } from "../../src/modules/calendar/calendar-service.js";
import { type TestEnv, createTestEnv } from "../helpers.js";

const NOW = "2026-03-10T02:00:00Z"; // Tuesday 10:00 in Beijing; the 30 days include the Spring Festival holiday
const TODAY = "2026-03-10";
const FROM = addDays(TODAY, -30);
const TO = addDays(TODAY, -1);

describe("demo history", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ now: NOW, env: { CCMS_DEMO_HISTORY_DAYS: "30" } });
  }, 120_000);
  afterAll(() => env?.close());

  it("serves a plausible number of tickets at both counters, none today", async () => {
    const rows = await reportingReadRepository.tickets(env.database.db, env.demo.counterIds, { from: FROM, to: TODAY });
    const [tianhe, yuexiu] = env.demo.counterIds;
    const th = rows.filter((r) => r.counter_id === tianhe);
    const yx = rows.filter((r) => r.counter_id === yuexiu);
    expect(th.length).toBeGreaterThan(800);
    expect(th.length).toBeLessThan(4000);
    expect(yx.length).toBeGreaterThan(300);
    expect(rows.some((r) => r.business_date === TODAY)).toBe(false);
    const finished = rows.filter((r) => r.status === "finished");
    expect(finished.length / rows.length).toBeGreaterThan(0.9);
    expect(rows.some((r) => r.status === "noShow")).toBe(true);
    expect(finished.every((r) => r.served_by && r.window_id && r.started_at && r.finished_at && r.called_at)).toBe(true);
    expect(finished.filter((r) => r.rating_score !== null).length / finished.length).toBeGreaterThan(0.5);
    expect(new Set(finished.map((r) => r.served_by)).size).toBeGreaterThanOrEqual(5);
  });

  it("numbers every ticket once per counter and day", async () => {
    const rows = await reportingReadRepository.tickets(env.database.db, env.demo.counterIds, { from: FROM, to: TO });
    const keys = rows.map((r) => `${r.counter_id}|${r.business_date}|${r.number}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("issues every ticket within business hours on a day the counter serves", async () => {
    const rows = await reportingReadRepository.tickets(env.database.db, env.demo.counterIds, { from: FROM, to: TO });
    for (const counterId of env.demo.counterIds) {
      const unit = (await orgUnitRepository.findById(env.database.db, counterId))!;
      const calendar = await calendarForUnit(env.database.db, unit);
      const outside = rows
        .filter((r) => r.counter_id === counterId)
        .filter((r) => {
          const at = new Date(r.original_issued_at);
          if (localDateOf(at, unit.timeZone) !== r.business_date) return true;
          const m = minutesOfDay(localTimeOf(at, unit.timeZone));
          return !framesOn(r.business_date, unit.businessHours, calendar, unit.alwaysOpen).some(([a, b]) => m >= minutesOfDay(a) && m < minutesOfDay(b));
        });
      expect(outside).toEqual([]);
    }
    // 2026-02-17 is in the Spring Festival holiday: nobody served.
    expect(rows.some((r) => r.business_date === "2026-02-17")).toBe(false);
  });

  it("shows queue figures in the counter's statistics", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/counters/${env.demo.counterIds[0]}/stats?from=${FROM}&to=${TO}` });
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toMatch(/"served":[1-9]/);
  });

  it("records enquiries and complaints in several states, shown in the cases report", async () => {
    const r = await env.call("gzadmin", { method: "GET", url: `/api/v1/cases/report?from=${FROM}&to=${TODAY}` });
    expect(r.status).toBe(200);
    expect(r.body.received).toBeGreaterThan(10);
    expect(r.body.closed).toBeGreaterThan(0);
    const list = await env.call("gzadmin", { method: "GET", url: `/api/v1/cases?limit=500` });
    expect(list.status).toBe(200);
    const states = new Set((list.body.items as Array<{ state: string }>).map((c) => c.state));
    expect(states.size).toBeGreaterThanOrEqual(3);
  });

  it("keeps the daily routine: meetings, inspections, closes (a few missed, with findings), faults", async () => {
    const ex = env.database.db;
    const ids = env.demo.counterIds;
    const closes = await reportingReadRepository.dailyCloses(ex, ids, { from: FROM, to: TO });
    const inspections = await reportingReadRepository.submittedInspections(ex, ids, { from: FROM, to: TO });
    const range = { from: new Date(`${FROM}T00:00:00+08:00`).toISOString(), to: new Date(NOW).toISOString() };
    const faults = await reportingReadRepository.equipmentFaults(ex, ids, range);
    const unit = (await orgUnitRepository.findById(ex, env.demo.provinceId))!;
    const findings = await reportingReadRepository.findings(ex, unit.path, range);
    expect(closes.length).toBeGreaterThan(15);
    expect(inspections.length).toBeGreaterThan(closes.length);
    expect(inspections.some((i) => i.failed_count > 0)).toBe(true);
    expect(faults.length).toBeGreaterThan(0);
    expect(findings.length).toBeGreaterThan(0);
    const meetings = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/meetings?counterId=${ids[0]}` });
    expect(meetings.status).toBe(200);
    expect(JSON.stringify(meetings.body).length).toBeGreaterThan(500);
  });
});
