/** POST /api/v1/control/aml/self-inspections — K-10 rectification below 100% needs a deadline; audited. */
import { assertRectificationDeadline, rectificationRate } from "@ccms/core";
import { amlRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { type SelfInspectionItem, presentAmlSelfInspections } from "./present-aml-self-inspection.js";

export async function recordAmlSelfInspection(ctx: AppContext, p: UserPrincipal, body: { counterId: string; period: string; items: SelfInspectionItem[]; rectificationDeadline?: string | undefined }) {
  requirePermission(p, "aml.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const items = body.items.map((i) => ({ ...i, rectified: i.compliant ? false : i.rectified }));
  const rate = rectificationRate(items);
  assertRectificationDeadline(rate.rate, body.rectificationDeadline);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await amlRepository.insertSelfInspection(tx, { id, counter_id: counter.id, period: body.period, items: JSON.stringify(items), rectification_deadline: body.rectificationDeadline ?? null, recorded_by: p.userId, created_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.self_inspection_recorded", entityType: "aml_self_inspection", entityId: id, orgUnitId: counter.id, details: { period: body.period, rate: rate.rate } });
  });
  return (await presentAmlSelfInspections(ctx.database.db, [(await amlRepository.findSelfInspection(ctx.database.db, id))!], ctx.clock.now()))[0]!;
}
