/**
 * C-12 responsible / non-responsible with the seed's categories, (003 第二篇 Art.18) by the unit's
 * responsibility committee by majority. C-13 responsible rulings feed the people module (deductions).
 */
import { CASE_EVENT, DomainError, assertCommitteeRuling, assertRulingCategory, isInSubtree } from "@ccms/core";
import { caseWorkRepository, orgUnitRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import { notFound } from "../../../http/principal.js";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";
import { raiseCaseFinding } from "./raise-case-finding.js";
import { committeeSettingFor } from "../committee-setting.js";

export async function ruleResponsibility(w: CaseActionContext, a: ActionOf<"rule">): Promise<void> {
  const { row, p, now } = w;
  moveCase(w, a.type);
  assertRulingCategory(a.outcome, a.category);
  // C-12 the committee size is the case unit's setting (≥ 3, nearest ancestor's, 3 by default).
  const caseUnit = await orgUnitRepository.findById(w.tx, row.org_unit_id);
  assertCommitteeRuling(a.committee, caseUnit ? (await committeeSettingFor(w.tx, caseUnit)).minMembers : undefined);
  if (await caseWorkRepository.rulingOf(w.tx, row.id)) throw new DomainError("conflict", "already_ruled", "This case already has a ruling");
  if (a.employeeId) {
    const user = await userRepository.findById(w.tx, a.employeeId);
    const uu = user ? await orgUnitRepository.findById(w.tx, user.orgUnitId) : undefined;
    if (!user || !uu || !isInSubtree(uu.path, p.scopePath)) throw notFound("user", a.employeeId);
  }
  const id = ulid();
  await caseWorkRepository.insertRuling(w.tx, {
    id,
    case_id: row.id,
    org_unit_id: row.org_unit_id,
    outcome: a.outcome,
    category: a.category,
    employee_id: a.employeeId ?? null,
    note: a.note,
    ruled_by: p.displayName,
    ruled_at: now.toISOString(),
    appeal_status: "none",
    appeal_reason: null,
    appealed_at: null,
    appeal_decided_by: null,
    appeal_decided_at: null,
    appeal_note: null,
    final_outcome: a.outcome,
    final_category: a.category,
    committee: JSON.stringify({ members: a.committee.members, inFavour: a.committee.inFavour }),
  });
  const data = { rulingId: id, caseId: row.id, orgUnitId: row.org_unit_id, employeeId: a.employeeId ?? null, outcome: a.outcome, category: a.category, final: false };
  addHistory(w, CASE_EVENT.ruled, null, null, { ...data, note: a.note, committee: a.committee });
  if (a.outcome === "responsible") await raiseCaseFinding(w, "responsibleComplaint", null, a.employeeId ?? row.handler_id, `${a.category}`);
  w.bus.push({ channel: "people", event: { type: "responsibility.ruled", data } });
}
