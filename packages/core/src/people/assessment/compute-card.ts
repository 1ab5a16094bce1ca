/**
 * P-14 a person's quarterly card: KPI items scored from the measured figures, judgement items from the
 * manager's scores, the ledger's approved points added (P-12/P-13 — an input: the run reads it from
 * the ledger), a quarter-zero entry (seed 003 Art.107.5/.6/.10/.13) sets the score to 0, clamped to
 * 0…total, and the grade from the template's bands. Open items (no figure, no score) keep the card
 * provisional: its score is what is known so far.
 */
import { type GradeBand, type GradeCode, gradeOf } from "./grade-bands.js";
import { scoreKpi } from "./kpi-items.js";
import type { ScorecardItem } from "./scorecard-template.js";

export interface CardInputs {
  /** Measured figures of the KPI items' metrics (null: not available). */
  figures: Readonly<Record<string, number | null>>;
  /** Judgement scores (and entered figures) by item code. */
  entries: Readonly<Record<string, { score?: number | null; value?: number | null }>>;
  /** P-12/P-13 approved ledger points of the quarter. */
  ledgerPoints: number;
  /** P-13 an approved quarter-zero entry. */
  quarterZero: boolean;
}

export interface CardItemResult {
  code: string;
  kind: "kpi" | "judgement";
  points: number;
  value: number | null;
  score: number | null;
}

export interface CardResult {
  items: CardItemResult[];
  itemsScore: number;
  ledgerPoints: number;
  score: number;
  grade: GradeCode;
  complete: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function computeCard(items: readonly ScorecardItem[], total: number, bands: readonly GradeBand[], inp: CardInputs): CardResult {
  const results: CardItemResult[] = items.map((i) => {
    const entry = inp.entries[i.code];
    if (i.kind === "kpi") {
      const measured = inp.figures[i.formula!.metric];
      const value = entry?.value ?? (measured === undefined ? null : measured);
      return { code: i.code, kind: "kpi", points: i.points, value, score: scoreKpi(i.points, i.formula!.scoring, value) };
    }
    const s = entry?.score;
    return { code: i.code, kind: "judgement", points: i.points, value: null, score: s === undefined || s === null ? null : Math.max(0, Math.min(i.points, s)) };
  });
  const itemsScore = round1(results.reduce((s, r) => s + (r.score ?? 0), 0));
  const score = inp.quarterZero ? 0 : round1(Math.max(0, Math.min(total, itemsScore + inp.ledgerPoints)));
  return { items: results, itemsScore, ledgerPoints: inp.ledgerPoints, score, grade: gradeOf(score, bands), complete: results.every((r) => r.score !== null) };
}
