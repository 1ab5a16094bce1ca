/**
 * P-18 a department's award eligibility for a period, with the reason: lost by any error of a person
 * serving untrained within it. People II's assessment reads this (or `untrainedRepository` and
 * `awardEligibility` from core directly).
 */
import { awardEligibility } from "@ccms/core";
import { untrainedRepository } from "@ccms/db";
import type { AwardEligibility, AwardEligibilityQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../../http/principal.js";
import { errorChargeView } from "./error-charge-view.js";

export async function viewAwardEligibility(ctx: AppContext, principal: Principal | null, q: AwardEligibilityQuery): Promise<AwardEligibility> {
  const p = requirePermission(principal, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rows = await untrainedRepository.errorChargesOfUnit(ex, unit.id, q.from, q.to);
  const r = awardEligibility(rows.map((e) => ({ id: e.id, userId: e.user_id, occurredOn: e.occurred_on, untrained: e.untrained === 1 })), q);
  const views = rows.map(errorChargeView);
  const byId = new Map(views.map((v) => [v.id, v]));
  return { orgUnitId: unit.id, unitName: unit.name, from: q.from, to: q.to, eligible: r.eligible, reasons: r.reasons.map((x) => byId.get(x.errorId)!), errors: views };
}
