/** P-12/P-13 ledger rows as the API shows them: names, not ids, and what the caller may do. */
import { type Executor, type LedgerEntryRow, type LedgerRuleRow, ledgerRepository, staffRecordRepository } from "@ccms/db";
import type { LedgerEntryView, LedgerRuleView } from "@ccms/contracts";
import type { LedgerRule } from "@ccms/core";
import type { UserPrincipal } from "../../../http/principal.js";

export const SYSTEM_ACTOR = "system";

export function ruleView(r: LedgerRuleRow): LedgerRuleView {
  return {
    code: r.code,
    group: r.grp as LedgerRuleView["group"],
    article: r.article,
    points: r.points,
    losesEligibility: r.loses_eligibility === 1,
    quarterZero: r.quarter_zero === 1,
    termination: r.termination === 1,
    nameZh: r.name_zh,
    nameEn: r.name_en,
  };
}

/** The rule as core sees it (the points in force, from the table). */
export function ruleOf(r: LedgerRuleRow): LedgerRule {
  return { code: r.code, group: r.grp as LedgerRule["group"], article: r.article, points: r.points, losesEligibility: r.loses_eligibility === 1, quarterZero: r.quarter_zero === 1, termination: r.termination === 1 };
}

export async function ledgerViews(ex: Executor, p: UserPrincipal | null, rows: readonly LedgerEntryRow[]): Promise<LedgerEntryView[]> {
  const rules = new Map((await ledgerRepository.listRules(ex)).map((r) => [r.code, r]));
  const names = await staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.user_id, r.created_by, r.decided_by ?? "", r.appeal_decided_by ?? ""]));
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map((r) => {
    const rule = rules.get(r.rule_code);
    const own = p?.userId === r.user_id;
    return {
      id: r.id,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "—",
      orgUnitId: r.org_unit_id,
      ruleCode: r.rule_code,
      article: rule?.article ?? "",
      ruleNameZh: rule?.name_zh ?? r.rule_code,
      ruleNameEn: rule?.name_en ?? r.rule_code,
      points: r.points,
      losesEligibility: r.loses_eligibility === 1,
      quarterZero: r.quarter_zero === 1,
      terminationProposed: r.termination_proposed === 1,
      date: r.date,
      origin: r.origin as LedgerEntryView["origin"],
      evidence: r.evidence_kind && r.evidence_id ? { kind: r.evidence_kind, id: r.evidence_id } : null,
      note: r.note,
      state: r.state as LedgerEntryView["state"],
      decidedByName: name(r.decided_by),
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
      appealState: r.appeal_state as LedgerEntryView["appealState"],
      appealReason: r.appeal_reason,
      appealedAt: r.appealed_at,
      appealDecidedByName: name(r.appeal_decided_by),
      appealNote: r.appeal_note,
      createdByName: r.created_by === SYSTEM_ACTOR ? null : (names.get(r.created_by) ?? "—"),
      createdAt: r.created_at,
      canDecide: !!p && !own && r.state === "pending" && p.permissions.has("people.ledger.approve"),
      canAppeal: own && r.appeal_state === "none" && (r.state === "pending" || r.state === "approved"),
      canDecideAppeal: !!p && !own && r.appeal_state === "pending" && p.userId !== r.decided_by && p.permissions.has("people.ledger.decide"),
    };
  });
}
