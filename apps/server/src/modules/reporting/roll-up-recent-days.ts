/**
 * Keeps the daily roll-ups current without waiting for a reader (issue 13 item 4): every run rolls up
 * the settled days of the last week that have no valid roll-up yet, for every counter, 50 counters at a
 * time, so a province's month is read from roll-ups the morning after.
 */
import { addDays, localDateOf } from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { queueDayGroups } from "./queue-day-groups.js";

export async function rollUpRecentDays(ctx: AppContext, days = 7): Promise<number> {
  const root = await orgUnitRepository.findRoot(ctx.database.db);
  if (!root) return 0;
  const counters = (await orgUnitRepository.listSubtree(ctx.database.db, root.path)).filter((u) => u.kind === "counter");
  const today = localDateOf(ctx.clock.now(), root.timeZone);
  for (let i = 0; i < counters.length; i += 50) {
    await queueDayGroups(ctx, counters.slice(i, i + 50), { from: addDays(today, -days), to: addDays(today, -1) });
  }
  return counters.length;
}
