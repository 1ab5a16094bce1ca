/** D-14 urgent events' upward reports (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { UrgentEventReportTable } from "./relief.schema.js";

export type UrgentEventReportRow = UrgentEventReportTable;

export const urgentEventRepository = {
  async insert(ex: Executor, row: UrgentEventReportRow): Promise<void> {
    await ex.insertInto("urgent_event_reports").values(row).execute();
  },
  findByIncident(ex: Executor, incidentId: string): Promise<UrgentEventReportRow | undefined> {
    return ex.selectFrom("urgent_event_reports").selectAll().where("incident_id", "=", incidentId).executeTakeFirst();
  },
  async listForCounters(ex: Executor, counterIds: readonly string[], openOnly: boolean): Promise<UrgentEventReportRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("urgent_event_reports").selectAll().where("counter_id", "in", [...counterIds]);
    if (openOnly) q = q.where("acknowledged_at", "is", null);
    return q.orderBy("reported_at", "desc").limit(1000).execute();
  },
  /** Unacknowledged, not yet escalated reports whose deadline is before `now`. */
  listOverdue(ex: Executor, now: string): Promise<UrgentEventReportRow[]> {
    return ex.selectFrom("urgent_event_reports").selectAll().where("acknowledged_at", "is", null).where("escalated_at", "is", null).where("deadline_at", "<", now).orderBy("deadline_at").limit(500).execute();
  },
  /** Acknowledge; false when acknowledged meanwhile. */
  async acknowledge(ex: Executor, incidentId: string, a: { by: string; at: string; note: string | null }): Promise<boolean> {
    const r = await ex
      .updateTable("urgent_event_reports")
      .set({ acknowledged_by: a.by, acknowledged_at: a.at, ack_note: a.note })
      .where("incident_id", "=", incidentId)
      .where("acknowledged_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** Mark escalated once; false when escalated or acknowledged meanwhile. */
  async escalate(ex: Executor, incidentId: string, e: { at: string; toUnitId: string }): Promise<boolean> {
    const r = await ex
      .updateTable("urgent_event_reports")
      .set({ escalated_at: e.at, escalated_to_unit_id: e.toUnitId })
      .where("incident_id", "=", incidentId)
      .where("acknowledged_at", "is", null)
      .where("escalated_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
