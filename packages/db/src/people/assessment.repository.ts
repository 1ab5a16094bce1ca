/** P-14 scorecard templates, assessment runs and cards (migration 020). SQL only: rules live in core. */
import type { Executor } from "../shared/database.js";
import type { PeopleAssessmentRunTable, PeopleScorecardTable, PeopleScorecardTemplateTable } from "./assessment.schema.js";

export type ScorecardTemplateRow = PeopleScorecardTemplateTable;
export type AssessmentRunRow = PeopleAssessmentRunTable;
export type ScorecardRow = PeopleScorecardTable;

export const scorecardTemplateRepository = {
  async list(ex: Executor, f: { post?: string | undefined; includeSuperseded?: boolean } = {}): Promise<ScorecardTemplateRow[]> {
    let q = ex.selectFrom("people_scorecard_templates").selectAll();
    if (f.post) q = q.where("post", "=", f.post);
    if (!f.includeSuperseded) q = q.where("status", "!=", "superseded");
    return q.orderBy("post").orderBy("version", "desc").execute();
  },
  async findById(ex: Executor, id: string): Promise<ScorecardTemplateRow | undefined> {
    return ex.selectFrom("people_scorecard_templates").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByIds(ex: Executor, ids: readonly string[]): Promise<ScorecardTemplateRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom("people_scorecard_templates").selectAll().where("id", "in", [...ids]).execute();
  },
  async activeOf(ex: Executor): Promise<ScorecardTemplateRow[]> {
    return ex.selectFrom("people_scorecard_templates").selectAll().where("status", "=", "active").execute();
  },
  async latestVersion(ex: Executor, post: string): Promise<number> {
    const r = await ex.selectFrom("people_scorecard_templates").select((eb) => eb.fn.max<number>("version").as("v")).where("post", "=", post).executeTakeFirst();
    return Number(r?.v ?? 0);
  },
  async insert(ex: Executor, row: ScorecardTemplateRow): Promise<void> {
    await ex.insertInto("people_scorecard_templates").values(row).execute();
  },
  /** The post's earlier active or draft versions become superseded. */
  async supersede(ex: Executor, post: string, exceptId: string): Promise<void> {
    await ex.updateTable("people_scorecard_templates").set({ status: "superseded" }).where("post", "=", post).where("id", "!=", exceptId).where("status", "in", ["active", "draft"]).execute();
  },
};

export const assessmentRunRepository = {
  async find(ex: Executor, orgUnitId: string, quarter: string): Promise<AssessmentRunRow | undefined> {
    return ex.selectFrom("people_assessment_runs").selectAll().where("org_unit_id", "=", orgUnitId).where("quarter", "=", quarter).executeTakeFirst();
  },
  async findById(ex: Executor, id: string): Promise<AssessmentRunRow | undefined> {
    return ex.selectFrom("people_assessment_runs").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async insert(ex: Executor, row: AssessmentRunRow): Promise<void> {
    await ex.insertInto("people_assessment_runs").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Omit<AssessmentRunRow, "id">>): Promise<void> {
    await ex.updateTable("people_assessment_runs").set(patch).where("id", "=", id).execute();
  },
};

export const scorecardRepository = {
  async listByRun(ex: Executor, runId: string): Promise<ScorecardRow[]> {
    return ex.selectFrom("people_scorecards").selectAll().where("run_id", "=", runId).execute();
  },
  async listByUser(ex: Executor, userId: string): Promise<ScorecardRow[]> {
    return ex.selectFrom("people_scorecards").selectAll().where("user_id", "=", userId).orderBy("quarter").execute();
  },
  /** Cards of some units over quarters (e.g. a year's four), any state. */
  async listByUnitsQuarters(ex: Executor, orgUnitIds: readonly string[], quarters: readonly string[]): Promise<ScorecardRow[]> {
    if (orgUnitIds.length === 0 || quarters.length === 0) return [];
    return ex.selectFrom("people_scorecards").selectAll().where("org_unit_id", "in", [...orgUnitIds]).where("quarter", "in", [...quarters]).execute();
  },
  async findById(ex: Executor, id: string): Promise<ScorecardRow | undefined> {
    return ex.selectFrom("people_scorecards").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async insert(ex: Executor, row: ScorecardRow): Promise<void> {
    await ex.insertInto("people_scorecards").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Omit<ScorecardRow, "id">>): Promise<void> {
    await ex.updateTable("people_scorecards").set(patch).where("id", "=", id).execute();
  },
};

/** C-12/C-13 rulings of some units within [from, to) instants, with the earlier case of a repeat. */
export interface AssessmentRulingRow {
  case_id: string;
  employee_id: string | null;
  final_outcome: string;
  final_category: string;
  ruled_at: string;
  repeat_of_case_id: string | null;
}

export const assessmentReadRepository = {
  async rulings(ex: Executor, orgUnitIds: readonly string[], from: string, to: string): Promise<AssessmentRulingRow[]> {
    if (orgUnitIds.length === 0) return [];
    return ex
      .selectFrom("case_rulings as r")
      .innerJoin("cases as c", "c.id", "r.case_id")
      .select(["r.case_id", "r.employee_id", "r.final_outcome", "r.final_category", "r.ruled_at", "c.repeat_of_case_id"])
      .where("r.org_unit_id", "in", [...orgUnitIds])
      .where("r.ruled_at", ">=", from)
      .where("r.ruled_at", "<", to)
      .orderBy("r.ruled_at")
      .execute();
  },
};
