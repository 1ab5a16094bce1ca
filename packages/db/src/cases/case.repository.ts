/** Cases, their event history and versioned time-limit policies. SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { CaseEventTable, CasePolicyTable, CaseTable } from "./schema.js";

export type CaseRow = CaseTable;
export type CaseEventRow = CaseEventTable;
export type CasePolicyRow = CasePolicyTable;

export interface CaseListFilter {
  /** Visible when the handling unit or the receiving unit is inside this path (ORG-01, C-05). */
  scopePath: string;
  /** Narrow to a unit subtree (handling or origin). */
  unitPath?: string | undefined;
  state?: string | undefined;
  kind?: string | undefined;
  channel?: string | undefined;
  level?: string | undefined;
  overdue?: boolean | undefined;
  open?: boolean | undefined;
  q?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** "Now" for the overdue filter: a running (not paused, not met) deadline before now. */
  nowIso?: string | undefined;
}

const FINISHED = ["closed", "archivedUnsatisfied"];

function applyFilter<Q extends { where: (...a: any[]) => Q }>(query: Q, f: CaseListFilter): Q {
  let q = query.where((eb: any) => eb.or([eb("org_path", "like", `${f.scopePath}%`), eb("origin_path", "like", `${f.scopePath}%`)]));
  if (f.unitPath) {
    const up = f.unitPath;
    q = q.where((eb: any) => eb.or([eb("org_path", "like", `${up}%`), eb("origin_path", "like", `${up}%`)]));
  }
  if (f.state) q = q.where("state", "=", f.state);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.channel) q = q.where("channel", "=", f.channel);
  if (f.level) q = q.where("level", "=", f.level);
  if (f.overdue !== undefined && f.nowIso !== undefined) {
    const now = f.nowIso;
    q = f.overdue
      ? q.where("next_due_at", "<", now)
      : q.where((eb: any) => eb.or([eb("next_due_at", "is", null), eb("next_due_at", ">=", now)]));
  }
  if (f.open === true) q = q.where("state", "not in", FINISHED);
  if (f.open === false) q = q.where("state", "in", FINISHED);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb: any) => eb.or([eb("summary", "like", like), eb("number", "like", like)]));
  }
  if (f.receivedFrom) q = q.where("received_at", ">=", f.receivedFrom);
  if (f.receivedTo) q = q.where("received_at", "<", f.receivedTo);
  return q;
}

export const caseRepository = {
  async insert(ex: Executor, row: CaseRow): Promise<void> {
    await ex.insertInto("cases").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Omit<CaseRow, "id">>): Promise<void> {
    await ex.updateTable("cases").set(patch).where("id", "=", id).execute();
  },
  /** C-13 earlier repeats of a case for one reason (other than `excludeId`). */
  async countRepeats(ex: Executor, repeatOfCaseId: string, reason: string, excludeId: string): Promise<number> {
    const r = await ex
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("repeat_of_case_id", "=", repeatOfCaseId)
      .where("repeat_reason", "=", reason)
      .where("id", "!=", excludeId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async findById(ex: Executor, id: string): Promise<CaseRow | undefined> {
    return ex.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByIds(ex: Executor, ids: readonly string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom("cases").selectAll().where("id", "in", ids).execute();
  },
  async findByTicket(ex: Executor, ticketId: string): Promise<CaseRow | undefined> {
    return ex.selectFrom("cases").selectAll().where("ticket_id", "=", ticketId).executeTakeFirst();
  },
  async list(ex: Executor, f: CaseListFilter): Promise<{ rows: CaseRow[]; total: number }> {
    const base = applyFilter(ex.selectFrom("cases") as any, f) as ReturnType<Executor["selectFrom"]>;
    const totalRow = await (base as any).select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
    const rows = await (base as any)
      .selectAll()
      .orderBy("received_at", "desc")
      .orderBy("id", "desc")
      .limit(f.limit ?? 100)
      .offset(f.offset ?? 0)
      .execute();
    return { rows: rows as CaseRow[], total: Number(totalRow?.n ?? 0) };
  },
  /** Every case of the filter (reports, exports, sweeps). */
  async listAll(ex: Executor, f: CaseListFilter): Promise<CaseRow[]> {
    const base = applyFilter(ex.selectFrom("cases") as any, f);
    return (await (base as any).selectAll().orderBy("received_at").orderBy("id").execute()) as CaseRow[];
  },
  /** Open cases (not closed/archived) handled inside a path (sweeps, policy recompute). */
  async listOpenUnder(ex: Executor, path: string): Promise<CaseRow[]> {
    return ex.selectFrom("cases").selectAll().where("org_path", "like", `${path}%`).where("state", "not in", FINISHED).orderBy("id").execute();
  },

  async appendEvent(ex: Executor, e: Omit<CaseEventRow, "seq">): Promise<CaseEventRow> {
    const last = await ex.selectFrom("case_events").select("seq").where("case_id", "=", e.case_id).orderBy("seq", "desc").limit(1).executeTakeFirst();
    const row: CaseEventRow = { ...e, seq: (last?.seq ?? 0) + 1 };
    await ex.insertInto("case_events").values(row).execute();
    return row;
  },
  async listEvents(ex: Executor, caseId: string): Promise<CaseEventRow[]> {
    return ex.selectFrom("case_events").selectAll().where("case_id", "=", caseId).orderBy("seq").execute();
  },
  async listEventsFor(ex: Executor, caseIds: readonly string[]): Promise<CaseEventRow[]> {
    if (caseIds.length === 0) return [];
    const out: CaseEventRow[] = [];
    for (let i = 0; i < caseIds.length; i += 500) {
      const chunk = caseIds.slice(i, i + 500);
      out.push(...(await ex.selectFrom("case_events").selectAll().where("case_id", "in", chunk).orderBy("case_id").orderBy("seq").execute()));
    }
    return out;
  },
  /** Serialise writers on one case (PostgreSQL row lock; SQLite transactions are already serial). */
  async lock(ex: Executor, engine: "sqlite" | "postgres", id: string): Promise<void> {
    if (engine === "postgres") await ex.selectFrom("cases").select("id").where("id", "=", id).forUpdate().execute();
  },
};

export const casePolicyRepository = {
  async insert(ex: Executor, row: CasePolicyRow): Promise<void> {
    await ex.insertInto("case_policies").values(row).execute();
  },
  async latestFor(ex: Executor, orgUnitIds: readonly string[]): Promise<CasePolicyRow[]> {
    if (orgUnitIds.length === 0) return [];
    const rows = await ex.selectFrom("case_policies").selectAll().where("org_unit_id", "in", orgUnitIds).orderBy("version", "desc").execute();
    const seen = new Set<string>();
    return rows.filter((r) => (seen.has(r.org_unit_id) ? false : (seen.add(r.org_unit_id), true)));
  },
  async versions(ex: Executor, orgUnitId: string): Promise<CasePolicyRow[]> {
    return ex.selectFrom("case_policies").selectAll().where("org_unit_id", "=", orgUnitId).orderBy("version", "desc").execute();
  },
};
