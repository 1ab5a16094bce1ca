/** GET /api/v1/control/aml/report?unitId=&from=&to= — K-10 periodic report over the unit's counters. */
import { DomainError } from "@ccms/core";
import { amlRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../../../http/principal.js";
import { widenLocalDateRange } from "./widen-local-date-range.js";

export async function getAmlReport(ctx: AppContext, p: UserPrincipal, q: { unitId: string; from: string; to: string }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.unitId);
  if (q.from > q.to) throw new DomainError("validation", "range_reversed", "from is after to");
  const counters = (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => u.kind === "counter").map((u) => u.id);
  const b = widenLocalDateRange(q.from, q.to);
  const rows = await amlRepository.listTransactions(ex, counters, { from: b.from, to: b.to });
  const large = rows.filter((r) => r.large_amount === 1);
  const susp = rows.filter((r) => r.suspicious === 1);
  return {
    unitId: unit.id,
    from: q.from,
    to: q.to,
    total: rows.length,
    largeAmount: { count: large.length, amountFen: large.reduce((s, r) => s + Number(r.amount_fen), 0), cash: large.filter((r) => r.method === "cash").length, transfer: large.filter((r) => r.method === "transfer").length },
    suspicious: { count: susp.length, reported: susp.filter((r) => r.reported_at).length, unreported: susp.filter((r) => !r.reported_at).length },
    unidentified: rows.filter((r) => r.identified !== 1).length,
    byCounter: counters
      .map((c) => ({ counterId: c, total: rows.filter((r) => r.counter_id === c).length, largeAmount: large.filter((r) => r.counter_id === c).length, suspicious: susp.filter((r) => r.counter_id === c).length }))
      .filter((c) => c.total > 0),
  };
}
