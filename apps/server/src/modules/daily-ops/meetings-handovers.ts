/**
 * D-01 morning meeting 15–20 minutes before opening (from business hours), attendance, topics,
 * case studies (linked cases), focus issues followed up. D-07 shift handover: the outgoing lead's
 * record, confirmed by the incoming lead; blocked while an emergency at the counter is open.
 */
import { DomainError, assertHandoverAllowed, morningMeetingWindow, openingInstant } from "@ccms/core";
import type { RecordHandoverRequest, RecordMeetingRequest } from "@ccms/contracts";
import { type Executor, type RegisterRow, dailyCloseRepository, dailyOpsTables } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterIdsInScope, counterInScope, parseJson, userAtCounter, usersByIds } from "./ops-shared.js";
import type { OrgUnit } from "@ccms/db";

export async function meetingSchedule(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const counter = await counterInScope(ctx.database.db, p, q.counterId);
  return scheduleFor(ctx, counter, q.date ?? businessDateOf(counter, ctx.clock.now()));
}

async function scheduleFor(ctx: AppContext, counter: OrgUnit, date: string) {
  const calendar = await calendarForUnit(ctx.database.db, counter);
  const opening = openingInstant(date, counter, calendar);
  const w = opening ? morningMeetingWindow(opening) : null;
  return {
    counterId: counter.id,
    date,
    workingDay: calendar.isWorkingDay(date),
    openingAt: opening?.toISOString() ?? null,
    meetingFrom: w?.from.toISOString() ?? null,
    meetingTo: w?.to.toISOString() ?? null,
    arriveBy: w?.arriveBy.toISOString() ?? null,
  };
}

interface FocusIssue {
  text: string;
  ownerId?: string;
  done: boolean;
  followUps: Array<{ at: string; byId: string; note: string }>;
}

async function presentMeetings(ex: Executor, rows: Array<RegisterRow<"daily_meetings">>) {
  const attendeesOf = (r: RegisterRow<"daily_meetings">) => parseJson<Array<{ userId: string; present: boolean; note?: string }>>(r.attendees, []);
  const names = await usersByIds(ex, rows.flatMap((r) => attendeesOf(r).map((a) => a.userId)));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    hostId: r.host_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    scheduledFrom: r.scheduled_from,
    scheduledTo: r.scheduled_to,
    attendees: attendeesOf(r).map((a) => ({ ...a, displayName: names.get(a.userId)?.displayName ?? null })),
    review: r.review,
    topics: parseJson<string[]>(r.topics, []),
    caseStudies: parseJson<Array<{ caseId?: string; title: string; notes?: string }>>(r.case_studies, []),
    focusIssues: parseJson<FocusIssue[]>(r.focus_issues, []),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

export async function recordMeeting(ctx: AppContext, p: UserPrincipal, body: RecordMeetingRequest) {
  requirePermission(p, "dailyops.meeting");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const date = body.businessDate ?? businessDateOf(counter, now);
  const hostId = body.hostId ?? p.userId;
  if (body.hostId) await userAtCounter(ex, p, body.hostId, counter);
  const seen = new Set<string>();
  for (const a of body.attendees) {
    if (seen.has(a.userId)) throw new DomainError("validation", "duplicate_attendee", "An attendee is listed twice", { userId: a.userId });
    seen.add(a.userId);
    await userAtCounter(ex, p, a.userId, counter);
  }
  for (const f of body.focusIssues) if (f.ownerId) await userAtCounter(ex, p, f.ownerId, counter);
  // Case studies link real cases (cases module) in the caller's scope.
  const linked = body.caseStudies.filter((c) => c.caseId).map((c) => c.caseId!);
  if (linked.length > 0 && (await dailyCloseRepository.tableExists(ex, ctx.database.engine, "cases"))) {
    const rows = await ex.selectFrom("cases").select(["id", "org_path"]).where("id", "in", linked).execute();
    for (const id of linked) {
      const c = rows.find((r) => r.id === id);
      if (!c || !c.org_path.startsWith(p.scopePath)) throw notFound("case", id);
    }
  }
  if (body.startedAt && body.endedAt && body.endedAt < body.startedAt) throw new DomainError("validation", "meeting_ends_before_start", "endedAt is before startedAt");
  const schedule = await scheduleFor(ctx, counter, date);
  const id = ulid();
  const focus: FocusIssue[] = body.focusIssues.map((f) => ({ text: f.text, ...(f.ownerId ? { ownerId: f.ownerId } : {}), done: false, followUps: [] }));
  await ctx.tx(async (tx) => {
    await dailyOpsTables.meetings.insert(tx, {
      id,
      counter_id: counter.id,
      business_date: date,
      host_id: hostId,
      started_at: body.startedAt ? new Date(body.startedAt).toISOString() : null,
      ended_at: body.endedAt ? new Date(body.endedAt).toISOString() : null,
      scheduled_from: schedule.meetingFrom,
      scheduled_to: schedule.meetingTo,
      attendees: JSON.stringify(body.attendees),
      review: body.review ?? null,
      topics: JSON.stringify(body.topics),
      case_studies: JSON.stringify(body.caseStudies),
      focus_issues: JSON.stringify(focus),
      open_focus: focus.length > 0 ? 1 : 0,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "meeting.recorded",
      entityType: "daily_meeting",
      entityId: id,
      orgUnitId: counter.id,
      details: { businessDate: date, attendees: body.attendees.length, focusIssues: focus.length },
    });
  });
  return getMeeting(ctx, p, id);
}

export async function getMeeting(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.meetings.findById(ex, id);
  if (!r) throw notFound("meeting", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("meeting", id);
  });
  return (await presentMeetings(ex, [r]))[0]!;
}

export async function listMeetings(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; openFocus?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyOpsTables.meetings.list(ex, {
    counterIds,
    rangeColumn: "business_date",
    from: q.from,
    to: q.to,
    eq: { open_focus: q.openFocus === "true" ? 1 : undefined },
    orderBy: "business_date",
    desc: true,
    limit: 1000,
  });
  return { items: await presentMeetings(ex, rows) };
}

export async function followUpFocusIssue(ctx: AppContext, p: UserPrincipal, id: string, index: number, body: { note: string; done: boolean }) {
  requirePermission(p, "dailyops.meeting");
  const m = await getMeeting(ctx, p, id);
  const issues = m.focusIssues;
  const issue = issues[index];
  if (!issue) throw notFound("focus_issue", `${id}/${index}`);
  if (issue.done) throw new DomainError("conflict", "focus_issue_done", "This focus issue is already done");
  const now = ctx.clock.now();
  issue.followUps.push({ at: now.toISOString(), byId: p.userId, note: body.note });
  issue.done = body.done;
  await ctx.tx(async (tx) => {
    await dailyOpsTables.meetings.update(tx, id, { focus_issues: JSON.stringify(issues), open_focus: issues.some((i) => !i.done) ? 1 : 0 });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "meeting.focus_followed_up",
      entityType: "daily_meeting",
      entityId: id,
      orgUnitId: m.counterId,
      details: { index, done: body.done },
    });
  });
  return getMeeting(ctx, p, id);
}

// ---------------------------------------------------------------- handover (D-07)

async function presentHandovers(ex: Executor, rows: Array<RegisterRow<"shift_handovers">>) {
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
    status: r.status as "pending" | "confirmed",
    confirmNote: r.confirm_note,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
  }));
}

async function openIncidentIds(ex: Executor, counterId: string): Promise<string[]> {
  return (await dailyOpsTables.incidents.list(ex, { counterIds: [counterId], eq: { status: "open" } })).map((i) => i.id);
}

export async function recordHandover(ctx: AppContext, p: UserPrincipal, body: RecordHandoverRequest) {
  requirePermission(p, "dailyops.handover");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  await userAtCounter(ex, p, body.incomingLeadId, counter);
  if (body.incomingLeadId === p.userId) throw new DomainError("validation", "handover_to_self", "The incoming lead must be another person");
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    assertHandoverAllowed(await openIncidentIds(tx, counter.id));
    await dailyOpsTables.handovers.insert(tx, {
      id,
      counter_id: counter.id,
      business_date: body.businessDate ?? businessDateOf(counter, now),
      shift: body.shift,
      outgoing_lead_id: p.userId,
      incoming_lead_id: body.incomingLeadId,
      work_done: body.workDone,
      events: body.events ?? null,
      problems: body.problems ?? null,
      pending_items: JSON.stringify(body.pendingItems),
      notices: body.notices ?? null,
      status: "pending",
      confirm_note: null,
      created_at: now.toISOString(),
      confirmed_at: null,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.recorded",
      entityType: "shift_handover",
      entityId: id,
      orgUnitId: counter.id,
      details: { shift: body.shift, incomingLeadId: body.incomingLeadId, pendingItems: body.pendingItems.length },
    });
  });
  return getHandover(ctx, p, id);
}

export async function confirmHandover(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.handover");
  const h = await getHandover(ctx, p, id);
  if (h.incomingLeadId !== p.userId) throw new DomainError("forbidden", "not_incoming_lead", "Only the incoming lead confirms the handover");
  if (h.status !== "pending") throw new DomainError("conflict", "handover_already_confirmed", "The handover is already confirmed");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    assertHandoverAllowed(await openIncidentIds(tx, h.counterId));
    const n = await dailyOpsTables.handovers.updateWhere(tx, id, "status", "pending", { status: "confirmed", confirm_note: body.note ?? null, confirmed_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "handover_already_confirmed", "The handover is already confirmed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.confirmed",
      entityType: "shift_handover",
      entityId: id,
      orgUnitId: h.counterId,
      details: { note: body.note ?? null },
    });
  });
  return getHandover(ctx, p, id);
}

export async function getHandover(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.handovers.findById(ex, id);
  if (!r) throw notFound("handover", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("handover", id);
  });
  return (await presentHandovers(ex, [r]))[0]!;
}

export async function listHandovers(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; status?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyOpsTables.handovers.list(ex, { counterIds, rangeColumn: "business_date", from: q.from, to: q.to, eq: { status: q.status }, orderBy: "created_at", desc: true, limit: 1000 });
  return { items: await presentHandovers(ex, rows) };
}
