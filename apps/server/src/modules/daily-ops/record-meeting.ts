/** D-01 record the morning meeting: attendance, topics, case studies (linked cases in scope), focus issues. */
import { DomainError } from "@ccms/core";
import type { RecordMeetingRequest } from "@ccms/contracts";
import { dailyCloseRepository, meetingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { getMeeting } from "./get-meeting.js";
import { meetingScheduleFor } from "./get-meeting-schedule.js";
import type { FocusIssue } from "./present-meetings.js";
import { userAtCounter } from "./staff-in-scope.js";

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
    const rows = await dailyCloseRepository.casePaths(ex, linked);
    for (const id of linked) {
      const c = rows.find((r) => r.id === id);
      if (!c || !c.org_path.startsWith(p.scopePath)) throw notFound("case", id);
    }
  }
  if (body.startedAt && body.endedAt && body.endedAt < body.startedAt) throw new DomainError("validation", "meeting_ends_before_start", "endedAt is before startedAt");
  const schedule = await meetingScheduleFor(ctx, counter, date);
  const id = ulid();
  const focus: FocusIssue[] = body.focusIssues.map((f) => ({ text: f.text, ...(f.ownerId ? { ownerId: f.ownerId } : {}), done: false, followUps: [] }));
  await ctx.tx(async (tx) => {
    await meetingRepository.insert(tx, {
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
