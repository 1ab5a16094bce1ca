/** P-14 a stored card as its view: item results with the template's names, evidence, names not ids. */
import { type CardResult, SYSTEM_METRICS, type ScorecardItem } from "@ccms/core";
import { type Executor, type ScorecardRow, type ScorecardTemplateRow, scorecardTemplateRepository, userRepository } from "@ccms/db";
import type { ScorecardView } from "@ccms/contracts";
import { templateItems } from "./template-view.js";

export interface CardEntry {
  score?: number | null;
  value?: number | null;
  comment: string;
  by: string;
  at: string;
}

/** What the run measured and keeps as evidence (figures column). */
export interface CardFigures {
  values: Record<string, number | null>;
  facts: ScorecardView["evidence"]["facts"];
  rulings: ScorecardView["evidence"]["rulings"];
  ledger: ScorecardView["evidence"]["ledger"];
}

export interface CardCorrectionEntry {
  points: number;
  reason: string;
  by: string;
  at: string;
}

const sourceOf = (i: ScorecardItem): "system" | "entered" | "judgement" =>
  i.kind === "judgement" ? "judgement" : (SYSTEM_METRICS as readonly string[]).includes(i.formula!.metric) ? "system" : "entered";

export async function cardViews(ex: Executor, rows: readonly ScorecardRow[]): Promise<ScorecardView[]> {
  const templates = new Map<string, ScorecardTemplateRow>((await scorecardTemplateRepository.findByIds(ex, [...new Set(rows.map((r) => r.template_id))])).map((t) => [t.id, t]));
  const names = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => [r.user_id, r.signed_by].filter((x): x is string => Boolean(x))))) {
    names.set(id, (await userRepository.findById(ex, id))?.displayName ?? "—");
  }
  return rows
    .map((r) => {
      const t = templates.get(r.template_id)!;
      const items = templateItems(t);
      const results = new Map((JSON.parse(r.items) as CardResult["items"]).map((x) => [x.code, x]));
      const entries = JSON.parse(r.entries) as Record<string, CardEntry>;
      const figures = JSON.parse(r.figures) as CardFigures;
      return {
        id: r.id,
        runId: r.run_id,
        userId: r.user_id,
        userName: names.get(r.user_id) ?? "—",
        orgUnitId: r.org_unit_id,
        quarter: r.quarter,
        templateId: t.id,
        templateName: t.name_zh,
        templateNameEn: t.name_en,
        post: t.post,
        total: t.total,
        items: items.map((i) => ({
          code: i.code,
          section: i.section,
          nameZh: i.nameZh,
          nameEn: i.nameEn,
          kind: i.kind,
          points: i.points,
          metric: i.formula?.metric ?? null,
          source: sourceOf(i),
          value: results.get(i.code)?.value ?? null,
          score: results.get(i.code)?.score ?? null,
          comment: entries[i.code]?.comment ?? null,
        })),
        itemsScore: r.items_score,
        ledgerPoints: r.ledger_points,
        quarterZero: r.quarter_zero === 1,
        corrections: JSON.parse(r.corrections) as CardCorrectionEntry[],
        score: r.score,
        grade: r.grade as ScorecardView["grade"],
        complete: r.complete === 1,
        standbyReason: (r.standby_reason as ScorecardView["standbyReason"]) ?? null,
        employeeComment: r.employee_comment,
        employeeCommentedAt: r.employee_commented_at,
        state: r.state as ScorecardView["state"],
        signedBy: r.signed_by ? (names.get(r.signed_by) ?? "—") : null,
        signedAt: r.signed_at,
        evidence: { rulings: figures.rulings, ledger: figures.ledger, facts: figures.facts },
      };
    })
    .sort((a, b) => a.userName.localeCompare(b.userName, "zh-CN"));
}
