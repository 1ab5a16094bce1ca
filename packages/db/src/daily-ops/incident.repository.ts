/** D-09 incidents and the reporting-chain notifications of level I (SQL only, no rules). */
import type { IncidentLevel, IncidentStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { IncidentNotificationTable, IncidentTable } from "./schema.js";

export type IncidentRow = IncidentTable;
export type IncidentNotificationRow = IncidentNotificationTable;

export const incidentRepository = {
  async insert(ex: Executor, row: IncidentRow): Promise<void> {
    await ex.insertInto("incidents").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<IncidentRow | undefined> {
    return ex.selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** Open incidents at these counters (oldest id first). */
  async listOpen(ex: Executor, counterIds: readonly string[]): Promise<IncidentRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("incidents").selectAll().where("counter_id", "in", [...counterIds]).where("status", "=", "open").orderBy("id").execute();
  },
  /** The register: latest occurred first, at most 1000 rows; `from`/`to` bound occurred_at (instants). */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; status?: IncidentStatus | undefined; from?: string | undefined; to?: string | undefined }): Promise<IncidentRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("incidents").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.from) q = q.where("occurred_at", ">=", f.from);
    if (f.to) q = q.where("occurred_at", "<=", f.to);
    if (f.status) q = q.where("status", "=", f.status);
    return q.orderBy("occurred_at", "desc").limit(1000).execute();
  },
  /** A timeline entry, and a new level when given. */
  async saveTimeline(ex: Executor, id: string, timeline: string, level?: IncidentLevel): Promise<void> {
    await ex
      .updateTable("incidents")
      .set({ timeline, ...(level ? { level } : {}) })
      .where("id", "=", id)
      .execute();
  },
  /** Close an open incident; false when it was closed meanwhile. */
  async closeOpen(ex: Executor, id: string, c: { closedAt: string; summary: string; timeline: string }): Promise<boolean> {
    const r = await ex
      .updateTable("incidents")
      .set({ status: "closed", closed_at: c.closedAt, summary: c.summary, timeline: c.timeline })
      .where("id", "=", id)
      .where("status", "=", "open")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};

export const incidentNotificationRepository = {
  async insert(ex: Executor, row: IncidentNotificationRow): Promise<void> {
    await ex.insertInto("incident_notifications").values(row).execute();
  },
  /** The notifications of these incidents, in the order they were sent. */
  async listForIncidents(ex: Executor, incidentIds: readonly string[]): Promise<IncidentNotificationRow[]> {
    if (incidentIds.length === 0) return [];
    return ex.selectFrom("incident_notifications").selectAll().where("incident_id", "in", [...incidentIds]).orderBy("notified_at").orderBy("id").execute();
  },
};
