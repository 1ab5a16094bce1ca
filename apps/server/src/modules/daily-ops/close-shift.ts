/** D-13 the outgoing lead closes the shift: only after the incoming lead confirmed, or with the shift lead's approval. */
import { DomainError } from "@ccms/core";
import { handoverReliefRepository, handoverRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getHandover } from "./get-handover.js";
import { getShiftRelief } from "./get-shift-relief.js";
import { closeDecisionOf } from "./shift-relief-view.js";

export async function closeShift(ctx: AppContext, p: UserPrincipal, handoverId: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.handover");
  const h = await getHandover(ctx, p, handoverId);
  if (h.outgoingLeadId !== p.userId) throw new DomainError("forbidden", "not_outgoing_lead", "Only the outgoing lead closes the shift");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = (await handoverRepository.findById(tx, handoverId))!;
    const r = await handoverReliefRepository.findByHandover(tx, handoverId);
    const d = closeDecisionOf(row, r);
    if (d.block === "relief_sections_missing") throw new DomainError("unprocessable", d.block, "List important notices, retained cards and error accounts first", { rule: "D-13" });
    if (d.block) throw new DomainError("conflict", d.block === "already_closed" ? "shift_already_closed" : d.block, "The shift cannot be closed yet", { rule: "D-13" });
    if (!(await handoverReliefRepository.close(tx, handoverId, { by: p.userId, at: now.toISOString(), mode: d.mode }))) {
      throw new DomainError("conflict", "shift_already_closed", "The shift is already closed");
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.shiftClosed",
      entityType: "shift_handover",
      entityId: handoverId,
      orgUnitId: h.counterId,
      details: { rule: "D-13", mode: d.mode, note: body.note ?? null, approvedBy: r?.approved_by ?? null },
    });
  });
  return getShiftRelief(ctx, p, handoverId);
}
