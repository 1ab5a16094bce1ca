/** D-08 move a fault on: reported → repairing → repaired | unrepairable (logged, audited). */
import { DomainError, type FaultStatus, assertFaultTransition } from "@ccms/core";
import { equipmentFaultRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getFault } from "./get-fault.js";
import type { FaultLog } from "./present-equipment.js";

export async function updateFault(ctx: AppContext, p: UserPrincipal, id: string, body: { status: FaultStatus; maintainer?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "equipment.manage");
  const f = await getFault(ctx, p, id);
  assertFaultTransition(f.status, body.status);
  const now = ctx.clock.now();
  const log: FaultLog = [...f.log, { at: now.toISOString(), byId: p.userId, status: body.status, ...(body.note ? { note: body.note } : {}) }];
  await ctx.tx(async (tx) => {
    const changed = await equipmentFaultRepository.changeStatus(tx, id, f.status, {
      status: body.status,
      maintainer: body.maintainer ?? f.maintainer,
      repairedAt: body.status === "repaired" ? now.toISOString() : null,
      log: JSON.stringify(log),
    });
    if (!changed) throw new DomainError("conflict", "fault_changed", "The fault changed meanwhile");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.fault_updated", entityType: "equipment_fault", entityId: id, orgUnitId: f.counterId, details: { from: f.status, to: body.status } });
  });
  return getFault(ctx, p, id);
}
