/**
 * M-01 one line of the 现场营销统计表: a teller's referral, an agent's sale or a prospect, with the
 * customer, their need and contact (personal data: the answer is masked); audited without the contact.
 */
import type { LeadView, RecordLeadRequest } from "@ccms/contracts";
import { DomainError, localDateOf } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope, leadViewOf } from "./marketing-shared.js";

const KIND_WORDS = { referral: "转介绍", sale: "成交", prospect: "意向客户" } as const;

export async function recordLead(ctx: AppContext, principal: Principal | null, input: RecordLeadRequest): Promise<LeadView> {
  const p = requirePermission(principal, "marketing.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, input.counterId);
  const now = ctx.clock.now();
  const today = localDateOf(now, counter.timeZone);
  const businessDate = input.businessDate ?? today;
  if (businessDate > today) throw new DomainError("validation", "marketing_date_in_future", "A result is recorded on or after its day", { businessDate });
  if (input.kind === "sale" && input.amountFen <= 0) throw new DomainError("validation", "marketing_sale_amount_required", "A sale has an amount", {});
  const referrer = input.referredById ? await userIdInScope(ex, p, input.referredById) : input.kind === "referral" ? { id: p.userId, displayName: p.displayName } : null;
  const agent = input.agentId ? await userIdInScope(ex, p, input.agentId) : p.roles.includes("agent") && input.kind !== "referral" ? { id: p.userId, displayName: p.displayName } : null;
  const row = {
    id: ulid(),
    counter_id: counter.id,
    business_date: businessDate,
    kind: input.kind,
    customer_name: input.customerName,
    customer_phone: input.customerPhone ?? null,
    need: input.need,
    product: input.product ?? null,
    amount_fen: input.amountFen,
    referred_by_id: referrer?.id ?? null,
    referred_by_name: referrer?.displayName ?? null,
    agent_id: agent?.id ?? null,
    agent_name: agent?.displayName ?? null,
    recorded_by_name: p.displayName,
    recorded_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await marketingRepository.insertLead(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "marketing.lead.recorded",
      entityType: "marketing_lead",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 日期: businessDate, 类别: KIND_WORDS[input.kind], 客户: leadViewOf(row, true).customerName },
    });
  });
  return leadViewOf(row, true);
}
