/** Case rows as API responses; customer data masked (C-11, K-09). */
import { type ComputedDeadline, isCaseOverdue, maskCustomerName, maskCustomerPhone, maskPersonalData, maskPersonalDataDeep, nextCaseDue } from "@ccms/core";
import type { CaseEventRow, CaseRow, caseWorkRepository } from "@ccms/db";
import type { CaseCallback, CaseEvent, CaseFinding, CaseRectification, CaseRuling, CaseSummary } from "@ccms/contracts";
import { parseData } from "./case-history.js";
import { deadlineView } from "./case-deadlines.js";

export function customerView(row: CaseRow) {
  return { name: maskCustomerName(row.customer_name), phone: maskCustomerPhone(row.customer_phone), masked: true };
}

export function summaryView(row: CaseRow, unitName: string, deadlines: readonly ComputedDeadline[], now: Date): CaseSummary {
  const next = nextCaseDue(deadlines);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as CaseSummary["kind"],
    channel: row.channel as CaseSummary["channel"],
    state: row.state as CaseSummary["state"],
    summary: maskPersonalData(row.summary), // K-09 numbers typed into free text are masked too
    cause: row.cause,
    customer: customerView(row),
    orgUnitId: row.org_unit_id,
    orgUnitName: unitName,
    originUnitId: row.origin_unit_id,
    level: row.level as CaseSummary["level"],
    receivedAt: row.received_at,
    acceptedAt: row.accepted_at,
    repliedAt: row.replied_at,
    closedAt: row.closed_at,
    firstResponder: { id: row.first_responder_id, name: row.first_responder_name },
    handlerId: row.handler_id,
    ticketId: row.ticket_id,
    parentCaseId: row.parent_case_id,
    overdue: isCaseOverdue(deadlines),
    deadlines: deadlines.map((d) => deadlineView(d, now)),
    nextDueAt: next ? next.toISOString() : null,
  };
}

export function eventView(e: CaseEventRow): CaseEvent {
  return {
    id: e.id,
    seq: e.seq,
    type: e.type,
    at: e.at,
    actorId: e.actor_id,
    actorName: e.actor_name,
    orgUnitId: e.org_unit_id,
    fromState: (e.from_state as CaseEvent["fromState"]) ?? null,
    toState: (e.to_state as CaseEvent["toState"]) ?? null,
    data: maskPersonalDataDeep(parseData(e)), // K-09 notes may carry a phone or ID number
  };
}

export function callbackView(c: Awaited<ReturnType<typeof caseWorkRepository.callbacksOf>>[number]): CaseCallback {
  return {
    id: c.id,
    caseId: c.case_id,
    orgUnitId: c.org_unit_id,
    level: c.level as CaseCallback["level"],
    sampleId: c.sample_id,
    status: c.status as CaseCallback["status"],
    result: c.result as CaseCallback["result"],
    note: c.note,
    dueAt: c.due_at,
    createdAt: c.created_at,
    doneAt: c.done_at,
    doneBy: c.done_by,
  };
}

export function rulingView(r: NonNullable<Awaited<ReturnType<typeof caseWorkRepository.rulingOf>>>): CaseRuling {
  return {
    id: r.id,
    caseId: r.case_id,
    orgUnitId: r.org_unit_id,
    outcome: r.outcome as CaseRuling["outcome"],
    category: r.category as CaseRuling["category"],
    employeeId: r.employee_id,
    note: r.note,
    ruledBy: r.ruled_by,
    ruledAt: r.ruled_at,
    appealStatus: r.appeal_status as CaseRuling["appealStatus"],
    appealReason: r.appeal_reason,
    appealedAt: r.appealed_at,
    appealDecidedBy: r.appeal_decided_by,
    appealDecidedAt: r.appeal_decided_at,
    appealNote: r.appeal_note,
    finalOutcome: r.final_outcome as CaseRuling["finalOutcome"],
    finalCategory: r.final_category as CaseRuling["finalCategory"],
    committee: r.committee ? (JSON.parse(r.committee) as { members: string[]; inFavour: number }) : null,
  };
}

export function findingView(f: Awaited<ReturnType<typeof caseWorkRepository.findingsOf>>[number]): CaseFinding {
  return {
    id: f.id,
    caseId: f.case_id,
    orgUnitId: f.org_unit_id,
    handlerId: f.handler_id,
    kind: f.kind as CaseFinding["kind"],
    metric: (f.metric as CaseFinding["metric"]) ?? null,
    note: f.note,
    raisedAt: f.raised_at,
  };
}

export function rectificationView(r: Awaited<ReturnType<typeof caseWorkRepository.rectificationsOf>>[number]): CaseRectification {
  return {
    id: r.id,
    caseId: r.case_id,
    findingId: r.finding_id,
    orgUnitId: r.org_unit_id,
    action: r.action,
    ownerName: r.owner_name,
    ownerId: r.owner_id,
    dueDate: r.due_date,
    status: r.status as CaseRectification["status"],
    effect: r.effect,
    createdAt: r.created_at,
    doneAt: r.done_at,
  };
}
