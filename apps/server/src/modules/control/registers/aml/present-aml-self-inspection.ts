/** A K-10 self-inspection as the API shows it (rectification rate; overdue below 100% past the deadline). */
import { localDateOf, rectificationRate } from "@ccms/core";
import { type AmlSelfInspectionRow, type Executor, orgUnitRepository } from "@ccms/db";
import { parseJson } from "../../../daily-ops/parse-json.js";

export type SelfInspectionItem = { text: string; compliant: boolean; rectified: boolean; note?: string };

export async function presentAmlSelfInspections(ex: Executor, rows: readonly AmlSelfInspectionRow[], now: Date) {
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => {
    const items = parseJson<SelfInspectionItem[]>(r.items, []);
    const rate = rectificationRate(items);
    const tz = units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai";
    return {
      id: r.id,
      counterId: r.counter_id,
      period: r.period,
      items,
      nonCompliant: rate.nonCompliant,
      rectified: rate.rectified,
      rectificationRate: rate.rate,
      rectificationDeadline: r.rectification_deadline,
      overdue: rate.rate < 100 && !!r.rectification_deadline && localDateOf(now, tz) > r.rectification_deadline,
      recordedById: r.recorded_by,
      createdAt: r.created_at,
    };
  });
}
