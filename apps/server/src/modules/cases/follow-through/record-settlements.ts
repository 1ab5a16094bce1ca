/** C-21 compensation to the customer and penalties recorded on the case's ruling (amounts in fen, named recipients). Audited. */
import { checkSettlements } from "@ccms/core";
import { caseWorkRepository, followThroughRepository } from "@ccms/db";
import type { CaseFollowThrough, RecordSettlementsRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { assertHandles, loadVisibleCase, need } from "../case-scope.js";
import { viewCaseFollowThrough } from "./view-case-follow-through.js";

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

export async function recordSettlements(ctx: AppContext, principal: Principal | null, caseId: string, body: RecordSettlementsRequest): Promise<CaseFollowThrough> {
  const p = need(principal, "case.followThrough");
  const ex = ctx.database.db;
  const row = await loadVisibleCase(ex, p, caseId);
  assertHandles(p, row);
  const ruling = await caseWorkRepository.rulingOf(ex, row.id);
  const existing = await followThroughRepository.settlementsOfCase(ex, row.id);
  checkSettlements(body.items, !!ruling, existing.some((s) => s.kind === "compensation"));
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    for (const i of body.items) {
      await followThroughRepository.insertSettlement(tx, {
        id: ulid(),
        case_id: row.id,
        ruling_id: ruling!.id,
        org_unit_id: row.org_unit_id,
        kind: i.kind,
        recipient_name: i.recipientName,
        amount_fen: i.amountFen,
        reason: i.reason,
        recorded_by: p.userId,
        recorded_at: now.toISOString(),
      });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.settlements_recorded",
      entityType: "case",
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      details: { 诉求编号: row.number, 记录: body.items.map((i) => ({ 类别: i.kind === "compensation" ? "客户补偿" : "处罚", 对象: i.recipientName, 金额: yuan(i.amountFen), 事由: i.reason })) },
    });
  });
  return viewCaseFollowThrough(ctx, p, row.id);
}
