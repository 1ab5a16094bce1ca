/** D-12 (Art.92) the shift lead's weekly team meeting: performance analysis and drills. */
import { DomainError, weekStartOf } from "@ccms/core";
import type { RecordTeamMeetingRequest, TeamMeetingResponse } from "@ccms/contracts";
import { type Executor, type TeamMeetingRow, teamMeetingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { parseJson } from "./parse-json.js";
import { userAtCounter, usersByIds } from "./staff-in-scope.js";

export async function presentTeamMeetings(ex: Executor, rows: TeamMeetingRow[]): Promise<TeamMeetingResponse[]> {
  const attendees = (r: TeamMeetingRow) => parseJson<string[]>(r.attendees, []);
  const names = await usersByIds(ex, rows.flatMap((r) => [r.host_id, ...attendees(r)]));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    heldOn: r.held_on,
    weekStart: r.week_start,
    hostId: r.host_id,
    hostName: names.get(r.host_id)?.displayName ?? null,
    attendees: attendees(r).map((userId) => ({ userId, displayName: names.get(userId)?.displayName ?? null })),
    performance: r.performance,
    drills: parseJson<Array<{ title: string; result?: string }>>(r.drills, []),
    topics: r.topics,
    createdAt: r.created_at,
  }));
}

export async function recordTeamMeeting(ctx: AppContext, p: UserPrincipal, body: RecordTeamMeetingRequest) {
  requirePermission(p, "dailyops.teamMeeting");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const today = businessDateOf(counter, now);
  const heldOn = body.heldOn ?? today;
  if (heldOn > today) throw new DomainError("validation", "team_meeting_in_future", "A team meeting is recorded once held", { heldOn });
  if (new Set(body.attendeeIds).size !== body.attendeeIds.length) throw new DomainError("validation", "duplicate_attendee", "An attendee is listed twice");
  for (const id of body.attendeeIds) await userAtCounter(ex, p, id, counter);
  const row: TeamMeetingRow = {
    id: ulid(),
    counter_id: counter.id,
    held_on: heldOn,
    week_start: weekStartOf(heldOn),
    host_id: p.userId,
    attendees: JSON.stringify(body.attendeeIds),
    performance: body.performance,
    drills: JSON.stringify(body.drills),
    topics: body.topics ?? null,
    created_by: p.userId,
    created_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await teamMeetingRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "teamMeeting.recorded",
      entityType: "team_meeting",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { rule: "D-12", heldOn, attendees: body.attendeeIds.length, drills: body.drills.length },
    });
  });
  return (await presentTeamMeetings(ex, [row]))[0]!;
}
