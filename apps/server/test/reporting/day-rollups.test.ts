/**
 * I-04 daily roll-ups (issue 13 item 4): a settled day's queue facts are stored once and read instead of
 * its tickets; a write to one of the day's tickets, or new limits, make the report recompute the day;
 * reports read from roll-ups equal reports read from the tickets.
 */
import { PeriodicReport } from "@ccms/contracts";
import { ticketDayFactsRepository, ticketRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollUpRecentDays } from "../../src/modules/reporting/roll-up-recent-days.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { type Seeded, seedReportingData } from "./reporting-seed.js";

const kpi = (r: PeriodicReport, id: string) => r.kpis.find((k) => k.id === id)!.value;
const report = async (env: TestEnv, unitId: string) => {
  const r = await env.call("gzadmin", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${unitId}&period=monthly&date=2026-03-15` });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return PeriodicReport.parse(r.body);
};

describe(`I-04 daily roll-ups of queue facts (${ENGINE})`, () => {
  let env: TestEnv;
  let s: Seeded;
  beforeAll(async () => {
    env = await createTestEnv(); // clock: Tuesday 2026-03-10, Asia/Shanghai
    s = await seedReportingData(env);
  });
  afterAll(async () => env?.close());

  it("I-04 settled days are stored once (empty days too), today is not; a second report reads them and gives the same figures", async () => {
    const first = await report(env, env.demo.cityId);
    const th = await ticketDayFactsRepository.list(env.database.db, [s.th], "2026-03-01", "2026-03-31");
    const days = [...new Set(th.map((r) => r.business_date))].sort();
    expect(days[0]).toBe("2026-03-01");
    expect(days.at(-1)).toBe("2026-03-09"); // 03-10 is today, later days are not over
    expect(days).toHaveLength(9);
    // 2026-03-09 at 天河: window 1 / teller 1 and window 2 / teller 2
    expect(th.filter((r) => r.business_date === "2026-03-09").map((r) => [r.window_id, r.served_by]).sort()).toEqual([[s.thWindow1.id, s.teller1], [s.thWindow2.id, s.teller2]].sort());
    const second = await report(env, env.demo.cityId);
    expect(second.kpis).toEqual(first.kpis);
    expect(kpi(second, "ticketsIssued")).toBe(5);
  });

  it("I-04 a write to one of a settled day's tickets drops that day's roll-up and the report shows the change", async () => {
    const before = await report(env, s.th);
    expect(kpi(before, "satisfactionRate")).toBe(66.7); // 5, 3 on Monday and 5 on Sunday
    const unrated = (await ticketRepository.listInRange(env.database.db, { counterId: s.th, from: "2026-03-09", to: "2026-03-09" }));
    const noShow = unrated.find((t) => t.status === "noShow");
    expect(noShow).toBeDefined();
    expect(await ticketRepository.rate(env.database.db, noShow!.id, 2, null, "2026-03-10T01:00:00.000Z")).toBe(true);
    expect(await ticketDayFactsRepository.list(env.database.db, [s.th], "2026-03-09", "2026-03-09")).toEqual([]);
    const after = await report(env, s.th);
    expect(kpi(after, "satisfactionRate")).toBe(50); // 5, 3, 2, 5
    expect((await ticketDayFactsRepository.list(env.database.db, [s.th], "2026-03-09", "2026-03-09")).length).toBe(2);
  });

  it("I-04 new limits recompute the stored days with the counter's new wait target", async () => {
    const before = await report(env, s.th);
    expect(kpi(before, "waitWithinTargetRate")).toBe(50); // waits 10, 30, 5, 20 against 15 minutes
    const put = await env.call("manager", { method: "PUT", url: `/api/v1/counters/${s.th}/queue-settings`, payload: { waitTargetMinutes: 30 } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const after = await report(env, s.th);
    expect(kpi(after, "waitWithinTargetRate")).toBe(100);
    const rows = await ticketDayFactsRepository.list(env.database.db, [s.th], "2026-03-09", "2026-03-09");
    expect(new Set(rows.map((r) => r.basis))).toEqual(new Set(["30|15|Asia/Shanghai"]));
  });

  it("I-04 the roll-up job restores a dropped day of the last week for every counter without a reader", async () => {
    const ticket = (await ticketRepository.listInRange(env.database.db, { counterId: s.yx, from: "2026-03-09", to: "2026-03-09" }))[0]!;
    await ticketRepository.transition(env.database.db, ticket.id, ticket.status, { updated_at: "2026-03-10T01:30:00.000Z" });
    expect(await ticketDayFactsRepository.list(env.database.db, [s.yx], "2026-03-09", "2026-03-09")).toEqual([]);
    expect(await rollUpRecentDays(env.ctx)).toBeGreaterThanOrEqual(2);
    const rows = await ticketDayFactsRepository.list(env.database.db, [s.yx], "2026-03-03", "2026-03-09");
    expect(new Set(rows.map((r) => r.business_date)).size).toBe(7);
  });
});
