/**
 * C-11, K-09 (issue 10 item 5): the handler assigned to a case — or its first responder — must call
 * the customer, so they may see the customer's phone for that case without the full `customer.unmask`
 * right. The reason is asked once per case and person; every reveal is audited (who, when, why —
 * never the number itself). Anyone else still needs `customer.unmask` (unmask-customer.ts).
 */
import { DomainError } from "@ccms/core";
import { auditRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { loadVisibleCase, need } from "./case-scope.js";

export const PHONE_REVEALED = "customer.phone_revealed";

async function revealedBefore(ctx: AppContext, p: UserPrincipal, caseId: string): Promise<boolean> {
  const prior = await auditRepository.list(ctx.database.db, { entityType: "case", entityId: caseId, actorId: p.userId, actions: [PHONE_REVEALED], limit: 1 });
  return prior.length > 0;
}

/** Whether the caller may reveal the phone of this case, and whether a reason is still needed. */
export async function phoneRevealState(ctx: AppContext, p: UserPrincipal, caseId: string): Promise<{ allowed: boolean; reasonRequired: boolean }> {
  need(p, "case.read");
  const row = await loadVisibleCase(ctx.database.db, p, caseId);
  const allowed = row.handler_id === p.userId || row.first_responder_id === p.userId;
  return { allowed, reasonRequired: allowed && !(await revealedBefore(ctx, p, caseId)) };
}

export async function revealCasePhone(ctx: AppContext, p: UserPrincipal, caseId: string, input: { reason?: string | undefined }) {
  need(p, "case.read");
  const row = await loadVisibleCase(ctx.database.db, p, caseId);
  if (row.handler_id !== p.userId && row.first_responder_id !== p.userId) {
    throw new DomainError("forbidden", "not_case_handler", "Only the assigned handler or the first responder may reveal the phone", { caseId });
  }
  const reason = input.reason?.trim() ?? "";
  const first = !(await revealedBefore(ctx, p, caseId));
  if (first && reason.length < 2) throw new DomainError("validation", "reveal_reason_required", "Give the reason once for this case", { caseId });
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: PHONE_REVEALED,
      entityType: "case",
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      details: { caseNumber: row.number, ...(reason ? { reason } : {}), role: row.handler_id === p.userId ? "handler" : "firstResponder" },
    }),
  );
  return { caseId: row.id, phone: row.customer_phone };
}
