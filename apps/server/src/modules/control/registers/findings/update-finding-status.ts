/**
 * POST /api/v1/control/findings/:id/status — D-06 the counter manager (finding.investigate) records the
 * investigation and its result on a finding at their counter; branch/HQ (finding.manage) on any in
 * scope. Nobody investigates a finding that names them.
 */
import { type ControlFindingStatus, DomainError } from "@ccms/core";
import { controlFindingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { getFinding } from "./get-finding.js";

export async function updateFindingStatus(ctx: AppContext, p: UserPrincipal, id: string, body: { status: ControlFindingStatus; resolution?: string | undefined }) {
  if (!p.permissions.has("finding.manage")) requirePermission(p, "finding.investigate");
  const before = await getFinding(ctx, p, id);
  if (!p.permissions.has("finding.manage") && before.subjectUserIds.includes(p.userId)) {
    throw new DomainError("forbidden", "finding_names_you", "A finding that names you is investigated by the level above");
  }
  if (before.status === "closed") throw new DomainError("conflict", "finding_closed", "The finding is closed");
  if (body.status === "closed" && !body.resolution?.trim()) throw new DomainError("validation", "resolution_required", "Closing needs a resolution");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const log = Array.isArray(before.details.investigation) ? (before.details.investigation as unknown[]) : [];
    const entry = { at: now.toISOString(), byId: p.userId, byName: p.displayName, status: body.status, note: body.resolution ?? null };
    await controlFindingRepository.update(tx, id, {
      status: body.status,
      resolution: body.resolution ?? before.resolution,
      closed_at: body.status === "closed" ? now.toISOString() : null,
      details: JSON.stringify({ ...before.details, investigation: [...log, entry] }),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "finding.status_changed",
      entityType: "control_finding",
      entityId: id,
      orgUnitId: before.orgUnitId,
      details: { from: before.status, to: body.status, resolution: body.resolution ?? null },
    });
  });
  return getFinding(ctx, p, id);
}
