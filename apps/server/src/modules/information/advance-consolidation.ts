/**
 * I-02 the counter manager validates a consolidated week (信息审核确认), then forwards it to the level
 * above; each step only from the one before (core), audited.
 */
import type { ConsolidationView } from "@ccms/contracts";
import { type ConsolidationAction, type ConsolidationState, DomainError, isInSubtree, nextConsolidationState } from "@ccms/core";
import { infoConsolidationRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { presentConsolidations } from "./present-consolidation.js";

export async function advanceConsolidation(ctx: AppContext, principal: Principal | null, id: string, action: ConsolidationAction): Promise<ConsolidationView> {
  const p = requirePermission(principal, "information.validate");
  const ex = ctx.database.db;
  const row = await infoConsolidationRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit || !isInSubtree(unit.path, p.scopePath)) throw notFound("consolidation", id);
  const step = nextConsolidationState(row.state as ConsolidationState, action);
  if (!step.ok) throw new DomainError("conflict", step.code, `Cannot ${action} a ${row.state} week`, { state: row.state });
  const now = ctx.clock.now().toISOString();
  const patch = action === "validate" ? { state: step.state, validated_by_name: p.displayName, validated_at: now } : { state: step.state, forwarded_to_unit_id: unit.parentId, forwarded_at: now };
  await ctx.tx(async (tx) => {
    if (!(await infoConsolidationRepository.transition(tx, id, row.state, patch))) throw new DomainError("conflict", "consolidation_changed", "The week changed meanwhile; reload", { id });
    await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), {
      action: action === "validate" ? "information.validated" : "information.forwarded",
      entityType: "info_consolidation",
      entityId: id,
      orgUnitId: unit.id,
      details: { 单位: unit.name, 周: `${row.week_from} 至 ${row.week_to}` },
    });
  });
  return (await presentConsolidations(ex, [(await infoConsolidationRepository.findById(ex, id))!]))[0]!;
}
