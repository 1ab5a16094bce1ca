/** P-18 record that a person passed the on-post training (the person then counts as trained from that day). Audited. */
import { untrainedRepository } from "@ccms/db";
import type { RecordTrainingPass, TrainingPassView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, requirePermission, userIdInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";

export async function recordTrainingPass(ctx: AppContext, principal: Principal | null, userId: string, body: RecordTrainingPass): Promise<TrainingPassView> {
  const p = requirePermission(principal, "people.manage");
  const user = await userIdInScope(ctx.database.db, p, userId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await untrainedRepository.insertTrainingPass(tx, { id, user_id: user.id, course: body.course, passed_on: body.passedOn, recorded_by: p.userId, recorded_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.training_passed",
      entityType: "staff_record",
      entityId: user.id,
      orgUnitId: user.orgUnitId,
      details: { 员工: user.displayName, 培训: body.course, 通过日期: body.passedOn },
    });
  });
  return { id, userId: user.id, course: body.course, passedOn: body.passedOn };
}
