/** seed 000 §七(一)4 skill assessments of a unit's subtree (people.read), by period. */
import { isInSubtree } from "@ccms/core";
import { orgUnitRepository, qualityRepository, staffRecordRepository } from "@ccms/db";
import type { ListByUnitPeriodQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../../http/principal.js";

export async function listSkillAssessments(ctx: AppContext, p: UserPrincipal, q: ListByUnitPeriodQuery) {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId);
  const unitIds = (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => isInSubtree(u.path, p.scopePath)).map((u) => u.id);
  const rows = await qualityRepository.listSkillAssessments(ex, { orgUnitIds: unitIds, ...(q.period ? { period: q.period } : {}) });
  const names = await staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.user_id, r.assessed_by]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "—",
      period: r.period,
      scores: { customerService: r.customer_service, computerOperation: r.computer_operation, professionalKnowledge: r.professional_knowledge, ruleCompliance: r.rule_compliance, riskIdentification: r.risk_identification },
      average: r.average,
      note: r.note,
      assessedByName: names.get(r.assessed_by) ?? "—",
      assessedAt: r.assessed_at,
    })),
  };
}
