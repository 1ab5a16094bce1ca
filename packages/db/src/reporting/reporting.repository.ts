/**
 * Read-only queries of the reporting module (I-04; issue 16 item 2): the raw rows of a set of
 * counters or a unit subtree over local business dates (tickets, daily-ops) or UTC instants (cases,
 * findings, faults). Only the columns the indicators need; no rules here (core computes the facts).
 */
import type { Executor } from "../shared/database.js";

export interface ReportTicketRow {
  number: string;
  business_type: string;
  priority: string;
  counter_id: string;
  business_date: string;
  status: string;
  original_issued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  transferred_from_id: string | null;
  rating_score: number | null;
  window_id: string | null;
  window_number: number | null;
  served_by: string | null;
}

export interface ReportCaseRow {
  id: string;
  kind: string;
  cause: string | null;
  org_unit_id: string;
  org_path: string;
  origin_unit_id: string;
  origin_path: string;
  received_at: string;
  deadlines: string;
}

export interface ReportUnitEventRow {
  unit_id: string;
  at: string;
}

export interface ReportCallbackRow {
  org_unit_id: string;
  status: string;
  created_at: string;
}

export interface ReportInspectionRow {
  counter_id: string;
  business_date: string;
  score: number | null;
  failed_count: number;
}

export interface ReportDailyCloseRow {
  counter_id: string;
  business_date: string;
}

export interface ReportDateRange {
  /** Local business dates, inclusive. */
  from: string;
  to: string;
}

export interface ReportInstantRange {
  /** UTC ISO instants, [from, to). */
  from: string;
  to: string;
}

const subtreeUnitIds = (ex: Executor, unitPath: string) => ex.selectFrom("org_units").select("org_units.id").where("org_units.path", "like", `${unitPath}%`);

export interface ReportQueueLimitRow {
  counter_id: string;
  wait_target_minutes: number;
  handling_limit_minutes: number;
}

export interface ReportUserNameRow {
  id: string;
  display_name: string;
}

export const reportingReadRepository = {
  /** each counter's own limits (counters without settings use the defaults). */
  async queueLimits(ex: Executor, counterIds: readonly string[]): Promise<ReportQueueLimitRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("queue_settings").select(["counter_id", "wait_target_minutes", "handling_limit_minutes"]).where("counter_id", "in", counterIds).execute();
  },

  /** Business type names per counter (Q-01; each counter has its own list). */
  async businessTypeNames(ex: Executor, counterIds: readonly string[]): Promise<Array<{ counter_id: string; code: string; name_zh: string }>> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("queue_business_types").select(["counter_id", "code", "name_zh"]).where("counter_id", "in", counterIds).execute();
  },

  /** Names of the tellers who served (names, never ids, on a screen). */
  async userNames(ex: Executor, ids: readonly string[]): Promise<ReportUserNameRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom("users").select(["id", "display_name"]).where("id", "in", ids).execute();
  },

  async tickets(ex: Executor, counterIds: readonly string[], r: ReportDateRange): Promise<ReportTicketRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("queue_tickets")
      .select(["number", "business_type", "priority", "counter_id", "business_date", "status", "original_issued_at", "called_at", "started_at", "finished_at", "transferred_from_id", "rating_score", "window_id", "window_number", "served_by"])
      .where("counter_id", "in", counterIds)
      .where("business_date", ">=", r.from)
      .where("business_date", "<=", r.to)
      .orderBy("original_issued_at")
      .execute();
  },

  /** Cases received in the range that were received in, or are handled in, the unit's subtree. */
  async cases(ex: Executor, unitPath: string, r: ReportInstantRange): Promise<ReportCaseRow[]> {
    return ex
      .selectFrom("cases")
      .select(["id", "kind", "cause", "org_unit_id", "org_path", "origin_unit_id", "origin_path", "received_at", "deadlines"])
      .where((eb) => eb.or([eb("origin_path", "like", `${unitPath}%`), eb("org_path", "like", `${unitPath}%`)]))
      .where("received_at", ">=", r.from)
      .where("received_at", "<", r.to)
      .orderBy("received_at")
      .execute();
  },

  /** C-10 callbacks owed by the responsible units (not the upper level's samples) created in the range. */
  async unitCallbacks(ex: Executor, unitPath: string, r: ReportInstantRange): Promise<ReportCallbackRow[]> {
    return ex
      .selectFrom("case_callbacks")
      .select(["org_unit_id", "status", "created_at"])
      .where("org_unit_id", "in", subtreeUnitIds(ex, unitPath))
      .where("level", "!=", "upper")
      .where("created_at", ">=", r.from)
      .where("created_at", "<", r.to)
      .execute();
  },

  async submittedInspections(ex: Executor, counterIds: readonly string[], r: ReportDateRange): Promise<ReportInspectionRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("inspections")
      .select(["counter_id", "business_date", "score", "failed_count"])
      .where("counter_id", "in", counterIds)
      .where("status", "=", "submitted")
      .where("business_date", ">=", r.from)
      .where("business_date", "<=", r.to)
      .execute();
  },

  async dailyCloses(ex: Executor, counterIds: readonly string[], r: ReportDateRange): Promise<ReportDailyCloseRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("daily_closes")
      .select(["counter_id", "business_date"])
      .where("counter_id", "in", counterIds)
      .where("business_date", ">=", r.from)
      .where("business_date", "<=", r.to)
      .execute();
  },

  async equipmentFaults(ex: Executor, counterIds: readonly string[], r: ReportInstantRange): Promise<ReportUnitEventRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("equipment_faults")
      .select(["counter_id as unit_id", "reported_at as at"])
      .where("counter_id", "in", counterIds)
      .where("reported_at", ">=", r.from)
      .where("reported_at", "<", r.to)
      .execute();
  },

  /** Control findings and case findings raised in the unit's subtree in the range. */
  async findings(ex: Executor, unitPath: string, r: ReportInstantRange): Promise<ReportUnitEventRow[]> {
    const [control, cases] = await Promise.all([
      ex
        .selectFrom("control_findings")
        .select(["org_unit_id as unit_id", "created_at as at"])
        .where("org_unit_id", "in", subtreeUnitIds(ex, unitPath))
        .where("created_at", ">=", r.from)
        .where("created_at", "<", r.to)
        .execute(),
      ex
        .selectFrom("case_findings")
        .select(["org_unit_id as unit_id", "raised_at as at"])
        .where("org_unit_id", "in", subtreeUnitIds(ex, unitPath))
        .where("raised_at", ">=", r.from)
        .where("raised_at", "<", r.to)
        .execute(),
    ]);
    return [...control, ...cases];
  },
};
