/** I-02 a counter's customer information entries over dates, with counts by kind and by surrender reason (I-05). */
import type { InfoEntryList } from "@ccms/contracts";
import { DomainError, daysBetween } from "@ccms/core";
import { infoEntryRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";

export async function listInfoEntries(ctx: AppContext, principal: Principal | null, q: { orgUnitId?: string | undefined; from: string; to: string }): Promise<InfoEntryList> {
  const p = requirePermission(principal, "information.collect");
  if (daysBetween(q.from, q.to) < 0) throw new DomainError("validation", "invalid_range", "from must not be after to", q);
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rows = await infoEntryRepository.listForUnit(ex, unit.id, q.from, q.to);
  const byKind: Record<string, number> = {};
  const surrenderReasons: Record<string, number> = {};
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    if (r.surrender_reason) surrenderReasons[r.surrender_reason] = (surrenderReasons[r.surrender_reason] ?? 0) + 1;
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      orgUnitId: r.org_unit_id,
      businessDate: r.business_date,
      kind: r.kind as InfoEntryList["items"][number]["kind"],
      surrenderReason: r.surrender_reason as InfoEntryList["items"][number]["surrenderReason"],
      content: r.content,
      recordedByName: r.recorded_by_name,
      recordedAt: r.recorded_at,
      consolidated: r.consolidation_id !== null,
    })),
    byKind,
    surrenderReasons,
  };
}
