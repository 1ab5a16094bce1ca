/** P-14 a stored template as its view and as core's model. */
import { type GradeBand, type ScorecardItem, itemsSum } from "@ccms/core";
import type { ScorecardTemplateRow } from "@ccms/db";
import type { ScorecardTemplateView } from "@ccms/contracts";

export const templateItems = (t: ScorecardTemplateRow): ScorecardItem[] => JSON.parse(t.items) as ScorecardItem[];
export const templateBands = (t: ScorecardTemplateRow): GradeBand[] => JSON.parse(t.grade_bands) as GradeBand[];

export function templateView(t: ScorecardTemplateRow): ScorecardTemplateView {
  const items = templateItems(t);
  return {
    id: t.id,
    post: t.post,
    version: t.version,
    status: t.status as ScorecardTemplateView["status"],
    nameZh: t.name_zh,
    nameEn: t.name_en,
    total: t.total,
    itemsSum: itemsSum(items),
    items: items.map((i) => ({ ...i, criteria: i.criteria ?? undefined, formula: i.formula ?? undefined })),
    gradeBands: templateBands(t),
    note: t.note,
    createdAt: t.created_at,
  };
}
