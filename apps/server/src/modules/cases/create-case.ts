/**
 * Intake (C-01, C-02, C-04, C-15, C-16): a case is recorded with its channel and customer; a letter
 * received earlier keeps its receipt instant (never in the future). The creator is the first
 * responder (C-05) and stays recorded whoever handles the case later. A finished complaint/enquiry
 * ticket of the queue can open a case (one case per ticket).
 */
import { CASE_EVENT, DomainError, assessAdmissibility, type RepeatComplaintRuling, handlingLevelOf, isCaseKind, isInSubtree, localDateOf, repeatComplaintRuling } from "@ccms/core";
import { type CaseRow, caseRepository, caseWorkRepository, ticketRepository } from "@ccms/db";
import type { CreateCaseRequest, CreateCaseResponse } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, unitInScope } from "../../http/principal.js";
import { deadlineCache, deadlinesOf } from "./case-deadlines.js";
import { caseDetail } from "./case-detail.js";
import { auditCase, recordCaseEvent } from "./case-history.js";
import { caseVisible, need } from "./case-scope.js";
import { UnitContextCache } from "./unit-context.js";

export function caseNumber(receivedAt: Date, tz: string, id: string): string {
  return `CS${localDateOf(receivedAt, tz).replaceAll("-", "")}-${id.slice(-6)}`;
}

export interface CreateCaseOptions {
  /** Set by C-03 special matters: the unfinished case this one carries over. */
  parentCaseId?: string;
  firstResponderName?: string;
}

export async function createCase(ctx: AppContext, p: UserPrincipal | null, input: CreateCaseRequest, opts: CreateCaseOptions = {}): Promise<CreateCaseResponse> {
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  if (p) need(p, "case.create");
  const unit = p ? await unitInScope(ex, p, input.orgUnitId) : undefined;
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime()) {
    throw new DomainError("validation", "received_at_in_future", "receivedAt cannot be in the future", { receivedAt: input.receivedAt });
  }
  if ((input.repeatOfCaseId === undefined) !== (input.repeatReason === undefined)) {
    throw new DomainError("validation", "repeat_fields_together", "repeatOfCaseId and repeatReason go together", {
      repeatOfCaseId: input.repeatOfCaseId ?? null,
      repeatReason: input.repeatReason ?? null,
    });
  }
  // C-18 admissibility: a complaint about staff misconduct becomes a misconduct case (no complaint
  // clock); a complaint that fails the criteria is refused with the missing ones (record it as an
  // opinion or enquiry instead).
  let kind = input.kind;
  if (input.admissibility && input.kind !== "complaint") {
    throw new DomainError("validation", "admissibility_complaints_only", "Admissibility is recorded for complaints only", { kind: input.kind });
  }
  if (input.admissibility) {
    const verdict = assessAdmissibility(input.admissibility);
    if (verdict.route === "inadmissible") {
      throw new DomainError("unprocessable", "complaint_not_admissible", "The complaint does not meet the admissibility criteria", { missing: verdict.missing });
    }
    if (verdict.route === "misconduct") kind = "misconduct";
  }
  const id = ulid();
  let publishedData: Record<string, unknown> | null = null;
  await ctx.tx(async (tx) => {
    const u = unit ?? (await new UnitContextCache(tx).get(input.orgUnitId)).unit;
    if (input.ticketId) {
      const ticket = await ticketRepository.findById(tx, input.ticketId);
      if (!ticket) throw notFound("ticket", input.ticketId);
      const counter = await new UnitContextCache(tx).get(ticket.counter_id);
      if (p && !isInSubtree(counter.unit.path, p.scopePath)) throw notFound("ticket", input.ticketId);
      if (ticket.status !== "finished") {
        throw new DomainError("conflict", "ticket_not_finished", "Only a finished ticket can open a case", { status: ticket.status });
      }
      if (ticket.business_type !== "complaint" && ticket.business_type !== "enquiry") {
        throw new DomainError("unprocessable", "ticket_type_not_case", "Only complaint or enquiry tickets open a case", { businessType: ticket.business_type });
      }
      if (await caseRepository.findByTicket(tx, ticket.id)) {
        throw new DomainError("conflict", "ticket_already_has_case", "This ticket already opened a case", { ticketId: ticket.id });
      }
    }
    // C-13 repeat complaint: the earlier complaint must be visible to the caller (foreign ids are 404, ORG-01).
    let repeat: RepeatComplaintRuling | null = null;
    if (input.repeatOfCaseId !== undefined && input.repeatReason !== undefined) {
      const earlier = await caseRepository.findById(tx, input.repeatOfCaseId);
      if (!earlier || (p && !caseVisible(p, earlier))) throw notFound("case", input.repeatOfCaseId);
      if (!isCaseKind(earlier.kind)) throw notFound("case", input.repeatOfCaseId);
      // Serialise repeats of one earlier case (row lock on PostgreSQL; SQLite writes are serial) so it counts once.
      await caseRepository.update(tx, earlier.id, { updated_at: earlier.updated_at });
      repeat = repeatComplaintRuling({
        kind: input.kind,
        earlier: { id: earlier.id, kind: earlier.kind, handlerId: earlier.handler_id, firstResponderId: earlier.first_responder_id },
        reason: input.repeatReason,
        priorRepeatsForReason: await caseRepository.countRepeats(tx, earlier.id, input.repeatReason, id),
      });
    }
    const row: CaseRow = {
      id,
      number: caseNumber(receivedAt, u.timeZone, id),
      kind,
      channel: input.channel,
      state: "received",
      summary: input.summary,
      cause: input.cause ?? null,
      customer_name: input.customer.name,
      customer_phone: input.customer.phone ?? null,
      org_unit_id: u.id,
      org_path: u.path,
      origin_unit_id: u.id,
      origin_path: u.path,
      level: handlingLevelOf(u.kind),
      received_at: receivedAt.toISOString(),
      accepted_at: null,
      replied_at: null,
      closed_at: null,
      // C-05 first responder: recorded once, kept.
      first_responder_id: p ? p.userId : null,
      first_responder_name: p ? p.displayName : (opts.firstResponderName ?? "system"),
      handler_id: p ? p.userId : null,
      ticket_id: input.ticketId ?? null,
      parent_case_id: opts.parentCaseId ?? null,
      repeat_of_case_id: input.repeatOfCaseId ?? null,
      repeat_reason: input.repeatReason ?? null,
      admissibility: input.admissibility ? JSON.stringify(input.admissibility) : null,
      special_matter_id: null,
      pending_extension: null,
      deadlines: "[]",
      next_due_at: null,
      overdue: 0,
      late: 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await caseRepository.insert(tx, row);
    const ev = await recordCaseEvent(ctx, tx, p, id, {
      type: CASE_EVENT.received,
      at: receivedAt,
      toState: "received",
      orgUnitId: u.id,
      data: {
        kind,
        channel: input.channel,
        ...(input.admissibility ? { admissibility: input.admissibility } : {}),
        recordedAt: now.toISOString(),
        ticketId: input.ticketId ?? null,
        parentCaseId: opts.parentCaseId ?? null,
        repeatOfCaseId: input.repeatOfCaseId ?? null,
        repeatReason: input.repeatReason ?? null,
      },
    }, now);
    const units = new UnitContextCache(tx);
    const deadlines = deadlinesOf(row, [ev], await units.get(u.id), now, true);
    await caseRepository.update(tx, id, deadlineCache(deadlines));
    await auditCase(ctx, tx, p, now, "case.created", row, {
      kind: row.kind,
      channel: row.channel,
      receivedAt: row.received_at,
      ticketId: row.ticket_id,
      parentCaseId: row.parent_case_id,
      repeatOfCaseId: row.repeat_of_case_id,
      repeatReason: row.repeat_reason,
    });
    if (repeat) {
      // C-13 the unreachable handler's repeat counts as one responsible complaint, ruled on the new case.
      const rulingId = ulid();
      const note = `C-13 repeat of ${input.repeatOfCaseId ?? ""}: handler unreachable`;
      await caseWorkRepository.insertRuling(tx, {
        id: rulingId,
        case_id: id,
        org_unit_id: row.org_unit_id,
        outcome: repeat.outcome,
        category: repeat.category,
        employee_id: repeat.employeeId,
        note,
        ruled_by: "system",
        ruled_at: now.toISOString(),
        appeal_status: "none",
        appeal_reason: null,
        appealed_at: null,
        appeal_decided_by: null,
        appeal_decided_at: null,
        appeal_note: null,
        final_outcome: repeat.outcome,
        final_category: repeat.category,
        committee: null,
      });
      const data = { rulingId, caseId: id, orgUnitId: row.org_unit_id, employeeId: repeat.employeeId, outcome: repeat.outcome, category: repeat.category, final: false, repeatOf: repeat.repeatOf, count: repeat.count };
      await recordCaseEvent(ctx, tx, p, id, { type: CASE_EVENT.ruled, orgUnitId: u.id, data: { ...data, note, automatic: true } }, now);
      await auditCase(ctx, tx, p, now, "case.repeat_ruled", row, data);
      // C-13 the automatic ruling raises the same finding a manual responsible ruling does (the outlet's).
      const findingId = ulid();
      await caseWorkRepository.insertFinding(tx, { id: findingId, case_id: id, org_unit_id: row.org_unit_id, handler_id: null, kind: "responsibleComplaint", metric: null, note: repeat.category, raised_at: now.toISOString() });
      await recordCaseEvent(ctx, tx, p, id, { type: CASE_EVENT.findingRaised, orgUnitId: u.id, data: { findingId, kind: "responsibleComplaint", metric: null, handlerId: null } }, now);
      publishedData = data;
    }
  });
  // C-13 responsible rulings feed the people module (deductions): once per earlier case.
  if (publishedData) await ctx.bus.publish("people", { type: "responsibility.ruled", data: publishedData });
  return caseDetail(ctx, ex, id, p);
}
