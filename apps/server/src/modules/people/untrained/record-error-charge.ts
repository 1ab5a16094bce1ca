/**
 * P-18 record an error by a person: when the person was serving untrained that day (no training pass,
 * or a post's certificate missing or expired), the department head (the unit's counter manager) is
 * charged too and the unit loses award eligibility for the period. A passed exam or a completed onboarding
 * (People I's training) counts as a training pass. Audited.
 */
import { type Certificate, type CertificateKind, chargedFor, untrainedReasons } from "@ccms/core";
import { counterManagerRepository, staffRecordRepository, untrainedRepository } from "@ccms/db";
import type { ErrorChargeView, RecordErrorCharge } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, requirePermission, userIdInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { errorChargeView } from "./error-charge-view.js";
import { trainingPassedOn } from "./training-passed-on.js";

export async function recordErrorCharge(ctx: AppContext, principal: Principal | null, body: RecordErrorCharge): Promise<ErrorChargeView> {
  const p = requirePermission(principal, "people.manage");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  const [record, certs, passes, heads] = await Promise.all([
    staffRecordRepository.find(ex, user.id),
    staffRecordRepository.certificatesOf(ex, [user.id]),
    trainingPassedOn(ex, user),
    counterManagerRepository.listIds(ex, user.orgUnitId),
  ]);
  const reasons = untrainedReasons(
    {
      posts: record ? (JSON.parse(record.posts) as string[]) : [],
      certificates: certs.map((c): Certificate => ({ kind: c.kind as CertificateKind, number: c.number, expiresOn: c.expires_on })),
      trainingPassedOn: passes,
    },
    body.occurredOn,
  );
  const untrained = reasons.length > 0;
  const head = chargedFor({ userId: user.id, untrained }, [...heads].sort()).find((c) => c.as === "head")?.userId ?? null;
  const headName = head ? ((await staffRecordRepository.namesOf(ex, [head])).get(head) ?? "") : "";
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await untrainedRepository.insertErrorCharge(tx, {
      id,
      user_id: user.id,
      org_unit_id: user.orgUnitId,
      occurred_on: body.occurredOn,
      description: body.description,
      untrained: untrained ? 1 : 0,
      untrained_reasons: JSON.stringify(reasons),
      head_user_id: head,
      recorded_by: p.userId,
      recorded_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.error_charged",
      entityType: "staff_record",
      entityId: user.id,
      orgUnitId: user.orgUnitId,
      details: { 员工: user.displayName, 日期: body.occurredOn, 差错: body.description, 未经培训上岗: untrained ? "是" : "否", 连带责任: headName || "无", 评奖资格: untrained ? "本期取消" : "不受影响" },
    });
  });
  return errorChargeView((await untrainedRepository.findErrorCharge(ex, id))!);
}
