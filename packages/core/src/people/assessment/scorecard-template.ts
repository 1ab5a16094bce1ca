/**
 * P-14 scorecard templates as data (seed 002 §1.4): items per post, each either a KPI item (a formula
 * over system data, see kpi-items.ts) or a judgement item scored by a manager with a comment. A
 * template's items must add up to its stated total; the seed's 制度管理培训岗 card adds up to 110 and
 * is refused with the offending sum until corrected. Grade bands are part of the template.
 */
import { DomainError } from "../../shared/errors.js";
import { type GradeBand, DEFAULT_GRADE_BANDS, assertValidGradeBands } from "./grade-bands.js";
import { type KpiFormula, assertValidFormula } from "./kpi-items.js";

export type ScorecardItemKind = "kpi" | "judgement";

export interface ScorecardItem {
  /** Unique within the template. */
  code: string;
  /** The seed's group heading, e.g. "KPI指标达成情况". */
  section: string;
  nameZh: string;
  nameEn: string;
  /** Maximum points of the item. */
  points: number;
  kind: ScorecardItemKind;
  /** KPI items only. */
  formula?: KpiFormula | undefined;
  /** The seed's criterion text (evaluation guidance). */
  criteria?: string | undefined;
}

export interface ScorecardTemplateInput {
  post: string;
  nameZh: string;
  nameEn: string;
  total: number;
  items: ScorecardItem[];
  gradeBands?: GradeBand[] | undefined;
}

/** Sum of the items' points, rounded to 0.5 steps (the seed uses 2.5-point items). */
export function itemsSum(items: readonly Pick<ScorecardItem, "points">[]): number {
  return Math.round(items.reduce((s, i) => s + i.points, 0) * 2) / 2;
}

// P-14 a template is accepted only when its items add up to its stated total.
export function assertValidTemplate(t: ScorecardTemplateInput): readonly GradeBand[] {
  if (t.items.length === 0) throw new DomainError("validation", "scorecard_no_items", "A scorecard needs items");
  const codes = new Set<string>();
  for (const i of t.items) {
    if (codes.has(i.code)) throw new DomainError("validation", "scorecard_duplicate_item", `Item code ${i.code} appears twice`, { code: i.code });
    codes.add(i.code);
    if (!(i.points > 0)) throw new DomainError("validation", "scorecard_item_points", `Item ${i.code} needs positive points`, { code: i.code });
    if (i.kind === "kpi") {
      if (!i.formula) throw new DomainError("validation", "scorecard_kpi_without_formula", `KPI item ${i.code} needs a formula`, { code: i.code });
      assertValidFormula(i.code, i.formula);
    } else if (i.formula) {
      throw new DomainError("validation", "scorecard_judgement_with_formula", `Judgement item ${i.code} has no formula`, { code: i.code });
    }
  }
  const sum = itemsSum(t.items);
  if (sum !== t.total) {
    throw new DomainError("unprocessable", "scorecard_sum_mismatch", `Items add up to ${sum}, not the stated total ${t.total}`, { sum, total: t.total, post: t.post });
  }
  const bands = t.gradeBands ?? DEFAULT_GRADE_BANDS;
  assertValidGradeBands(bands, t.total);
  return bands;
}
