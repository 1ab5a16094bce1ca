/**
 * Shared plumbing of the cases use cases: scope checks (ORG-01: a foreign case is 404), the policy in
 * force for a unit (nearest ancestor's latest version, else the insurer preset), deadlines recomputed
 * from the event history, masking (C-11) and the event/audit trail of every change.
 */
import {
  type CaseActionType,
  type CaseClockInput,
  type CaseKind,
  type CaseState,
  type ComputedDeadline,
  DEFAULT_POLICY_PRESET,
  DomainError,
  type HandlingLevel,
  type HolidayYear,
  pauseStatus,
  type MetricPolicy,
  type PolicyPresetName,
  type WorkingCalendar,
  allowedCaseActions,
  ancestorIds,
  computeCaseDeadlines,
  isCaseOverdue,
  isDomainError,
  isInSubtree,
  maskCustomerName,
  maskCustomerPhone,
  maskPersonalData,
  maskPersonalDataDeep,
  nextCaseDue,
  presetPolicy,
  reconsiderationLastDay,
} from "@ccms/core";
import {
  type CaseEventRow,
  type CasePolicyRow,
  type CaseRow,
  type Executor,
  type OrgUnit,
  caseRepository,
  casePolicyRepository,
  caseWorkRepository,
  orgUnitRepository,
} from "@ccms/db";
import { CASE_ACTION_PERMISSION, type CaseCallback, type CaseDetail, type CaseEvent, type CaseFinding, type CasePolicy, type CaseRectification, type CaseRuling, type CaseSummary } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";

export const CASE_PERMISSIONS = [
  "case.read",
  "case.create",
  "case.handle",
  "case.escalate",
  "case.rule",
  "case.callback",
  "case.policy",
  "case.report",
] as const;

/** Permission needed for each action (K-07 defaults in migration 003). */
export const ACTION_PERMISSION = CASE_ACTION_PERMISSION;

/** Actions the receiving unit may still take after the case moved up (C-05 the first responder reports back). */
export const ORIGIN_ALLOWED: ReadonlySet<CaseActionType> = new Set<CaseActionType>(["contact", "note", "apply-reconsideration", "appeal", "complete-rectification"]);

// ---------------------------------------------------------------- policies
export interface EffectivePolicy {
  id: string | null;
  orgUnitId: string | null;
  version: number;
  preset: PolicyPresetName;
  name: string;
  metrics: MetricPolicy[];
  createdAt: string | null;
  createdBy: string | null;
  inheritedFrom: string | null;
}

export function policyFromRow(r: CasePolicyRow, inheritedFrom: string | null = null): EffectivePolicy {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    version: r.version,
    preset: r.preset as PolicyPresetName,
    name: r.name,
    metrics: JSON.parse(r.metrics) as MetricPolicy[],
    createdAt: r.created_at,
    createdBy: r.created_by,
    inheritedFrom,
  };
}

export function defaultPolicy(): EffectivePolicy {
  const p = presetPolicy(DEFAULT_POLICY_PRESET);
  return { id: null, orgUnitId: null, version: 0, preset: p.preset, name: p.name, metrics: p.metrics, createdAt: null, createdBy: null, inheritedFrom: null };
}

/** The nearest ancestor's (or the unit's own) latest policy version; the insurer preset otherwise. */
export async function effectivePolicy(ex: Executor, unit: OrgUnit): Promise<EffectivePolicy> {
  const chain = ancestorIds(unit.path);
  const rows = await casePolicyRepository.latestFor(ex, chain);
  for (let i = chain.length - 1; i >= 0; i--) {
    const r = rows.find((x) => x.org_unit_id === chain[i]);
    if (r) return policyFromRow(r, r.org_unit_id === unit.id ? null : r.org_unit_id);
  }
  return defaultPolicy();
}

export function policyResponse(p: EffectivePolicy): CasePolicy {
  return { ...p };
}

// ---------------------------------------------------------------- unit context
export interface UnitContext {
  unit: OrgUnit;
  calendar: WorkingCalendar;
  policy: EffectivePolicy;
}

export class UnitContextCache {
  private readonly map = new Map<string, Promise<UnitContext>>();
  /** `replaceYears`: candidate official years (CAL-06 preview of a notice before it is saved). */
  constructor(
    private readonly ex: Executor,
    private readonly replaceYears: readonly HolidayYear[] = [],
  ) {}
  get(unitId: string): Promise<UnitContext> {
    let p = this.map.get(unitId);
    if (!p) {
      p = (async () => {
        const unit = await orgUnitRepository.findById(this.ex, unitId);
        if (!unit) throw notFound("org_unit", unitId);
        const [calendar, policy] = await Promise.all([calendarForUnit(this.ex, unit, this.replaceYears), effectivePolicy(this.ex, unit)]);
        return { unit, calendar, policy };
      })();
      this.map.set(unitId, p);
    }
    return p;
  }
}

// ---------------------------------------------------------------- deadlines
export function parseData(e: CaseEventRow): Record<string, unknown> {
  try {
    const v = JSON.parse(e.data) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function clockInput(row: CaseRow, events: readonly CaseEventRow[]): CaseClockInput {
  return {
    kind: row.kind as CaseKind,
    level: row.level as HandlingLevel,
    receivedAt: new Date(row.received_at),
    events: events.map((e) => ({ type: e.type, at: new Date(e.at), toState: (e.to_state as CaseState | null) ?? null, data: parseData(e) })),
  };
}

/**
 * Deadlines at `now`. strict: a missing calendar year is an error (422); otherwise (lists, sweeps)
 * the case shows no deadline rather than breaking the whole page.
 */
export function deadlinesOf(row: CaseRow, events: readonly CaseEventRow[], u: UnitContext, now: Date, strict: boolean): ComputedDeadline[] {
  try {
    return computeCaseDeadlines(u.policy.metrics, clockInput(row, events), { calendar: u.calendar, timeZone: u.unit.timeZone, now });
  } catch (e) {
    if (!strict && isDomainError(e) && e.kind === "unprocessable") return [];
    throw e;
  }
}

export function deadlineCache(deadlines: readonly ComputedDeadline[]): Pick<CaseRow, "deadlines" | "next_due_at" | "overdue" | "late"> {
  const next = nextCaseDue(deadlines);
  return {
    deadlines: JSON.stringify(deadlines.map((d) => ({ metric: d.metric, dueAt: d.dueAt.toISOString(), status: d.status, ...(d.provisional ? { provisional: true } : {}) }))),
    next_due_at: next ? next.toISOString() : null,
    overdue: isCaseOverdue(deadlines) ? 1 : 0,
    late: deadlines.some((d) => d.status === "metLate" || d.status === "breached") ? 1 : 0,
  };
}

export function deadlineView(d: ComputedDeadline, now: Date) {
  return {
    metric: d.metric,
    clock: d.clock,
    amount: d.amount,
    startedAt: d.startedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    pausedDays: d.pausedDays,
    warnAt: d.warnAt.map((x) => x.toISOString()),
    status: d.status,
    metAt: d.metAt ? d.metAt.toISOString() : null,
    provisional: d.provisional,
    remainingMs: d.metAt ? null : d.dueAt.getTime() - now.getTime(),
  };
}

// ---------------------------------------------------------------- scope
/** ORG-01 a case is visible when its handling or receiving unit is in the caller's subtree. */
export function caseVisible(p: Principal, row: CaseRow): boolean {
  return isInSubtree(row.org_path, p.scopePath) || isInSubtree(row.origin_path, p.scopePath);
}

export async function loadVisibleCase(ex: Executor, p: Principal, id: string): Promise<CaseRow> {
  const row = await caseRepository.findById(ex, id);
  if (!row || !caseVisible(p, row)) throw notFound("case", id);
  return row;
}

/** The handling unit must be in the caller's subtree for handling actions (C-05 the origin may still note/contact). */
export function assertHandles(p: UserPrincipal, row: CaseRow): void {
  if (!isInSubtree(row.org_path, p.scopePath)) {
    throw new DomainError("forbidden", "not_handling_unit", "The case is handled by another unit", { orgUnitId: row.org_unit_id });
  }
}

/** Upper-level decisions: the caller's unit is a proper ancestor of `unit`. */
export function assertUpperLevel(p: UserPrincipal, unit: { id: string; path: string }): void {
  if (!isInSubtree(unit.path, p.scopePath) || p.orgUnitId === unit.id) {
    throw new DomainError("forbidden", "upper_level_required", "This decision belongs to the upper level", { orgUnitId: unit.id });
  }
}

export function need(p: Principal | null, action: string): UserPrincipal {
  return requirePermission(p, action);
}

// ---------------------------------------------------------------- events and audit
export interface EventInput {
  type: string;
  at?: Date;
  fromState?: CaseState | null;
  toState?: CaseState | null;
  orgUnitId: string;
  data?: unknown;
}

export async function recordCaseEvent(ctx: AppContext, ex: Executor, p: Principal | null, caseId: string, e: EventInput, now: Date): Promise<CaseEventRow> {
  const actor = actorOf(p);
  return caseRepository.appendEvent(ex, {
    id: ulid(),
    case_id: caseId,
    type: e.type,
    at: (e.at ?? now).toISOString(),
    actor_id: actor.id,
    actor_name: p && p.kind === "user" ? p.displayName : actor.name,
    org_unit_id: e.orgUnitId,
    from_state: e.fromState ?? null,
    to_state: e.toState ?? null,
    data: JSON.stringify(e.data ?? {}),
  });
}

export async function auditCase(ctx: AppContext, ex: Executor, p: Principal | null, now: Date, action: string, row: { id: string; org_unit_id: string }, details: unknown): Promise<void> {
  await appendAudit(ex, ctx.database.engine, actorOf(p), now, { action, entityType: "case", entityId: row.id, orgUnitId: row.org_unit_id, details });
}

/** Recompute and store the deadline cache of a case (after any change and after policy changes). */
export async function refreshCase(ex: Executor, units: UnitContextCache, id: string, now: Date, strict: boolean): Promise<void> {
  const row = await caseRepository.findById(ex, id);
  if (!row) return;
  const events = await caseRepository.listEvents(ex, id);
  const u = await units.get(row.org_unit_id);
  await caseRepository.update(ex, id, { ...deadlineCache(deadlinesOf(row, events, u, now, strict)), updated_at: now.toISOString() });
}

// ---------------------------------------------------------------- views
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

export interface PendingExtensionData {
  metric: "reply" | "reconsiderationDecision";
  reason: string;
  untilDate: string | null;
  days: number | null;
  step: number | null;
  requestedAt: string;
  requestedBy: string | null;
}

export function pendingExtensionOf(row: CaseRow): PendingExtensionData | null {
  return row.pending_extension ? (JSON.parse(row.pending_extension) as PendingExtensionData) : null;
}

/** Full case page: summary, timeline, deadlines, callbacks, ruling, findings, rectifications. */
/** Actions the caller may take now: state allows it, the caller has the permission and handles the case (or may act from the origin). */
export function callerActions(p: Principal, row: CaseRow): CaseActionType[] {
  if (p.kind !== "user") return [];
  const handles = isInSubtree(row.org_path, p.scopePath);
  return allowedCaseActions(row.kind as CaseKind, row.state as CaseState).filter(
    (a) => p.permissions.has(ACTION_PERMISSION[a]) && (handles || ORIGIN_ALLOWED.has(a)),
  );
}

export async function caseDetail(ctx: AppContext, ex: Executor, id: string, p?: Principal | null): Promise<CaseDetail> {
  const now = ctx.clock.now();
  const row = await caseRepository.findById(ex, id);
  if (!row) throw notFound("case", id);
  const units = new UnitContextCache(ex);
  const u = await units.get(row.org_unit_id);
  const [events, callbacks, ruling, findings, rects] = await Promise.all([
    caseRepository.listEvents(ex, id),
    caseWorkRepository.callbacksOf(ex, id),
    caseWorkRepository.rulingOf(ex, id),
    caseWorkRepository.findingsOf(ex, id),
    caseWorkRepository.rectificationsOf(ex, id),
  ]);
  const deadlines = deadlinesOf(row, events, u, now, false);
  const pending = pendingExtensionOf(row);
  return {
    ...summaryView(row, u.unit.name, deadlines, now),
    events: events.map(eventView),
    callbacks: callbacks.map(callbackView),
    ruling: ruling ? rulingView(ruling) : null,
    findings: findings.map(findingView),
    rectifications: rects.map(rectificationView),
    pendingExtension: pending
      ? { metric: pending.metric, reason: pending.reason, untilDate: pending.untilDate, days: pending.days, requestedAt: pending.requestedAt, requestedBy: pending.requestedBy }
      : null,
    reconsiderationUntil: row.replied_at ? reconsiderationLastDay(new Date(row.replied_at), u.unit.timeZone) : null,
    allowedActions: allowedCaseActions(row.kind as CaseKind, row.state as CaseState),
    ...(p ? { callerActions: callerActions(p, row) } : {}),
    policy: { id: u.policy.id, orgUnitId: u.policy.orgUnitId, version: u.policy.version, preset: u.policy.preset, name: u.policy.name },
    repeatOf: row.repeat_of_case_id
      ? { caseId: row.repeat_of_case_id, number: (await caseRepository.findById(ex, row.repeat_of_case_id))?.number ?? "", reason: row.repeat_reason ?? "other" }
      : null,
    pause: pauseStatus(clockInput(row, events).events),
  };
}
