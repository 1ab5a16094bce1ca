/**
 * seed 000 §七(一)4 skill assessments, §七(二)2 service-quality checks and Q-12 service phrases
 * (migration 021). SQL only; the summaries are what the quarterly scorecard reads per person.
 */
import type { Executor } from "../shared/database.js";
import type { PeopleQualityCheckTable, PeopleServicePhraseTable, PeopleSkillAssessmentTable } from "./ledger.schema.js";

export type SkillAssessmentRow = PeopleSkillAssessmentTable;
export type QualityCheckRow = PeopleQualityCheckTable;
export type ServicePhraseRow = PeopleServicePhraseTable;

/** Per person over a date range: checks made, failed, average score (rounded), forbidden phrases heard. */
export interface QualitySummary {
  checks: number;
  failed: number;
  averageScore: number;
  forbiddenPhrases: number;
}

export const qualityRepository = {
  async listPhrases(ex: Executor): Promise<ServicePhraseRow[]> {
    return ex.selectFrom("people_service_phrases").selectAll().where("active", "=", 1).orderBy("sort").execute();
  },
  async findSkillAssessment(ex: Executor, userId: string, period: string): Promise<SkillAssessmentRow | undefined> {
    return ex.selectFrom("people_skill_assessments").selectAll().where("user_id", "=", userId).where("period", "=", period).executeTakeFirst();
  },
  async insertSkillAssessment(ex: Executor, row: SkillAssessmentRow): Promise<void> {
    await ex.insertInto("people_skill_assessments").values(row).execute();
  },
  async updateSkillAssessment(ex: Executor, id: string, patch: Partial<Omit<SkillAssessmentRow, "id" | "user_id" | "period">>): Promise<void> {
    await ex.updateTable("people_skill_assessments").set(patch).where("id", "=", id).execute();
  },
  async listSkillAssessments(ex: Executor, f: { orgUnitIds: readonly string[]; period?: string; userId?: string }): Promise<SkillAssessmentRow[]> {
    if (f.orgUnitIds.length === 0) return [];
    let q = ex.selectFrom("people_skill_assessments").selectAll().where("org_unit_id", "in", [...f.orgUnitIds]);
    if (f.period) q = q.where("period", "=", f.period);
    if (f.userId) q = q.where("user_id", "=", f.userId);
    return q.orderBy("period", "desc").orderBy("assessed_at", "desc").execute();
  },
  /** Skill average per person for one period (e.g. 2026-Q4), for the scorecard. */
  async skillAveragesByUser(ex: Executor, f: { orgUnitIds: readonly string[]; period: string }): Promise<Map<string, number>> {
    const rows = await this.listSkillAssessments(ex, f);
    return new Map(rows.map((r) => [r.user_id, r.average]));
  },
  async insertQualityCheck(ex: Executor, row: QualityCheckRow): Promise<void> {
    await ex.insertInto("people_quality_checks").values(row).execute();
  },
  async listQualityChecks(ex: Executor, f: { orgUnitIds: readonly string[]; from?: string; to?: string; userId?: string }): Promise<QualityCheckRow[]> {
    if (f.orgUnitIds.length === 0) return [];
    let q = ex.selectFrom("people_quality_checks").selectAll().where("org_unit_id", "in", [...f.orgUnitIds]);
    if (f.from) q = q.where("checked_on", ">=", f.from);
    if (f.to) q = q.where("checked_on", "<=", f.to);
    if (f.userId) q = q.where("user_id", "=", f.userId);
    return q.orderBy("checked_on", "desc").orderBy("created_at", "desc").execute();
  },
  /** Quality checks per person in [from, to] (dates inclusive; a quarter is its first to last day). */
  async qualitySummaryByUser(ex: Executor, f: { orgUnitIds: readonly string[]; from: string; to: string }): Promise<Map<string, QualitySummary>> {
    const rows = await this.listQualityChecks(ex, f);
    const acc = new Map<string, { checks: number; failed: number; sum: number; phrases: number }>();
    for (const r of rows) {
      const a = acc.get(r.user_id) ?? { checks: 0, failed: 0, sum: 0, phrases: 0 };
      a.checks++;
      if (!r.passed) a.failed++;
      a.sum += r.score;
      a.phrases += (JSON.parse(r.forbidden_phrases) as unknown[]).length;
      acc.set(r.user_id, a);
    }
    return new Map([...acc].map(([u, a]) => [u, { checks: a.checks, failed: a.failed, averageScore: Math.round(a.sum / a.checks), forbiddenPhrases: a.phrases }]));
  },
};
