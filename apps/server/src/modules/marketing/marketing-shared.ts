/** M-01 shared bits of the marketing use cases: the counter in scope, dates, views. */
import type { DutySlotView, LeadView, SubmissionView } from "@ccms/contracts";
import { DomainError, maskName, maskPhone } from "@ccms/core";
import type { Executor, MarketingDutySlotTable, MarketingLeadTable, MarketingSubmissionRow, OrgUnit } from "@ccms/db";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";

/** ORG-01 a counter of the caller's subtree (404 outside it; a unit that is no counter is a 400). */
export async function counterInScope(ex: Executor, p: UserPrincipal, id: string): Promise<OrgUnit> {
  const unit = await unitInScope(ex, p, id);
  if (unit.kind !== "counter") throw new DomainError("validation", "marketing_not_a_counter", "On-site marketing is kept per counter", { orgUnitId: id });
  return unit;
}

export function slotViewOf(s: MarketingDutySlotTable): DutySlotView {
  return { id: s.id, counterId: s.counter_id, dutyDate: s.duty_date, startsAt: s.starts_at, endsAt: s.ends_at, agentId: s.agent_id, agentName: s.agent_name, post: s.post };
}

/** K-09 personal data of customers masked in every list; only the audited export shows it. */
export function leadViewOf(l: MarketingLeadTable, masked: boolean): LeadView {
  return {
    id: l.id,
    businessDate: l.business_date,
    kind: l.kind as LeadView["kind"],
    customerName: masked ? (maskName(l.customer_name) ?? "") : l.customer_name,
    customerPhone: masked ? maskPhone(l.customer_phone) : l.customer_phone,
    need: l.need,
    product: l.product,
    amountFen: Number(l.amount_fen),
    referredByName: l.referred_by_name,
    agentName: l.agent_name,
    recordedByName: l.recorded_by_name,
    recordedAt: l.recorded_at,
  };
}

export function submissionViewOf(s: MarketingSubmissionRow): SubmissionView {
  return {
    id: s.id,
    counterId: s.counter_id,
    counterName: s.counter_name,
    periodFrom: s.period_from,
    periodTo: s.period_to,
    figures: JSON.parse(s.figures) as SubmissionView["figures"],
    state: s.state as SubmissionView["state"],
    note: s.note,
    submittedByName: s.submitted_by_name,
    submittedAt: s.submitted_at,
    handledByName: s.handled_by_name,
    handledAt: s.handled_at,
    handlingNote: s.handling_note,
  };
}

export function leadFacts(leads: readonly MarketingLeadTable[]) {
  return leads.map((l) => ({ kind: l.kind as "referral" | "sale" | "prospect", referredByName: l.referred_by_name, agentName: l.agent_name, amountFen: Number(l.amount_fen) }));
}
