/** D-13 the shift lead lets the outgoing person leave before relief arrives (reason recorded, audited). */
import { DomainError, earlyLeaveApprovalBlock } from "@ccms/core";
import { handoverReliefRepository, handoverRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getHandover } from "./get-handover.js";
import { getShiftRelief } from "./get-shift-relief.js";

const STATUS = { approver_is_outgoing: "forbidden", relief_already_confirmed: "conflict", early_leave_already_approved: "conflict", early_leave_reason_required: "validation" } as const;

export async function approveEarlyLeave(ctx: AppContext, p: UserPrincipal, handoverId: string, body: { reason: string }) {
  requirePermission(p, "dailyops.reliefApprove");
  const h = await getHandover(ctx, p, handoverId);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = (await handoverRepository.findById(tx, handoverId))!;
    const r = await handoverReliefRepository.findByHandover(tx, handoverId);
    const block = earlyLeaveApprovalBlock({ approverId: p.userId, outgoingId: row.outgoing_lead_id, handoverStatus: row.status, alreadyApproved: !!r?.approved_at, reason: body.reason });
    if (block) throw new DomainError(STATUS[block], block, "The early leave cannot be approved", { rule: "D-13" });
    if (!r)
      await handoverReliefRepository.insert(tx, {
        handover_id: handoverId,
        counter_id: h.counterId,
        important_notices: null,
        retained_cards: null,
        error_accounts: null,
        approved_by: null,
        approval_reason: null,
        approved_at: null,
        closed_by: null,
        closed_at: null,
        close_mode: null,
        updated_at: now.toISOString(),
      });
    if (!(await handoverReliefRepository.approve(tx, handoverId, { by: p.userId, reason: body.reason, at: now.toISOString() }))) {
      throw new DomainError("conflict", "early_leave_already_approved", "The early leave is already approved");
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.earlyLeaveApproved",
      entityType: "shift_handover",
      entityId: handoverId,
      orgUnitId: h.counterId,
      details: { rule: "D-13", outgoingLeadId: row.outgoing_lead_id, reason: body.reason },
    });
  });
  return getShiftRelief(ctx, p, handoverId);
}
