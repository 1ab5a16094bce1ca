/** I-01 a unit sets its own retention periods (they apply to its subtree unless a unit below sets its own); audited. */
import type { RecordType, RetentionPeriods } from "@ccms/contracts";
import { retentionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { effectiveRetention } from "./effective-retention.js";

export async function setRetentionPeriods(ctx: AppContext, principal: Principal | null, input: { orgUnitId: string; items: Array<{ recordType: RecordType; months: number }> }): Promise<RetentionPeriods> {
  const p = requirePermission(principal, "information.dispose");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  const now = ctx.clock.now();
  const before = await effectiveRetention(ex, unit);
  await ctx.tx(async (tx) => {
    for (const item of input.items) {
      await retentionRepository.upsert(tx, { org_unit_id: unit.id, record_type: item.recordType, months: item.months, updated_by: p.userId, updated_at: now.toISOString() });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "retention_period.updated",
      entityType: "retention_period",
      entityId: unit.id,
      orgUnitId: unit.id,
      details: {
        单位: unit.name,
        修改: input.items.map((i) => ({ 资料类别: i.recordType, 原保管期限月数: before.find((b) => b.recordType === i.recordType)?.months ?? null, 新保管期限月数: i.months })),
      },
    });
  });
  return { orgUnitId: unit.id, items: await effectiveRetention(ex, unit) };
}
