/** Callbacks, samples, rulings, findings, rectifications and alerts of cases. SQL only. */
import type { Executor } from "../shared/database.js";
import type {
  CaseAlertTable,
  CaseCallbackSampleTable,
  CaseCallbackTable,
  CaseFindingTable,
  CaseRectificationTable,
  CaseRulingTable,
} from "./schema.js";

export type CaseCallbackRow = CaseCallbackTable;
export type CaseRulingRow = CaseRulingTable;
export type CaseFindingRow = CaseFindingTable;
export type CaseRectificationRow = CaseRectificationTable;
export type CaseAlertRow = CaseAlertTable;
export type CaseCallbackSampleRow = CaseCallbackSampleTable;

/** Rows whose case is visible under a scope (handling or receiving unit). */
function caseIdsUnder(ex: Executor, path: string) {
  return ex
    .selectFrom("cases")
    .select("cases.id")
    .where((eb) => eb.or([eb("cases.org_path", "like", `${path}%`), eb("cases.origin_path", "like", `${path}%`)]));
}

export const caseWorkRepository = {
  // callbacks (C-10)
  async insertCallback(ex: Executor, row: CaseCallbackRow): Promise<void> {
    await ex.insertInto("case_callbacks").values(row).execute();
  },
  async findCallback(ex: Executor, caseId: string, level: string, orgUnitId: string): Promise<CaseCallbackRow | undefined> {
    return ex.selectFrom("case_callbacks").selectAll().where("case_id", "=", caseId).where("level", "=", level).where("org_unit_id", "=", orgUnitId).executeTakeFirst();
  },
  async updateCallback(ex: Executor, id: string, patch: Partial<CaseCallbackRow>): Promise<void> {
    await ex.updateTable("case_callbacks").set(patch).where("id", "=", id).execute();
  },
  async callbacksOf(ex: Executor, caseId: string): Promise<CaseCallbackRow[]> {
    return ex.selectFrom("case_callbacks").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
  },
  async listCallbacks(ex: Executor, unitPath: string, status?: string, level?: string): Promise<CaseCallbackRow[]> {
    let q = ex
      .selectFrom("case_callbacks")
      .selectAll("case_callbacks")
      .where("org_unit_id", "in", ex.selectFrom("org_units").select("org_units.id").where("org_units.path", "like", `${unitPath}%`));
    if (status) q = q.where("status", "=", status);
    if (level) q = q.where("level", "=", level);
    return q.orderBy("status", "desc").orderBy("due_at").orderBy("id").limit(1000).execute();
  },
  async insertSample(ex: Executor, row: CaseCallbackSampleRow): Promise<void> {
    await ex.insertInto("case_callback_samples").values(row).execute();
  },

  // rulings (C-12, C-13)
  async insertRuling(ex: Executor, row: CaseRulingRow): Promise<void> {
    await ex.insertInto("case_rulings").values(row).execute();
  },
  async rulingOf(ex: Executor, caseId: string): Promise<CaseRulingRow | undefined> {
    return ex.selectFrom("case_rulings").selectAll().where("case_id", "=", caseId).executeTakeFirst();
  },
  async updateRuling(ex: Executor, id: string, patch: Partial<CaseRulingRow>): Promise<void> {
    await ex.updateTable("case_rulings").set(patch).where("id", "=", id).execute();
  },
  async listRulings(ex: Executor, scopePath: string, appealStatus?: string): Promise<CaseRulingRow[]> {
    let q = ex.selectFrom("case_rulings").selectAll().where("case_id", "in", caseIdsUnder(ex, scopePath));
    if (appealStatus) q = q.where("appeal_status", "=", appealStatus);
    return q.orderBy("ruled_at", "desc").limit(1000).execute();
  },

  // findings and rectification (C-07, C-14)
  async insertFinding(ex: Executor, row: CaseFindingRow): Promise<void> {
    await ex.insertInto("case_findings").values(row).execute();
  },
  async findingsOf(ex: Executor, caseId: string): Promise<CaseFindingRow[]> {
    return ex.selectFrom("case_findings").selectAll().where("case_id", "=", caseId).orderBy("raised_at").orderBy("id").execute();
  },
  async listFindings(ex: Executor, scopePath: string): Promise<CaseFindingRow[]> {
    return ex.selectFrom("case_findings").selectAll().where("case_id", "in", caseIdsUnder(ex, scopePath)).orderBy("raised_at", "desc").limit(2000).execute();
  },
  async insertRectification(ex: Executor, row: CaseRectificationRow): Promise<void> {
    await ex.insertInto("case_rectifications").values(row).execute();
  },
  async updateRectification(ex: Executor, id: string, patch: Partial<CaseRectificationRow>): Promise<void> {
    await ex.updateTable("case_rectifications").set(patch).where("id", "=", id).execute();
  },
  async rectificationsOf(ex: Executor, caseId: string): Promise<CaseRectificationRow[]> {
    return ex.selectFrom("case_rectifications").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
  },
  async listRectifications(ex: Executor, scopePath: string, status?: string): Promise<CaseRectificationRow[]> {
    let q = ex.selectFrom("case_rectifications").selectAll().where("case_id", "in", caseIdsUnder(ex, scopePath));
    if (status) q = q.where("status", "=", status);
    return q.orderBy("due_date").orderBy("id").limit(2000).execute();
  },

  // alerts (sweeper)
  async alertKeysOf(ex: Executor, caseIds: readonly string[]): Promise<Array<{ case_id: string; key: string }>> {
    if (caseIds.length === 0) return [];
    const out: Array<{ case_id: string; key: string }> = [];
    for (let i = 0; i < caseIds.length; i += 500) {
      out.push(...(await ex.selectFrom("case_alerts").select(["case_id", "key"]).where("case_id", "in", caseIds.slice(i, i + 500)).execute()));
    }
    return out;
  },
  async insertAlert(ex: Executor, row: CaseAlertRow): Promise<void> {
    await ex.insertInto("case_alerts").values(row).execute();
  },
  async listAlerts(ex: Executor, unitPath: string, limit: number): Promise<CaseAlertRow[]> {
    return ex
      .selectFrom("case_alerts")
      .selectAll()
      .where("org_unit_id", "in", ex.selectFrom("org_units").select("org_units.id").where("org_units.path", "like", `${unitPath}%`))
      .orderBy("raised_at", "desc")
      .limit(limit)
      .execute();
  },
};
