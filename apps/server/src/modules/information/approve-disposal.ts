/**
 * I-01 approve the disposal of one record past its retention: recorded and audited (who, what, when),
 * never a silent deletion; a record not (yet) past its period cannot be disposed of.
 */
import type { DisposalList, RecordType } from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { disposalRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { buildDisposalList } from "./list-disposals.js";

export async function approveDisposal(ctx: AppContext, principal: Principal | null, input: { recordType: RecordType; recordId: string; note?: string | undefined }): Promise<DisposalList> {
  const p = requirePermission(principal, "information.dispose");
  const ex = ctx.database.db;
  const scope = await unitInScope(ex, p, p.orgUnitId);
  const list = await buildDisposalList(ctx, scope);
  const item = list.items.find((i) => i.recordType === input.recordType && i.recordId === input.recordId);
  if (!item) throw new DomainError("conflict", "record_not_past_retention", "The record is not on the disposal list (not past its retention, or not in scope)", input);
  if (item.disposed) throw new DomainError("conflict", "record_already_disposed", "The disposal of this record was already approved", input);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await disposalRepository.insert(tx, {
      id: ulid(),
      org_unit_id: item.orgUnitId,
      record_type: item.recordType,
      record_id: item.recordId,
      record_date: item.recordDate,
      approved_by: p.userId,
      approved_by_name: p.displayName,
      approved_at: now.toISOString(),
      note: input.note ?? null,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "record.disposed",
      entityType: "record_disposal",
      entityId: `${item.recordType}:${item.recordId}`,
      orgUnitId: item.orgUnitId,
      details: { 单位: item.unitName, 资料类别: item.recordType, 资料日期: item.recordDate, 保管期满: item.retentionEndsOn, 说明: input.note ?? "" },
    });
  });
  const unit = (await orgUnitRepository.findById(ex, scope.id))!;
  return buildDisposalList(ctx, unit);
}
