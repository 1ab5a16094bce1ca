/** KPI figures of a set of facts against targets and a previous period (issue 16 item 2), for the contracts. */
import type { KpiFigure } from "@ccms/contracts";
import { KPI_CATALOGUE, type KpiId, type UnitFacts, targetStatus, trendOf } from "@ccms/core";

export function kpiFigures(current: UnitFacts, previous: UnitFacts): KpiFigure[] {
  return KPI_CATALOGUE.map((k) => {
    const value = k.compute(current);
    const prev = k.compute(previous);
    return {
      id: k.id,
      nameZh: k.nameZh,
      nameEn: k.nameEn,
      unit: k.unit,
      direction: k.direction,
      target: k.target,
      ruleId: k.ruleId,
      value,
      previous: prev,
      status: targetStatus(k, value),
      trend: trendOf(k, value, prev),
    };
  });
}

export function kpiRecord(f: UnitFacts): Record<KpiId, number | null> {
  return Object.fromEntries(KPI_CATALOGUE.map((k) => [k.id, k.compute(f)])) as Record<KpiId, number | null>;
}

/** Rank rows by one indicator in its better direction; rows without a value are unranked. */
export function rankRows<R extends { kpis: Record<KpiId, number | null>; rank: number | null }>(rows: R[], by: KpiId): R[] {
  const def = KPI_CATALOGUE.find((k) => k.id === by)!;
  const sign = def.direction === "lower" ? 1 : -1;
  const ranked = rows.filter((r) => r.kpis[by] !== null).sort((a, b) => sign * (a.kpis[by]! - b.kpis[by]!));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.kpis[by] === r.kpis[by] ? prev.rank : i + 1;
  });
  return [...ranked, ...rows.filter((r) => r.kpis[by] === null)];
}
