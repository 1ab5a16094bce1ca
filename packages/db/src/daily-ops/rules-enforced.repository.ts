/** Repositories of migration 011: service targets, reopened closes, service alerts (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { CounterServiceTargetsTable, DailyCloseReopenTable, ServiceAlertTable } from "./rules-enforced.schema.js";

export const serviceTargetsRepository = {
  find(ex: Executor, counterId: string): Promise<CounterServiceTargetsTable | undefined> {
    return ex.selectFrom("counter_service_targets").selectAll().where("counter_id", "=", counterId).executeTakeFirst();
  },
  async upsert(ex: Executor, row: CounterServiceTargetsTable): Promise<void> {
    const n = await ex.updateTable("counter_service_targets").set(row).where("counter_id", "=", row.counter_id).executeTakeFirst();
    if (Number(n.numUpdatedRows) === 0) await ex.insertInto("counter_service_targets").values(row).execute();
  },
};

export const dailyCloseReopenRepository = {
  insert(ex: Executor, row: DailyCloseReopenTable) {
    return ex.insertInto("daily_close_reopens").values(row).execute();
  },
  list(ex: Executor, counterId: string, businessDate?: string): Promise<DailyCloseReopenTable[]> {
    let q = ex.selectFrom("daily_close_reopens").selectAll().where("counter_id", "=", counterId);
    if (businessDate) q = q.where("business_date", "=", businessDate);
    return q.orderBy("reopened_at").execute();
  },
};

export const serviceAlertRepository = {
  /** Insert unless the same (counter, day, kind, key) exists; true when inserted (a new alert). */
  async insertOnce(ex: Executor, row: ServiceAlertTable): Promise<boolean> {
    const exists = await ex
      .selectFrom("service_alerts")
      .select("id")
      .where("counter_id", "=", row.counter_id)
      .where("business_date", "=", row.business_date)
      .where("kind", "=", row.kind)
      .where("alert_key", "=", row.alert_key)
      .executeTakeFirst();
    if (exists) return false;
    await ex.insertInto("service_alerts").values(row).execute();
    return true;
  },
  listForDay(ex: Executor, counterId: string, businessDate: string): Promise<ServiceAlertTable[]> {
    return ex.selectFrom("service_alerts").selectAll().where("counter_id", "=", counterId).where("business_date", "=", businessDate).orderBy("raised_at").execute();
  },
};
