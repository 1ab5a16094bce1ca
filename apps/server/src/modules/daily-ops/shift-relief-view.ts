/** D-13 the relief side of a handover as the contracts show it (people by name). */
import { closeShiftDecision, missingReliefSections } from "@ccms/core";
import type { ShiftReliefResponse } from "@ccms/contracts";
import type { Executor, HandoverReliefRow, HandoverRow } from "@ccms/db";
import { parseJson } from "./parse-json.js";
import { usersByIds } from "./staff-in-scope.js";

const list = <T>(raw: string | null): T[] | null => (raw === null ? null : parseJson<T[]>(raw, []));

export function reliefSectionsOf(r: HandoverReliefRow | undefined) {
  return {
    importantNotices: list<string>(r?.important_notices ?? null),
    retainedCards: list<{ description: string; holder?: string; keptAt?: string }>(r?.retained_cards ?? null),
    errorAccounts: list<{ description: string; amountFen?: number; status?: string }>(r?.error_accounts ?? null),
  };
}

export function closeDecisionOf(h: HandoverRow, r: HandoverReliefRow | undefined) {
  return closeShiftDecision({
    handoverStatus: h.status,
    approval: r?.approved_by && r.approval_reason ? { byId: r.approved_by, reason: r.approval_reason } : null,
    closedAt: r?.closed_at ?? null,
    sections: reliefSectionsOf(r),
  });
}

export async function presentShiftRelief(ex: Executor, h: HandoverRow, r: HandoverReliefRow | undefined): Promise<ShiftReliefResponse> {
  const names = await usersByIds(ex, [h.outgoing_lead_id, h.incoming_lead_id, ...(r?.approved_by ? [r.approved_by] : [])]);
  const sections = reliefSectionsOf(r);
  const d = closeDecisionOf(h, r);
  return {
    handoverId: h.id,
    counterId: h.counter_id,
    handoverStatus: h.status,
    outgoingLeadId: h.outgoing_lead_id,
    outgoingLeadName: names.get(h.outgoing_lead_id)?.displayName ?? null,
    incomingLeadId: h.incoming_lead_id,
    incomingLeadName: names.get(h.incoming_lead_id)?.displayName ?? null,
    ...sections,
    missingSections: missingReliefSections(sections),
    approvedById: r?.approved_by ?? null,
    approvedByName: r?.approved_by ? (names.get(r.approved_by)?.displayName ?? null) : null,
    approvalReason: r?.approval_reason ?? null,
    approvedAt: r?.approved_at ?? null,
    closedById: r?.closed_by ?? null,
    closedAt: r?.closed_at ?? null,
    closeMode: r?.close_mode ?? null,
    canClose: d.block === null,
    closeBlock: d.block,
  };
}
