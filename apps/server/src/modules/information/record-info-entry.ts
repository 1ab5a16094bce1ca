/** I-02 a teller or guide records what a customer reported, at their counter, on its business date (I-05 surrender reason). */
import type { InfoEntryView } from "@ccms/contracts";
import { DomainError, type InfoKind, type SurrenderReason, entryReasonError, localDateOf } from "@ccms/core";
import { infoEntryRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";

export async function recordInfoEntry(ctx: AppContext, principal: Principal | null, input: { orgUnitId?: string | undefined; kind: InfoKind; surrenderReason?: SurrenderReason | undefined; content: string }): Promise<InfoEntryView> {
  const p = requirePermission(principal, "information.collect");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId ?? p.orgUnitId);
  if (unit.kind !== "counter") throw new DomainError("validation", "info_entry_counter_only", "Customer information is recorded at a counter", { orgUnitId: unit.id });
  const reasonError = entryReasonError(input.kind, input.surrenderReason ?? null);
  if (reasonError) throw new DomainError("validation", reasonError, "Surrender reason required for a surrender, and only for it", { kind: input.kind });
  const now = ctx.clock.now();
  const row = {
    id: ulid(),
    org_unit_id: unit.id,
    business_date: localDateOf(now, unit.timeZone),
    kind: input.kind,
    surrender_reason: input.surrenderReason ?? null,
    content: input.content,
    recorded_by: p.userId,
    recorded_by_name: p.displayName,
    recorded_at: now.toISOString(),
    consolidation_id: null,
  };
  await ctx.tx((tx) => infoEntryRepository.insert(tx, row));
  return { id: row.id, orgUnitId: unit.id, businessDate: row.business_date, kind: input.kind, surrenderReason: row.surrender_reason as SurrenderReason | null, content: row.content, recordedByName: row.recorded_by_name, recordedAt: row.recorded_at, consolidated: false };
}
