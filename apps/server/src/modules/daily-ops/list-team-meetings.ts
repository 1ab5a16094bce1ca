/** D-12 the team meetings of a counter and the weeks that had none (the weekly check). */
import { addDays, weekStartOf, weeksWithoutTeamMeeting } from "@ccms/core";
import { teamMeetingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { presentTeamMeetings } from "./record-team-meeting.js";

export async function listTeamMeetings(ctx: AppContext, p: UserPrincipal, q: { counterId: string; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const to = q.to ?? businessDateOf(counter, ctx.clock.now());
  const from = q.from ?? addDays(weekStartOf(to), -21);
  const rows = await teamMeetingRepository.listForCounters(ex, [counter.id], from, to);
  return { items: await presentTeamMeetings(ex, rows), weeksWithout: weeksWithoutTeamMeeting(rows.map((r) => r.held_on), from, to), from, to };
}
