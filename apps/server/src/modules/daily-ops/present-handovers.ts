/** D-07 handovers as the contracts show them (leads by name). */
import type { HandoverResponse } from "@ccms/contracts";
import type { Executor, HandoverRow } from "@ccms/db";
import { parseJson } from "./parse-json.js";
import { usersByIds } from "./staff-in-scope.js";

export async function presentHandovers(ex: Executor, rows: HandoverRow[]): Promise<HandoverResponse[]> {
  const names = await usersByIds(ex, rows.flatMap((r) => [r.outgoing_lead_id, r.incoming_lead_id]));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    shift: r.shift,
    outgoingLeadId: r.outgoing_lead_id,
    outgoingLeadName: names.get(r.outgoing_lead_id)?.displayName ?? null,
    incomingLeadId: r.incoming_lead_id,
    incomingLeadName: names.get(r.incoming_lead_id)?.displayName ?? null,
    workDone: r.work_done,
    events: r.events,
    problems: r.problems,
    pendingItems: parseJson<Array<{ item: string; reply?: string }>>(r.pending_items, []),
    notices: r.notices,
    status: r.status,
    confirmNote: r.confirm_note,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
  }));
}
