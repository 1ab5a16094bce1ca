/** P-14 a card's results from its stored figures, the manager's entries and the ledger (core computeCard). */
import { computeCard } from "@ccms/core";
import type { ScorecardRow, ScorecardTemplateRow } from "@ccms/db";
import type { CardEntry, CardFigures } from "./card-view.js";
import { templateBands, templateItems } from "./template-view.js";

export function recomputeCard(t: ScorecardTemplateRow, figures: CardFigures, entries: Record<string, CardEntry>, ledgerPoints: number, quarterZero: boolean): Pick<ScorecardRow, "items" | "items_score" | "ledger_points" | "quarter_zero" | "score" | "grade" | "complete"> {
  const r = computeCard(templateItems(t), t.total, templateBands(t), { figures: figures.values, entries, ledgerPoints, quarterZero });
  return {
    items: JSON.stringify(r.items),
    items_score: r.itemsScore,
    ledger_points: r.ledgerPoints,
    quarter_zero: quarterZero ? 1 : 0,
    score: r.score,
    grade: r.grade,
    complete: r.complete ? 1 : 0,
  };
}
