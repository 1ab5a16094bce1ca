/** The API view of a weekly consolidation (I-02): names, never ids. */
import type { ConsolidationView } from "@ccms/contracts";
import { type Executor, type InfoConsolidationRow, orgUnitRepository } from "@ccms/db";

export async function presentConsolidations(ex: Executor, rows: readonly InfoConsolidationRow[]): Promise<ConsolidationView[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.org_unit_id, r.forwarded_to_unit_id].filter((x): x is string => Boolean(x))))];
  const names = new Map((await orgUnitRepository.findByIds(ex, ids)).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.org_unit_id,
    unitName: names.get(r.org_unit_id) ?? "—",
    weekFrom: r.week_from,
    weekTo: r.week_to,
    state: r.state as ConsolidationView["state"],
    summary: r.summary,
    focusIssues: JSON.parse(r.focus_issues) as string[],
    entryCount: r.entry_count,
    consolidatedByName: r.consolidated_by_name,
    consolidatedAt: r.consolidated_at,
    validatedByName: r.validated_by_name,
    validatedAt: r.validated_at,
    forwardedToUnitName: r.forwarded_to_unit_id ? (names.get(r.forwarded_to_unit_id) ?? "—") : null,
    forwardedAt: r.forwarded_at,
  }));
}
