/**
 * P-03 (seed 003-1 Art.18–22) an on-job, external, transfer or standby training with its invitees.
 * External training: the summary report is due one week after it ends (Art.21). Audited.
 */
import { DomainError, externalReportDue, localDateOf } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { CreateTrainingSessionRequest, TrainingSessionView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { sessionViews } from "./training-view.js";

export async function createTrainingSession(ctx: AppContext, p: UserPrincipal, body: CreateTrainingSessionRequest): Promise<TrainingSessionView> {
  requirePermission(p, "people.training.manage");
  if (body.endsOn < body.startsOn) throw new DomainError("validation", "training_range_reversed", "The training ends before it starts");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, body.orgUnitId);
  const userIds = [...new Set(body.attendeeUserIds)];
  for (const id of userIds) await userIdInScope(ex, p, id);
  const id = ulid();
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await trainingRepository.insertSession(tx, { id, org_unit_id: unit.id, kind: body.kind, title: body.title, starts_on: body.startsOn, ends_on: body.endsOn, report_due_on: body.kind === "external" ? externalReportDue(body.endsOn) : null, created_by: p.userId, created_at: now.toISOString() });
    for (const u of userIds) await trainingRepository.insertAttendance(tx, { session_id: id, user_id: u, status: "invited", report_submitted_on: null, updated_by: p.userId, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.training_session_created", entityType: "people_training_session", entityId: id, orgUnitId: unit.id, details: { 培训: body.title, 类别: body.kind, 起: body.startsOn, 止: body.endsOn, 人数: userIds.length } });
  });
  return (await sessionViews(ex, [(await trainingRepository.findSession(ex, id))!], localDateOf(now, unit.timeZone)))[0]!;
}
