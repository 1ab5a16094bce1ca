/**
 * POST /api/v1/cases/{id}/actions: one use case per action type, dispatched on `type`. Every action
 * runs in one transaction: state machine check (409 action_not_allowed), permission, scope, time
 * windows; then the event history (timeline), the stored deadline cache and the audit log are written
 * together. Bad input changes nothing.
 */
import {
  CASE_EVENT,
  type CaseActionType,
  type CaseKind,
  type CaseState,
  DomainError,
  type RulingCategory,
  type RulingOutcome,
  type TransitionInput,
  assertCommitteeRuling,
  assertPauseDecider,
  assertReconsiderationInTime,
  assertRulingCategory,
  endOfLocalDay,
  escalationTarget,
  forwardTarget,
  handlingLevelOf,
  isInSubtree,
  localDateOf,
  nextCaseState,
} from "@ccms/core";
import {
  type CaseEventRow,
  type CaseRow,
  type Executor,
  caseRepository,
  caseWorkRepository,
  orgUnitRepository,
  userRepository,
} from "@ccms/db";
import type { CaseAction, CaseDetail } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, userIdInScope } from "../../http/principal.js";
import type { BusEvent } from "../../realtime/bus.js";
import {
  ACTION_PERMISSION,
  ORIGIN_ALLOWED,
  type EventInput,
  type PendingExtensionData,
  UnitContextCache,
  assertHandles,
  assertUpperLevel,
  auditCase,
  caseDetail,
  deadlineCache,
  deadlinesOf,
  loadVisibleCase,
  need,
  parseData,
  pendingExtensionOf,
  recordCaseEvent,
} from "./case-support.js";

interface Work {
  ctx: AppContext;
  tx: Executor;
  p: UserPrincipal;
  row: CaseRow;
  events: CaseEventRow[];
  units: UnitContextCache;
  now: Date;
  patch: Partial<CaseRow>;
  newEvents: EventInput[];
  bus: Array<{ channel: string; event: BusEvent }>;
  audit: Record<string, unknown>;
  /** Set by `close` on complaints: the callback task to date once deadlines are known. */
  callbackTaskId?: string;
}

function lastEvent(events: readonly CaseEventRow[], type: string): CaseEventRow | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.type === type) return events[i];
  return undefined;
}

function move(w: Work, action: CaseActionType, extra: Partial<TransitionInput> = {}): { from: CaseState; to: CaseState } {
  const from = w.row.state as CaseState;
  const to = nextCaseState(action, { kind: w.row.kind as CaseKind, state: from, ...extra });
  if (to !== from) w.patch.state = to;
  return { from, to };
}

function ev(w: Work, type: string, from: CaseState | null, to: CaseState | null, data: unknown, at?: Date): void {
  const transition = from !== null && to !== null && from !== to;
  w.newEvents.push({
    type,
    ...(at ? { at } : {}),
    fromState: transition ? from : null,
    toState: transition ? to : null,
    orgUnitId: w.patch.org_unit_id ?? w.row.org_unit_id,
    data,
  });
}

async function currentDeadline(w: Work, metric: "reply" | "reconsiderationDecision") {
  const u = await w.units.get(w.row.org_unit_id);
  return deadlinesOf(w.row, w.events, u, w.now, true).find((d) => d.metric === metric);
}

async function handle(w: Work, a: CaseAction): Promise<void> {
  const { row, p, now } = w;
  switch (a.type) {
    case "accept": {
      const { from, to } = move(w, a.type);
      w.patch.accepted_at = now.toISOString();
      if (!row.handler_id) w.patch.handler_id = p.userId;
      ev(w, CASE_EVENT.accepted, from, to, { note: a.note ?? null });
      return;
    }
    case "contact": {
      move(w, a.type);
      ev(w, CASE_EVENT.contacted, null, null, { method: a.method, note: a.note });
      return;
    }
    case "investigate": {
      const { from, to } = move(w, a.type);
      w.patch.handler_id = row.handler_id ?? p.userId;
      ev(w, CASE_EVENT.investigating, from, to, { note: a.note ?? null });
      return;
    }
    case "pause": {
      const { from, to } = move(w, a.type);
      ev(w, CASE_EVENT.paused, from, to, { reason: a.reason });
      return;
    }
    case "decide-pause": {
      // C-07 the counter manager (or the level above for the manager's own case) decides; never the handler.
      move(w, a.type);
      const paused = lastEvent(w.events, CASE_EVENT.paused);
      const decided = w.events.some((e) => (e.type === CASE_EVENT.pauseApproved || e.type === CASE_EVENT.pauseRefused) && paused !== undefined && e.seq > paused.seq);
      if (!paused || decided || parseData(paused).autoApproved === true) {
        throw new DomainError("conflict", "no_pause_to_decide", "There is no pause request waiting for a decision", {});
      }
      const [home, unit, handler] = await Promise.all([
        orgUnitRepository.findById(w.tx, p.orgUnitId),
        orgUnitRepository.findById(w.tx, row.org_unit_id),
        row.handler_id ? userRepository.findById(w.tx, row.handler_id) : Promise.resolve(undefined),
      ]);
      assertPauseDecider(
        { userId: p.userId, unitPath: home?.path ?? "" },
        { handlerId: row.handler_id, handlerIsUnitManager: handler !== undefined && handler.orgUnitId === row.org_unit_id && handler.roles.includes("counterManager"), unitPath: unit?.path ?? row.org_path },
      );
      ev(w, a.approved ? CASE_EVENT.pauseApproved : CASE_EVENT.pauseRefused, null, null, { note: a.note, reason: parseData(paused).reason ?? null });
      return;
    }
    case "resume": {
      const paused = lastEvent(w.events, CASE_EVENT.paused);
      const before = (paused?.from_state as CaseState | null) ?? "investigating";
      const { from, to } = move(w, a.type, { stateBeforePause: before });
      ev(w, CASE_EVENT.resumed, from, to, { note: a.note ?? null });
      return;
    }
    case "reply": {
      // C-08 reply by phone, in writing, or by visit.
      const { from, to } = move(w, a.type);
      // C-20 (003 第二篇 Art.15) a complaint's reply tells the customer how and where to ask for reconsideration.
      if (row.kind === "complaint" && a.reconsiderationInfo !== true) {
        throw new DomainError("validation", "reconsideration_info_required", "Tell the customer how to ask for reconsideration (within 15 days, upper unit or banking association) and record it", {});
      }
      if (!row.replied_at) w.patch.replied_at = now.toISOString();
      if (!row.handler_id) w.patch.handler_id = p.userId;
      ev(w, CASE_EVENT.replied, from, to, { method: a.method, content: a.content, reconsiderationInfo: a.reconsiderationInfo ?? false });
      // C-19 a case forwarded down reports its result back up to the unit that received it.
      if (row.origin_unit_id !== row.org_unit_id && w.events.some((e) => e.type === CASE_EVENT.forwarded)) {
        ev(w, CASE_EVENT.resultReported, null, null, { toUnitId: row.origin_unit_id, method: a.method });
        w.bus.push({ channel: row.origin_unit_id, event: { type: "case.result_reported", data: { caseId: row.id, number: row.number, fromUnitId: row.org_unit_id } } });
      }
      return;
    }
    case "forward": {
      // C-19 a complaint received higher up goes down to the responsible unit, which handles it; the
      // receiving level stays the origin (it supervises and sees the case) and gets the result on reply.
      move(w, a.type);
      const unit = (await w.units.get(row.org_unit_id)).unit;
      const targetUnit = await orgUnitRepository.findById(w.tx, a.toUnitId);
      if (!targetUnit || !isInSubtree(targetUnit.path, p.scopePath)) throw notFound("org_unit", a.toUnitId);
      const target = forwardTarget(unit, targetUnit);
      w.patch.org_unit_id = target.unitId;
      w.patch.org_path = targetUnit.path;
      w.patch.level = target.level;
      w.patch.handler_id = null;
      ev(w, CASE_EVENT.forwarded, null, null, { fromUnitId: unit.id, toUnitId: target.unitId, fromLevel: row.level, toLevel: target.level, note: a.note });
      w.bus.push({ channel: target.unitId, event: { type: "case.forwarded", data: { caseId: row.id, fromUnitId: unit.id } } });
      return;
    }
    case "explain-delay": {
      // C-07 the customer is told and the upper level informed in writing — within the limit.
      move(w, a.type);
      const metric = row.state === "reconsideration" ? "reconsiderationDecision" : "reply";
      const d = await currentDeadline(w, metric);
      if (!d || d.metAt) throw new DomainError("conflict", "deadline_already_met", "The deadline is already met", { metric });
      if (d.status === "breached") {
        throw new DomainError("unprocessable", "explanation_too_late", "The explanation must be recorded before the limit", { metric, dueAt: d.dueAt.toISOString() });
      }
      const unit = (await w.units.get(row.org_unit_id)).unit;
      ev(w, CASE_EVENT.delayExplained, null, null, {
        metric,
        dueAt: d.dueAt.toISOString(),
        customerExplanation: a.customerExplanation,
        upperNote: a.upperNote,
        upperUnitId: unit.parentId,
      });
      if (unit.parentId) w.bus.push({ channel: unit.parentId, event: { type: "case.delay_explained", data: { caseId: row.id, metric, dueAt: d.dueAt.toISOString() } } });
      return;
    }
    case "request-extension": {
      move(w, a.type);
      if (pendingExtensionOf(row)) throw new DomainError("conflict", "extension_pending", "An extension request is already pending");
      const metric = row.state === "reconsideration" ? "reconsiderationDecision" : "reply";
      const d = await currentDeadline(w, metric);
      if (!d || d.metAt) throw new DomainError("conflict", "deadline_already_met", "The deadline is already met", { metric });
      if (d.status === "breached") {
        throw new DomainError("unprocessable", "deadline_already_breached", "An extension must be requested before the limit", { metric, dueAt: d.dueAt.toISOString() });
      }
      const u = await w.units.get(row.org_unit_id);
      const policy = u.policy.metrics.find((m) => m.kind === row.kind && m.metric === metric);
      const granted = w.events.filter((e) => e.type === CASE_EVENT.extensionGranted && parseData(e).metric === metric && typeof parseData(e).step === "number").length;
      const step = policy?.extensions[granted];
      const base = { metric, reason: a.reason, requestedAt: now.toISOString(), requestedBy: p.displayName } as const;
      if (step) {
        if (!step.requiresApproval) {
          ev(w, CASE_EVENT.extensionGranted, null, null, { metric, days: step.days, step: granted, reason: a.reason, approval: "notRequired" });
          return;
        }
        const pending: PendingExtensionData = { ...base, untilDate: null, days: step.days, step: granted };
        w.patch.pending_extension = JSON.stringify(pending);
        ev(w, CASE_EVENT.extensionRequested, null, null, pending);
        return;
      }
      if (!a.untilDate) throw new DomainError("validation", "extension_date_required", "untilDate is required for this policy", { metric });
      if (endOfLocalDay(a.untilDate, u.unit.timeZone).getTime() <= d.dueAt.getTime()) {
        throw new DomainError("validation", "extension_not_later", "untilDate must be after the current deadline", { dueAt: d.dueAt.toISOString(), untilDate: a.untilDate });
      }
      const pending: PendingExtensionData = { ...base, untilDate: a.untilDate, days: null, step: null };
      w.patch.pending_extension = JSON.stringify(pending);
      ev(w, CASE_EVENT.extensionRequested, null, null, pending);
      return;
    }
    case "approve-extension": {
      move(w, a.type);
      const pending = pendingExtensionOf(row);
      if (!pending) throw new DomainError("conflict", "no_pending_extension", "There is no extension request to decide");
      assertUpperLevel(p, (await w.units.get(row.org_unit_id)).unit);
      w.patch.pending_extension = null;
      if (a.approved) {
        ev(w, CASE_EVENT.extensionGranted, null, null, {
          metric: pending.metric,
          ...(pending.days !== null ? { days: pending.days } : {}),
          ...(pending.untilDate !== null ? { untilDate: pending.untilDate } : {}),
          ...(pending.step !== null ? { step: pending.step } : {}),
          reason: pending.reason,
          approval: "approved",
          note: a.note ?? null,
        });
      } else {
        ev(w, CASE_EVENT.extensionRefused, null, null, { metric: pending.metric, note: a.note ?? null });
      }
      return;
    }
    case "escalate": {
      // C-06 transfer to the upper level re-targets the deadline by level.
      move(w, a.type);
      const unit = (await w.units.get(row.org_unit_id)).unit;
      const parent = unit.parentId ? await orgUnitRepository.findById(w.tx, unit.parentId) : undefined;
      const target = escalationTarget(unit, parent);
      w.patch.org_unit_id = target.unitId;
      w.patch.org_path = parent!.path;
      w.patch.level = target.level;
      w.patch.handler_id = null;
      ev(w, CASE_EVENT.escalated, null, null, { fromUnitId: unit.id, toUnitId: target.unitId, fromLevel: row.level, toLevel: target.level, reason: a.reason });
      w.bus.push({ channel: target.unitId, event: { type: "case.escalated", data: { caseId: row.id, fromUnitId: unit.id } } });
      return;
    }
    case "close": {
      const { from, to } = move(w, a.type);
      w.patch.closed_at = now.toISOString();
      ev(w, CASE_EVENT.closed, from, to, { note: a.note ?? null });
      if (to === "callback") {
        // C-10 every closed complaint gets a callback task for the responsible unit.
        const existing = await caseWorkRepository.findCallback(w.tx, row.id, "responsible", row.org_unit_id);
        if (existing) {
          await caseWorkRepository.updateCallback(w.tx, existing.id, { status: "pending", result: null, note: null, done_at: null, done_by: null });
          w.callbackTaskId = existing.id;
        } else {
          const id = ulid();
          await caseWorkRepository.insertCallback(w.tx, {
            id,
            case_id: row.id,
            org_unit_id: row.org_unit_id,
            level: "responsible",
            sample_id: null,
            status: "pending",
            result: null,
            note: null,
            due_at: null,
            created_at: now.toISOString(),
            done_at: null,
            done_by: null,
          });
          w.callbackTaskId = id;
        }
      }
      return;
    }
    case "callback": {
      const callbacks = await caseWorkRepository.callbacksOf(w.tx, row.id);
      let cb = a.callbackId ? callbacks.find((c) => c.id === a.callbackId) : undefined;
      if (a.callbackId && !cb) throw notFound("callback", a.callbackId);
      if (!cb) {
        const pending = callbacks.filter((c) => c.status === "pending");
        cb = (row.state === "callback" ? pending.find((c) => c.level === "responsible") : undefined) ?? pending[0];
      }
      if (!cb) throw new DomainError("conflict", "no_pending_callback", "There is no pending callback for this case");
      if (cb.status !== "pending") throw new DomainError("conflict", "callback_already_done", "This callback is already recorded", { callbackId: cb.id });
      const cbUnit = (await w.units.get(cb.org_unit_id)).unit;
      if (!isInSubtree(cbUnit.path, p.scopePath)) {
        throw new DomainError("forbidden", "not_callback_unit", "The callback belongs to another unit", { orgUnitId: cb.org_unit_id });
      }
      let from: CaseState = row.state as CaseState;
      let to: CaseState = from;
      if (cb.level === "responsible") ({ from, to } = move(w, a.type, { callbackResult: a.result }));
      await caseWorkRepository.updateCallback(w.tx, cb.id, { status: "done", result: a.result, note: a.note, done_at: now.toISOString(), done_by: p.displayName });
      ev(w, CASE_EVENT.callbackDone, from, to, { callbackId: cb.id, level: cb.level, result: a.result, note: a.note });
      w.audit.callbackId = cb.id;
      return;
    }
    case "archive-unsatisfied": {
      // C-10 still unsatisfied with no fault found → archived as unsatisfied.
      const callbacks = await caseWorkRepository.callbacksOf(w.tx, row.id);
      const last = callbacks.filter((c) => c.level === "responsible" && c.status === "done").at(-1);
      if (!last || last.result !== "unsatisfied") {
        throw new DomainError("conflict", "callback_not_unsatisfied", "Only a case whose callback found the customer unsatisfied can be archived so");
      }
      const ruling = await caseWorkRepository.rulingOf(w.tx, row.id);
      if (ruling && ruling.final_outcome === "responsible") {
        throw new DomainError("unprocessable", "fault_found", "A responsible ruling exists: rectify and reopen instead");
      }
      const { from, to } = move(w, a.type);
      ev(w, CASE_EVENT.archivedUnsatisfied, from, to, { note: a.note });
      return;
    }
    case "reopen": {
      const { from, to } = move(w, a.type);
      w.patch.closed_at = null;
      ev(w, CASE_EVENT.reopened, from, to, { reason: a.reason });
      return;
    }
    case "apply-reconsideration": {
      // C-09 within 15 days of the reply, to the upper unit.
      const appliedAt = a.appliedAt ? new Date(a.appliedAt) : now;
      if (appliedAt.getTime() > now.getTime()) throw new DomainError("validation", "applied_at_in_future", "appliedAt cannot be in the future");
      const { from, to } = move(w, a.type);
      if (w.events.some((e) => e.type === CASE_EVENT.reconsiderationApplied)) {
        throw new DomainError("conflict", "reconsideration_already_applied", "Reconsideration has already been applied for");
      }
      const unit = (await w.units.get(row.org_unit_id)).unit;
      assertReconsiderationInTime(row.replied_at ? new Date(row.replied_at) : null, appliedAt, unit.timeZone);
      const parent = unit.parentId ? await orgUnitRepository.findById(w.tx, unit.parentId) : undefined;
      if (parent) {
        w.patch.org_unit_id = parent.id;
        w.patch.org_path = parent.path;
        w.patch.level = handlingLevelOf(parent.kind);
        w.patch.handler_id = null;
      }
      ev(w, CASE_EVENT.reconsiderationApplied, from, to, { reason: a.reason, appliedAt: appliedAt.toISOString(), fromUnitId: unit.id, toUnitId: parent?.id ?? unit.id }, appliedAt);
      if (parent) w.bus.push({ channel: parent.id, event: { type: "case.reconsideration_applied", data: { caseId: row.id } } });
      return;
    }
    case "decide-reconsideration": {
      const applied = lastEvent(w.events, CASE_EVENT.reconsiderationApplied);
      const fromUnitId = applied ? (parseData(applied).fromUnitId as string | undefined) : undefined;
      if (fromUnitId && fromUnitId !== row.org_unit_id) {
        const lower = (await w.units.get(fromUnitId)).unit;
        assertUpperLevel(p, lower);
      }
      const { from, to } = move(w, a.type, { reconsiderationOutcome: a.outcome });
      if (to === "closed") w.patch.closed_at = now.toISOString();
      ev(w, CASE_EVENT.reconsiderationDecided, from, to, { outcome: a.outcome, content: a.content });
      return;
    }
    case "rule": {
      // C-12 responsible / non-responsible with the seed's categories.
      move(w, a.type);
      assertRulingCategory(a.outcome, a.category);
      // C-12 (003 第二篇 Art.18) the unit's responsibility committee rules by majority.
      assertCommitteeRuling(a.committee);
      if (await caseWorkRepository.rulingOf(w.tx, row.id)) throw new DomainError("conflict", "already_ruled", "This case already has a ruling");
      if (a.employeeId) {
        const user = await userRepository.findById(w.tx, a.employeeId);
        const uu = user ? await orgUnitRepository.findById(w.tx, user.orgUnitId) : undefined;
        if (!user || !uu || !isInSubtree(uu.path, p.scopePath)) throw notFound("user", a.employeeId);
      }
      const id = ulid();
      await caseWorkRepository.insertRuling(w.tx, {
        id,
        case_id: row.id,
        org_unit_id: row.org_unit_id,
        outcome: a.outcome,
        category: a.category,
        employee_id: a.employeeId ?? null,
        note: a.note,
        ruled_by: p.displayName,
        ruled_at: now.toISOString(),
        appeal_status: "none",
        appeal_reason: null,
        appealed_at: null,
        appeal_decided_by: null,
        appeal_decided_at: null,
        appeal_note: null,
        final_outcome: a.outcome,
        final_category: a.category,
        committee: JSON.stringify({ members: a.committee.members, inFavour: a.committee.inFavour }),
      });
      const data = { rulingId: id, caseId: row.id, orgUnitId: row.org_unit_id, employeeId: a.employeeId ?? null, outcome: a.outcome, category: a.category, final: false };
      ev(w, CASE_EVENT.ruled, null, null, { ...data, note: a.note, committee: a.committee });
      if (a.outcome === "responsible") await raiseFinding(w, "responsibleComplaint", null, a.employeeId ?? row.handler_id, `${a.category}`);
      // C-13 responsible rulings feed the people module (deductions).
      w.bus.push({ channel: "people", event: { type: "responsibility.ruled", data } });
      return;
    }
    case "appeal": {
      const ruling = await caseWorkRepository.rulingOf(w.tx, row.id);
      if (!ruling) throw new DomainError("conflict", "no_ruling", "There is no ruling to appeal");
      if (ruling.appeal_status !== "none") throw new DomainError("conflict", "appeal_already_used", "The one appeal has already been made");
      const rulingUnit = (await w.units.get(ruling.org_unit_id)).unit;
      if (!isInSubtree(rulingUnit.path, p.scopePath)) throw new DomainError("forbidden", "not_handling_unit", "The ruling belongs to another unit");
      await caseWorkRepository.updateRuling(w.tx, ruling.id, { appeal_status: "pending", appeal_reason: a.reason, appealed_at: now.toISOString() });
      ev(w, CASE_EVENT.appealed, null, null, { rulingId: ruling.id, reason: a.reason });
      if (rulingUnit.parentId) w.bus.push({ channel: rulingUnit.parentId, event: { type: "responsibility.appealed", data: { caseId: row.id, rulingId: ruling.id } } });
      return;
    }
    case "decide-appeal": {
      // C-12 the upper level's decision is final.
      const ruling = await caseWorkRepository.rulingOf(w.tx, row.id);
      if (!ruling || ruling.appeal_status !== "pending") throw new DomainError("conflict", "no_pending_appeal", "There is no pending appeal");
      assertUpperLevel(p, (await w.units.get(ruling.org_unit_id)).unit);
      let finalOutcome = ruling.outcome as RulingOutcome;
      let finalCategory = ruling.category as RulingCategory;
      if (a.outcome === "overturned") {
        finalOutcome = finalOutcome === "responsible" ? "nonResponsible" : "responsible";
        if (!a.category) throw new DomainError("validation", "category_required", "An overturned ruling needs the new category");
        assertRulingCategory(finalOutcome, a.category);
        finalCategory = a.category;
      }
      await caseWorkRepository.updateRuling(w.tx, ruling.id, {
        appeal_status: a.outcome,
        appeal_decided_by: p.displayName,
        appeal_decided_at: now.toISOString(),
        appeal_note: a.note,
        final_outcome: finalOutcome,
        final_category: finalCategory,
      });
      const data = { rulingId: ruling.id, caseId: row.id, orgUnitId: ruling.org_unit_id, employeeId: ruling.employee_id, outcome: finalOutcome, category: finalCategory, appeal: a.outcome, final: true };
      ev(w, CASE_EVENT.appealDecided, null, null, { ...data, note: a.note });
      w.bus.push({ channel: "people", event: { type: "responsibility.appeal_decided", data } });
      return;
    }
    case "add-rectification": {
      // C-14 corrective action with owner and due date.
      if (a.findingId) {
        const findings = await caseWorkRepository.findingsOf(w.tx, row.id);
        if (!findings.some((f) => f.id === a.findingId)) throw notFound("finding", a.findingId);
      }
      // ORG-01 the owner is a user in the caller's scope (issue 9 item 7)
      if (a.ownerId) await userIdInScope(w.tx, w.p, a.ownerId);
      const unit = (await w.units.get(row.org_unit_id)).unit;
      if (a.dueDate < localDateOf(now, unit.timeZone)) throw new DomainError("validation", "due_date_in_past", "The due date is in the past", { dueDate: a.dueDate });
      const id = ulid();
      await caseWorkRepository.insertRectification(w.tx, {
        id,
        case_id: row.id,
        finding_id: a.findingId ?? null,
        org_unit_id: row.org_unit_id,
        action: a.action,
        owner_name: a.ownerName,
        owner_id: a.ownerId ?? null,
        due_date: a.dueDate,
        status: "open",
        effect: null,
        created_at: now.toISOString(),
        done_at: null,
      });
      ev(w, CASE_EVENT.rectificationAdded, null, null, { rectificationId: id, findingId: a.findingId ?? null, action: a.action, ownerName: a.ownerName, dueDate: a.dueDate });
      return;
    }
    case "complete-rectification": {
      const rects = await caseWorkRepository.rectificationsOf(w.tx, row.id);
      const r = rects.find((x) => x.id === a.rectificationId);
      if (!r) throw notFound("rectification", a.rectificationId);
      if (r.status !== "open") throw new DomainError("conflict", "rectification_already_done", "This rectification is already completed");
      await caseWorkRepository.updateRectification(w.tx, r.id, { status: "done", effect: a.effect, done_at: now.toISOString() });
      ev(w, CASE_EVENT.rectificationCompleted, null, null, { rectificationId: r.id, effect: a.effect });
      return;
    }
    case "note": {
      ev(w, CASE_EVENT.note, null, null, { text: a.text });
      return;
    }
  }
}

export async function raiseFinding(w: Pick<Work, "tx" | "row" | "now" | "newEvents" | "patch">, kind: string, metric: string | null, handlerId: string | null, note: string): Promise<string> {
  const id = ulid();
  await caseWorkRepository.insertFinding(w.tx, {
    id,
    case_id: w.row.id,
    org_unit_id: w.row.org_unit_id,
    handler_id: handlerId,
    kind,
    metric,
    note,
    raised_at: w.now.toISOString(),
  });
  w.newEvents.push({ type: CASE_EVENT.findingRaised, orgUnitId: w.patch.org_unit_id ?? w.row.org_unit_id, data: { findingId: id, kind, metric, handlerId } });
  return id;
}

export async function performCaseAction(ctx: AppContext, p: UserPrincipal, id: string, action: CaseAction): Promise<CaseDetail> {
  need(p, "case.read");
  const now = ctx.clock.now();
  const bus = await ctx.tx(async (tx) => {
    await caseRepository.lock(tx, ctx.database.engine, id);
    const row = await loadVisibleCase(tx, p, id);
    need(p, ACTION_PERMISSION[action.type]);
    if (!ORIGIN_ALLOWED.has(action.type)) assertHandles(p, row);
    const w: Work = {
      ctx,
      tx,
      p,
      row,
      events: await caseRepository.listEvents(tx, id),
      units: new UnitContextCache(tx),
      now,
      patch: {},
      newEvents: [],
      bus: [],
      audit: {},
    };
    await handle(w, action);
    const appended: CaseEventRow[] = [];
    for (const e of w.newEvents) appended.push(await recordCaseEvent(ctx, tx, p, id, e, now));
    const next: CaseRow = { ...row, ...w.patch };
    const u = await w.units.get(next.org_unit_id);
    const deadlines = deadlinesOf(next, [...w.events, ...appended], u, now, false);
    await caseRepository.update(tx, id, { ...w.patch, ...deadlineCache(deadlines), updated_at: now.toISOString() });
    if (w.callbackTaskId) {
      const cbDue = deadlines.find((d) => d.metric === "callback");
      if (cbDue) await caseWorkRepository.updateCallback(tx, w.callbackTaskId, { due_at: cbDue.dueAt.toISOString() });
    }
    const { type, ...body } = action;
    await auditCase(ctx, tx, p, now, `case.${type}`, next, {
      ...w.audit,
      fromState: row.state,
      toState: next.state,
      ...(next.org_unit_id !== row.org_unit_id ? { fromUnitId: row.org_unit_id, toUnitId: next.org_unit_id } : {}),
      // Free texts stay in the case history; the audit keeps which fields were given.
      fields: Object.keys(body),
    });
    return [...w.bus, { channel: next.org_unit_id, event: { type: `case.${type}`, data: { caseId: id, state: next.state } } }];
  });
  for (const b of bus) await ctx.bus.publish(b.channel, b.event);
  return caseDetail(ctx, ctx.database.db, id, p);
}
