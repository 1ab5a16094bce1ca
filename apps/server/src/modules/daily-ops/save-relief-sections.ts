/** D-13 the outgoing lead lists important notices, retained cards and error accounts (until the shift is closed). */
import { DomainError } from "@ccms/core";
import type { ReliefSections } from "@ccms/contracts";
import { type Executor, handoverReliefRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getHandover } from "./get-handover.js";
import { getShiftRelief } from "./get-shift-relief.js";

/** Write the sections of a handover (creating its relief row when absent); used by record-handover too. */
export async function writeReliefSections(ex: Executor, handoverId: string, counterId: string, s: ReliefSections, at: string): Promise<void> {
  const cols = { important_notices: JSON.stringify(s.importantNotices), retained_cards: JSON.stringify(s.retainedCards), error_accounts: JSON.stringify(s.errorAccounts), updated_at: at };
  if (await handoverReliefRepository.findByHandover(ex, handoverId)) await handoverReliefRepository.saveSections(ex, handoverId, cols);
  else
    await handoverReliefRepository.insert(ex, {
      handover_id: handoverId,
      counter_id: counterId,
      ...cols,
      approved_by: null,
      approval_reason: null,
      approved_at: null,
      closed_by: null,
      closed_at: null,
      close_mode: null,
    });
}

export async function saveReliefSections(ctx: AppContext, p: UserPrincipal, handoverId: string, body: ReliefSections) {
  requirePermission(p, "dailyops.handover");
  const h = await getHandover(ctx, p, handoverId);
  if (h.outgoingLeadId !== p.userId) throw new DomainError("forbidden", "not_outgoing_lead", "Only the outgoing lead lists the handover's sections");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const r = await handoverReliefRepository.findByHandover(tx, handoverId);
    if (r?.closed_at) throw new DomainError("conflict", "shift_already_closed", "The shift is already closed");
    await writeReliefSections(tx, handoverId, h.counterId, body, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.reliefListed",
      entityType: "shift_handover",
      entityId: handoverId,
      orgUnitId: h.counterId,
      details: { rule: "D-13", importantNotices: body.importantNotices.length, retainedCards: body.retainedCards.length, errorAccounts: body.errorAccounts.length },
    });
  });
  return getShiftRelief(ctx, p, handoverId);
}
