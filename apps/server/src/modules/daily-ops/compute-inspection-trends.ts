/** Trends per counter: average score and failed items per date and kind; the most failed items. */
import { type InspectionAnswerValue, type InspectionKind, type InspectionTemplateSection, templateItems } from "@ccms/core";
import { type InspectionTemplateRow, inspectionRepository, inspectionTemplateRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { parseJson } from "./parse-json.js";

export async function computeInspectionTrends(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; kind?: InspectionKind | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await inspectionRepository.listSubmittedByDate(ex, { counterIds, from: q.from, to: q.to, kind: q.kind });
  const points = new Map<string, { counterId: string; businessDate: string; kind: InspectionKind; inspections: number; scoreSum: number; failedItems: number }>();
  const failures = new Map<string, { templateCode: string; itemKey: string; text: string; failures: number }>();
  const templates = new Map<string, InspectionTemplateRow | undefined>();
  for (const r of rows) {
    const key = `${r.counter_id}|${r.business_date}|${r.kind}`;
    const pt = points.get(key) ?? { counterId: r.counter_id, businessDate: r.business_date, kind: r.kind, inspections: 0, scoreSum: 0, failedItems: 0 };
    pt.inspections++;
    pt.scoreSum += (r.score ?? 0) / 10;
    pt.failedItems += r.failed_count;
    points.set(key, pt);
    if (!templates.has(r.template_id)) templates.set(r.template_id, await inspectionTemplateRepository.findById(ex, r.template_id));
    const t = templates.get(r.template_id);
    const texts = new Map(templateItems({ sections: parseJson<InspectionTemplateSection[]>(t?.sections, []) }).map((i) => [i.key, i.text]));
    for (const a of parseJson<InspectionAnswerValue[]>(r.answers, [])) {
      if (a.result !== "fail") continue;
      const fk = `${t?.code ?? ""}|${a.itemKey}`;
      const f = failures.get(fk) ?? { templateCode: t?.code ?? "", itemKey: a.itemKey, text: texts.get(a.itemKey) ?? a.itemKey, failures: 0 };
      f.failures++;
      failures.set(fk, f);
    }
  }
  return {
    points: [...points.values()].map(({ scoreSum, ...pt }) => ({ ...pt, averageScore: Math.round((scoreSum / pt.inspections) * 10) / 10 })),
    topFailures: [...failures.values()].sort((a, b) => b.failures - a.failures).slice(0, 20),
  };
}
