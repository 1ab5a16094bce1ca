/** Issue 14 item 3 forecast inputs: a counter's ticket arrivals and handling times, the manager's overrides (migration 025). SQL only. */
import type { Kysely, Transaction } from "kysely";
import type { Executor } from "../shared/database.js";

export interface PeopleForecastOverrideTable {
  org_unit_id: string;
  date: string;
  business_type: string;
  interval_start: string;
  arrivals: number;
  updated_by: string;
  updated_at: string;
}
interface TicketsRef {
  counter_id: string;
  business_date: string;
  business_type: string;
  original_issued_at: string;
  started_at: string | null;
  finished_at: string | null;
  transferred_from_id: string | null;
}
interface ForecastTables {
  people_forecast_overrides: PeopleForecastOverrideTable;
  queue_tickets: TicketsRef;
}
type Ex = Kysely<ForecastTables> | Transaction<ForecastTables>;
const on = (ex: Executor): Ex => ex as unknown as Ex;

export const forecastRepository = {
  /** Arrivals (tickets issued, transfers not counted twice) of a counter on the given business dates. */
  async arrivals(ex: Executor, counterId: string, dates: readonly string[]): Promise<Array<{ businessDate: string; businessType: string; issuedAt: string }>> {
    if (dates.length === 0) return [];
    const rows = await on(ex)
      .selectFrom("queue_tickets")
      .select(["business_date", "business_type", "original_issued_at"])
      .where("counter_id", "=", counterId)
      .where("business_date", "in", [...dates])
      .where("transferred_from_id", "is", null)
      .limit(200_000)
      .execute();
    return rows.map((r) => ({ businessDate: r.business_date, businessType: r.business_type, issuedAt: r.original_issued_at }));
  },
  /** Start and end of the served tickets on the given dates (for the average handling time). */
  async servedTimes(ex: Executor, counterId: string, dates: readonly string[]): Promise<Array<{ startedAt: string; finishedAt: string }>> {
    if (dates.length === 0) return [];
    const rows = await on(ex)
      .selectFrom("queue_tickets")
      .select(["started_at", "finished_at"])
      .where("counter_id", "=", counterId)
      .where("business_date", "in", [...dates])
      .where("started_at", "is not", null)
      .where("finished_at", "is not", null)
      .limit(200_000)
      .execute();
    return rows.map((r) => ({ startedAt: r.started_at!, finishedAt: r.finished_at! }));
  },
  async overrides(ex: Executor, orgUnitId: string, dates: readonly string[]): Promise<PeopleForecastOverrideTable[]> {
    if (dates.length === 0) return [];
    return on(ex).selectFrom("people_forecast_overrides").selectAll().where("org_unit_id", "=", orgUnitId).where("date", "in", [...dates]).orderBy("date").orderBy("interval_start").orderBy("business_type").execute();
  },
  async upsertOverride(ex: Executor, row: PeopleForecastOverrideTable): Promise<void> {
    await on(ex)
      .deleteFrom("people_forecast_overrides")
      .where("org_unit_id", "=", row.org_unit_id)
      .where("date", "=", row.date)
      .where("business_type", "=", row.business_type)
      .where("interval_start", "=", row.interval_start)
      .execute();
    await on(ex).insertInto("people_forecast_overrides").values(row).execute();
  },
};
