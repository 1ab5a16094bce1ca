/** D-06 the close of a counter's business date; after 日清日结 no ticket is issued for that day. */
import { assertBusinessDayOpen, localDateOf } from "@ccms/core";
import { type Executor, type OrgUnit, dailyCloseRepository } from "@ccms/db";

/** The close of a counter's business date, or null. */
export async function closeOfDay(ex: Executor, counterId: string, businessDate: string): Promise<{ id: string; businessDate: string } | null> {
  const row = await dailyCloseRepository.findOfDay(ex, counterId, businessDate);
  return row ? { id: row.id, businessDate: row.business_date } : null;
}

/** D-06 after 日清日结 no ticket is issued for that business day (409 business_day_closed). */
export async function assertDayNotClosed(ex: Executor, counter: OrgUnit, now: Date): Promise<void> {
  assertBusinessDayOpen(await closeOfDay(ex, counter.id, localDateOf(now, counter.timeZone)));
}
