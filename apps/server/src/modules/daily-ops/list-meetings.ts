/** D-01 the meeting register; openFocus=true keeps meetings with a focus issue still open. */
import { meetingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentMeetings } from "./present-meetings.js";

export async function listMeetings(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; openFocus?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await meetingRepository.listLatest(ex, { counterIds, from: q.from, to: q.to, openFocusOnly: q.openFocus === "true" });
  return { items: await presentMeetings(ex, rows) };
}
