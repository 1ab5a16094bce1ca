/** K-10 the thresholds in force at a unit: the nearest setting at or above it, else the system default. */
import { DEFAULT_AML_THRESHOLDS, ancestorIds } from "@ccms/core";
import { type Executor, type OrgUnit, amlRepository } from "@ccms/db";

export async function findAmlThresholds(ex: Executor, unit: OrgUnit) {
  const chain = ancestorIds(unit.path).reverse(); // nearest first
  for (const id of chain) {
    const s = await amlRepository.findSettings(ex, id);
    if (s) return { sourceUnitId: id, cashThresholdFen: Number(s.cash_threshold_fen), transferThresholdFen: Number(s.transfer_threshold_fen) };
  }
  return { sourceUnitId: null, ...DEFAULT_AML_THRESHOLDS };
}
