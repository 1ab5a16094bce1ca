/**
 * P-14 the quarterly assessment of a unit: every active person with a template for their post (their
 * staff record's posts; a teller without one gets the counter teller card) gets a card — KPI items from
 * system data (the reporting catalogue's indicators over the person's own tickets, I-04; responsible
 * complaints from the cases' C-12 rulings, C-13 repeat once for the outlet on heads' cards), the judgement
 * scores the manager enters, the ledger's approved points (P-12/P-13, ledgerRepository.totalsByUser) and
 * quarter-zero entries, and the grade. Running again while the run is open refreshes the figures and
 * keeps the manager's entries; a signed run is locked (changes by a correcting entry only).
 */
import {
  DomainError,
  SCORECARD_CATALOGUE_KPIS,
  type UnitFacts,
  addDays,
  emptyFacts,
  kpiValue,
  outletResponsibleComplaints,
  parseQuarter,
  responsibleComplaintsOf,
  zonedInstant,
} from "@ccms/core";
import {
  type AssessmentRunRow,
  type OrgUnit,
  type ScorecardRow,
  type ScorecardTemplateRow,
  assessmentReadRepository,
  assessmentRunRepository,
  ledgerRepository,
  scorecardRepository,
  scorecardTemplateRepository,
  staffRecordRepository,
  userRepository,
} from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { collectFacts } from "../../reporting/collect-facts.js";
import { type CardEntry, type CardFigures, cardViews } from "./card-view.js";
import { recomputeCard } from "./recompute-card.js";
import { runView } from "./run-view.js";

/** The counter teller card's post (migration 020), for tellers without a staff record post. */
export const TELLER_POST = "柜员";

/** People I's post codes (staff records) → the seed card of that post; a card's own post name matches too. */
const CARD_OF_POST_CODE: Readonly<Record<string, string>> = { teller: TELLER_POST, backOffice: "保全后台岗", callAgent: "电话接听岗" };

/** Heads' cards measure the unit, not one person's tickets. */
const isHeadPost = (post: string) => post.endsWith("负责人");

function pickTemplate(posts: readonly string[], roles: readonly string[], active: Map<string, ScorecardTemplateRow>): ScorecardTemplateRow | undefined {
  for (const post of posts) {
    const t = active.get(post) ?? active.get(CARD_OF_POST_CODE[post] ?? "");
    if (t) return t;
  }
  return roles.includes("teller") ? active.get(TELLER_POST) : undefined;
}

function factsEvidence(f: UnitFacts): CardFigures["facts"] {
  return { ticketsCalled: f.ticketsCalled, ticketsServed: f.ticketsServed, ratings: f.ratings, ratingsSatisfied: f.ratingsSatisfied, waitSecondsSum: f.waitSecondsSum, serviceSecondsSum: f.serviceSecondsSum, servicesTimed: f.servicesTimed };
}

export async function runAssessment(ctx: AppContext, p: UserPrincipal, body: { orgUnitId: string; quarter: string }) {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit: OrgUnit = await unitInScope(ex, p, body.orgUnitId);
  const q = parseQuarter(body.quarter);
  const existing = await assessmentRunRepository.find(ex, unit.id, body.quarter);
  if (existing?.state === "signed") throw new DomainError("conflict", "assessment_run_signed", "This quarter is signed off: changes only by a correcting entry", { quarter: body.quarter });

  const users = (await userRepository.listInScope(ex, unit.path, unit.id)).filter((u) => u.active);
  const staff = new Map((await staffRecordRepository.listUnder(ex, unit.path)).map((s) => [s.user_id, JSON.parse(s.posts) as string[]]));
  const active = new Map((await scorecardTemplateRepository.activeOf(ex)).map((t) => [t.post, t]));
  const range = { orgUnitIds: [unit.id], from: q.from, to: q.to };
  const instants = { from: zonedInstant(q.from, "00:00", unit.timeZone).toISOString(), to: zonedInstant(addDays(q.to, 1), "00:00", unit.timeZone).toISOString() };
  const [facts, rulings, ledgerTotals, quarterZero, ledgerEntries] = await Promise.all([
    collectFacts(ctx, { unit, from: q.from, to: q.to }),
    assessmentReadRepository.rulings(ex, [unit.id], instants.from, instants.to),
    // P-12/P-13 the ledger's input to the quarter: approved points per person (part B's ledger)
    ledgerRepository.totalsByUser(ex, range),
    ledgerRepository.quarterZeroUsers(ex, range),
    ledgerRepository.listEntries(ex, { orgUnitIds: [unit.id], from: q.from, to: q.to, states: ["approved"] }),
  ]);
  const rules = new Map((await ledgerRepository.listRules(ex)).map((r) => [r.code, r]));
  const rulingFacts = rulings.map((r) => ({ caseId: r.case_id, employeeId: r.employee_id, finalOutcome: r.final_outcome, finalCategory: r.final_category, repeatOfCaseId: r.repeat_of_case_id }));

  const now = ctx.clock.now();
  const run: AssessmentRunRow = existing ?? { id: ulid(), org_unit_id: unit.id, quarter: body.quarter, state: "open", created_by: p.userId, created_at: now.toISOString(), signed_by: null, signed_at: null };
  const previous = new Map((existing ? await scorecardRepository.listByRun(ex, existing.id) : []).map((c) => [c.user_id, c]));
  const skipped: Array<{ userId: string; userName: string; reason: string }> = [];
  const rows: Array<{ row: ScorecardRow; isNew: boolean }> = [];

  for (const u of users) {
    const template = pickTemplate(staff.get(u.id) ?? [], u.roles, active);
    const prev = previous.get(u.id);
    const t = prev && prev.template_id !== template?.id ? ((await scorecardTemplateRepository.findById(ex, prev.template_id)) ?? template) : template;
    if (!t) {
      skipped.push({ userId: u.id, userName: u.displayName, reason: "no_template" });
      continue;
    }
    const head = isHeadPost(t.post);
    const f = head ? facts.total : (facts.byTeller.get(u.id) ?? emptyFacts());
    const values: Record<string, number | null> = {};
    for (const k of SCORECARD_CATALOGUE_KPIS) values[k] = kpiValue(k, f);
    // C-12 the person's responsible complaints; C-13 a head's card counts the outlet's (repeat once)
    values.responsibleComplaints = head ? outletResponsibleComplaints(rulingFacts) : responsibleComplaintsOf(rulingFacts, u.id);
    if (head) values.patrolFailures = facts.total.inspectionNonConformities;
    const mine = ledgerEntries.filter((e) => e.user_id === u.id);
    const figures: CardFigures = {
      values,
      facts: factsEvidence(f),
      rulings: rulings.filter((r) => r.final_outcome === "responsible" && (head || r.employee_id === u.id)).map((r) => ({ caseId: r.case_id, category: r.final_category, ruledAt: r.ruled_at })),
      ledger: mine.map((e) => ({ entryId: e.id, date: e.date, nameZh: rules.get(e.rule_code)?.name_zh ?? e.rule_code, nameEn: rules.get(e.rule_code)?.name_en ?? e.rule_code, points: e.points })),
    };
    const entries = prev ? (JSON.parse(prev.entries) as Record<string, CardEntry>) : {};
    const computed = recomputeCard(t, figures, entries, ledgerTotals.get(u.id) ?? 0, quarterZero.has(u.id));
    const row: ScorecardRow = {
      id: prev?.id ?? ulid(),
      run_id: run.id,
      user_id: u.id,
      org_unit_id: unit.id,
      quarter: body.quarter,
      template_id: t.id,
      figures: JSON.stringify(figures),
      entries: JSON.stringify(entries),
      ...computed,
      standby_reason: null,
      employee_comment: prev?.employee_comment ?? null,
      employee_commented_at: prev?.employee_commented_at ?? null,
      corrections: prev?.corrections ?? "[]",
      state: "open",
      signed_by: null,
      signed_at: null,
      updated_at: now.toISOString(),
    };
    rows.push({ row, isNew: !prev });
  }

  await ctx.tx(async (tx) => {
    if (!existing) await assessmentRunRepository.insert(tx, run);
    for (const { row, isNew } of rows) {
      if (isNew) await scorecardRepository.insert(tx, row);
      else await scorecardRepository.update(tx, row.id, { template_id: row.template_id, figures: row.figures, items: row.items, items_score: row.items_score, ledger_points: row.ledger_points, quarter_zero: row.quarter_zero, score: row.score, grade: row.grade, complete: row.complete, updated_at: row.updated_at });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: existing ? "people.assessment_run_refreshed" : "people.assessment_run_created", entityType: "assessment_run", entityId: run.id, orgUnitId: unit.id, details: { 季度: body.quarter, 考核表数: rows.length } });
  });
  return { run: await runView(ex, run, unit), cards: await cardViews(ex, rows.map((r) => r.row)), skipped };
}
