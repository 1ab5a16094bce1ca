/**
 * seed 000 §七(二)2 a service-quality check (CCTV sampling, post-review, customer interview) with its
 * findings; Q-12 the forbidden phrases heard are chosen from the list and fail the check. Audited.
 */
import { qualityCheckPassed } from "@ccms/core";
import { type QualityCheckRow, qualityRepository } from "@ccms/db";
import type { CreateQualityCheckRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { qualityCheckViews } from "./quality-check-view.js";

export async function createQualityCheck(ctx: AppContext, p: UserPrincipal, body: CreateQualityCheckRequest) {
  requirePermission(p, "people.ledger.record");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  const forbidden = new Set((await qualityRepository.listPhrases(ex)).filter((x) => x.kind === "forbidden").map((x) => x.code));
  const heard = [...new Set(body.forbiddenPhrases)];
  const passed = qualityCheckPassed(body.score, heard, forbidden);
  const now = ctx.clock.now();
  const row: QualityCheckRow = { id: ulid(), user_id: user.id, org_unit_id: user.orgUnitId, method: body.method, checked_on: body.checkedOn, score: body.score, passed: passed ? 1 : 0, findings: JSON.stringify(body.findings), forbidden_phrases: JSON.stringify(heard), note: body.note ?? null, checked_by: p.userId, created_at: now.toISOString() };
  await ctx.tx(async (tx) => {
    await qualityRepository.insertQualityCheck(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.quality_checked", entityType: "quality_check", entityId: row.id, orgUnitId: row.org_unit_id, details: { 员工: user.displayName, 方式: body.method, 得分: body.score, 合格: passed, 禁语: heard } });
  });
  return (await qualityCheckViews(ex, [row]))[0]!;
}
