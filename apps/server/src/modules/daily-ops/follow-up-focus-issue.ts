/** D-01 follow up a focus issue of a meeting (a note; done closes it). */
import { DomainError } from "@ccms/core";
import { meetingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getMeeting } from "./get-meeting.js";

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
    await meetingRepository.saveFocusIssues(tx, id, JSON.stringify(issues), issues.some((i) => !i.done));
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
