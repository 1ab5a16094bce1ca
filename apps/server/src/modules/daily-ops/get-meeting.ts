/** One morning meeting in the caller's scope. */
import { meetingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentMeetings } from "./present-meetings.js";

export async function getMeeting(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await meetingRepository.findById(ex, id);
  if (!r) throw notFound("meeting", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("meeting", id);
  });
  return (await presentMeetings(ex, [r]))[0]!;
}
