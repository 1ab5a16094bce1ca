/**
 * An indicator against its target and against the previous period (issue 16 item 2).
 * A count without a target is shown, never judged; "better" follows the indicator's direction.
 */
import type { KpiDefinition } from "./kpi-catalogue.js";

export type KpiTargetStatus = "met" | "missed" | "noTarget" | "noData";
export type KpiTrend = "better" | "worse" | "same" | "noComparison";

export function targetStatus(def: Pick<KpiDefinition, "direction" | "target">, value: number | null, target = def.target): KpiTargetStatus {
  if (value === null) return "noData";
  if (target === null || def.direction === "neutral") return "noTarget";
  return def.direction === "lower" ? (value <= target ? "met" : "missed") : value >= target ? "met" : "missed";
}

export function trendOf(def: Pick<KpiDefinition, "direction">, value: number | null, previous: number | null): KpiTrend {
  if (value === null || previous === null || def.direction === "neutral") return "noComparison";
  if (value === previous) return "same";
  return (def.direction === "lower" ? value < previous : value > previous) ? "better" : "worse";
}
