/** seed 000 §七(一)4 a teller's skill assessment for a period on five dimensions; one per period (re-entry replaces it). Audited. */
import { skillAverage } from "@ccms/core";
import { qualityRepository, staffRecordRepository } from "@ccms/db";
import type { CreateSkillAssessmentRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";

export async function createSkillAssessment(ctx: AppContext, p: UserPrincipal, body: CreateSkillAssessmentRequest) {
  requirePermission(p, "people.ledger.record");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  const average = skillAverage(body.scores);
  const now = ctx.clock.now().toISOString();
  const s = body.scores;
  const cols = { customer_service: s.customerService, computer_operation: s.computerOperation, professional_knowledge: s.professionalKnowledge, rule_compliance: s.ruleCompliance, risk_identification: s.riskIdentification, average, note: body.note ?? null, assessed_by: p.userId, assessed_at: now };
  let id = "";
  await ctx.tx(async (tx) => {
    const existing = await qualityRepository.findSkillAssessment(tx, user.id, body.period);
    if (existing) {
      id = existing.id;
      await qualityRepository.updateSkillAssessment(tx, id, { ...cols, org_unit_id: user.orgUnitId });
    } else {
      id = ulid();
      await qualityRepository.insertSkillAssessment(tx, { id, user_id: user.id, org_unit_id: user.orgUnitId, period: body.period, ...cols });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), new Date(now), { action: "people.skill_assessed", entityType: "skill_assessment", entityId: id, orgUnitId: user.orgUnitId, details: { 员工: user.displayName, 期间: body.period, 平均分: average } });
  });
  const names = await staffRecordRepository.namesOf(ex, [p.userId]);
  return { id, userId: user.id, userName: user.displayName, period: body.period, scores: body.scores, average, note: body.note ?? null, assessedByName: names.get(p.userId) ?? p.displayName, assessedAt: now };
}
