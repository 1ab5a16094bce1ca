/** D-02, D-04, D-05, D-11 start an inspection against a template version in force at the counter. */
import { type InspectionTemplateSection, mergeInspectionAnswers, templateAppliesAt } from "@ccms/core";
import type { StartInspectionRequest } from "@ccms/contracts";
import { inspectionRepository, inspectionTemplateRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { getInspection } from "./get-inspection.js";
import { toAnswerValues } from "./inspection-answers.js";
import { parseJson } from "./parse-json.js";
import { scopedTemplates } from "./present-inspections.js";

export async function startInspection(ctx: AppContext, p: UserPrincipal, body: StartInspectionRequest) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const t = await inspectionTemplateRepository.findById(ex, body.templateId);
  if (!t) throw notFound("inspection_template", body.templateId);
  // ORG-01 a version written for another subtree does not exist at this counter
  const [scoped] = await scopedTemplates(ex, [t]);
  if (!templateAppliesAt(scoped!, counter.path)) throw notFound("inspection_template", body.templateId);
  const template = { sections: parseJson<InspectionTemplateSection[]>(t.sections, []) };
  const answers = mergeInspectionAnswers(template, [], toAnswerValues(body.answers ?? []));
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await inspectionRepository.insert(tx, {
      id,
      counter_id: counter.id,
      template_id: t.id,
      kind: t.kind,
      business_date: body.businessDate ?? businessDateOf(counter, now),
      inspector_id: p.userId,
      participants: JSON.stringify(body.participants ?? []),
      status: "in_progress",
      answers: JSON.stringify(answers),
      score: null,
      failed_count: 0,
      note: null,
      started_at: now.toISOString(),
      submitted_at: null,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "inspection.started",
      entityType: "inspection",
      entityId: id,
      orgUnitId: counter.id,
      details: { templateId: t.id, code: t.code, version: t.version },
    });
  });
  return getInspection(ctx, p, id);
}
