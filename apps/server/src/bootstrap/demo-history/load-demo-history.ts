/**
 * Demo history (issue 10 item 8; CCMS_DEMO_HISTORY_DAYS, default 90 with CCMS_DEMO=1): the past
 * business days of the demo counters, so that every report, dashboard and list shows data on first
 * start. Deterministic: a seeded PRNG and dates relative to the clock's today. Bulk rows go through
 * the typed repositories in one transaction per module; cases go through the case use cases on a
 * clock set to each step's instant (states and deadlines as the rules compute them).
 */
import { orgUnitRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { pastBusinessDays } from "./business-days.js";
import { SeededRandom } from "./seeded-random.js";
import { demoPrincipal, generateCases } from "./enquiries-and-complaints.js";
import { planFaultsAndIncidents } from "./faults-and-incidents.js";
import { planDailyRoutine } from "./meetings-handovers-and-closes.js";
import { generateServedTickets } from "./served-tickets.js";
import { runTimeline } from "./timeline.js";

/**
 * Records written through the use cases (one transaction and audit entry each) cover the most recent
 * business days only, to keep the first boot within a few seconds; tickets (bulk rows) cover them all.
 */
const ROUTINE_BUSINESS_DAYS = 15;
const CASE_BUSINESS_DAYS = 30;

export interface DemoHistorySummary {
  days: number;
  tickets: number;
  cases: number;
  caseStepsRefused: number;
  routineSteps: number;
  routineStepsRefused: number;
  ms: number;
}

async function userIds(ctx: AppContext, usernames: readonly string[]): Promise<Array<{ id: string; username: string; name: string }>> {
  const out: Array<{ id: string; username: string; name: string }> = [];
  for (const username of usernames) {
    const u = await userRepository.findByUsername(ctx.database.db, username);
    if (u) out.push({ id: u.id, username, name: u.displayName });
  }
  return out;
}

/** The demo counters [天河, 越秀] (DemoOrg of ../demo.ts, named here to keep the import one-way). */
export interface DemoCounters {
  counterIds: readonly string[];
}

export async function loadDemoHistory(ctx: AppContext, org: DemoCounters, days: number): Promise<DemoHistorySummary> {
  const started = performance.now();
  const today = ctx.clock.now();
  const ex = ctx.database.db;
  const summary: DemoHistorySummary = { days, tickets: 0, cases: 0, caseStepsRefused: 0, routineSteps: 0, routineStepsRefused: 0, ms: 0 };
  const [tianheId, yuexiuId] = org.counterIds;
  const tianhe = tianheId ? await orgUnitRepository.findById(ex, tianheId) : undefined;
  const yuexiu = yuexiuId ? await orgUnitRepository.findById(ex, yuexiuId) : undefined;
  if (!tianhe || !yuexiu || days <= 0) return summary;
  const counters = [
    { counter: tianhe, days: await pastBusinessDays(ex, tianhe, today, days), tellers: await userIds(ctx, ["teller1", "teller2", "teller3", "duty"]), arrivalsPerHour: 11 },
    { counter: yuexiu, days: await pastBusinessDays(ex, yuexiu, today, days), tellers: await userIds(ctx, ["yxteller", "yxmanager"]), arrivalsPerHour: 6 },
  ];
  await ctx.tx(async (tx) => {
    for (const c of counters) {
      const rng = new SeededRandom(`tickets:${c.counter.code}`);
      summary.tickets += (await generateServedTickets(tx, rng, c)).length;
    }
  });
  const [teller1, teller2, teller3, manager, duty, guide, yxteller, yxmanager] = await Promise.all(
    ["teller1", "teller2", "teller3", "manager", "duty", "guide", "yxteller", "yxmanager"].map((u) => demoPrincipal(ctx, u)),
  );
  if (teller1 && teller2 && teller3 && manager && duty && guide && yxteller && yxmanager) {
    const steps = [
      ...(await planDailyRoutine(ex, new SeededRandom(`routine:${tianhe.code}`), { counter: tianhe, days: counters[0]!.days.slice(-ROUTINE_BUSINESS_DAYS), manager, duty, staff: [duty, teller1, teller2, teller3, guide] })),
      ...(await planDailyRoutine(ex, new SeededRandom(`routine:${yuexiu.code}`), { counter: yuexiu, days: counters[1]!.days.slice(-ROUTINE_BUSINESS_DAYS), manager: yxmanager, duty: undefined, staff: [yxteller] })),
      ...(await planFaultsAndIncidents(ex, new SeededRandom(`faults:${tianhe.code}`), { counter: tianhe, days: counters[0]!.days.slice(-2 * ROUTINE_BUSINESS_DAYS), reporter: duty, manager })),
    ];
    const routine = await runTimeline(ctx, steps);
    summary.routineSteps = routine.done;
    summary.routineStepsRefused = routine.refused;
    const cases = await generateCases(ctx, (code) => new SeededRandom(`cases:${code}`), [
      { counter: tianhe, days: counters[0]!.days.slice(-CASE_BUSINESS_DAYS), perDay: 1, first: teller1, manager },
      { counter: yuexiu, days: counters[1]!.days.slice(-CASE_BUSINESS_DAYS), perDay: 0.4, first: yxteller, manager: yxmanager },
    ]);
    summary.cases = cases.cases;
    summary.caseStepsRefused = cases.refused;
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
