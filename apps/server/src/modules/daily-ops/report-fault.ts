/** D-08 report a fault of equipment in use (sent to its maintainer). */
import { DomainError } from "@ccms/core";
import { equipmentFaultRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { recordShiftResponsibility } from "./attribute-to-shift.js";
import { getEquipment } from "./get-equipment.js";
import { getFault } from "./get-fault.js";

export async function reportFault(ctx: AppContext, p: UserPrincipal, equipmentId: string, body: { description: string; reportedAt?: string | undefined }) {
  requirePermission(p, "equipment.report");
  const eq = await getEquipment(ctx, p, equipmentId);
  if (!eq.active) throw new DomainError("conflict", "equipment_inactive", "The equipment is no longer in use");
  const now = ctx.clock.now();
  const at = body.reportedAt ? new Date(body.reportedAt).toISOString() : now.toISOString();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await equipmentFaultRepository.insert(tx, {
      id,
      equipment_id: equipmentId,
      counter_id: eq.counterId,
      description: body.description,
      status: "reported",
      maintainer: eq.maintainer,
      reported_by: p.userId,
      reported_at: at,
      repaired_at: null,
      log: JSON.stringify([{ at, byId: p.userId, status: "reported", note: body.description }]),
    });
    // D-13 a fault found after a confirmed handover belongs to the incoming shift.
    const counter = await orgUnitRepository.findById(tx, eq.counterId);
    if (counter) await recordShiftResponsibility(tx, counter, "equipment_fault", id, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.fault_reported", entityType: "equipment_fault", entityId: id, orgUnitId: eq.counterId, details: { equipmentId } });
  });
  return getFault(ctx, p, id);
}
