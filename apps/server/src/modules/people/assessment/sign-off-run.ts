/**
 * P-14 the manager signs the quarter off: every card must be complete; cards and run are locked
 * (later changes only by a correcting entry). Three failed quarters (cumulative) or a failed year →
 * a standby-training proposal recorded on the card (People I's staff record shows the person), and the
 * standby training itself started through People I's use case (P-04), once per person and year.
 */
import { DomainError, type GradeCode, addDays, localDateOf, standbyProposal } from "@ccms/core";
import { assessmentRunRepository, orgUnitRepository, scorecardRepository, scorecardTemplateRepository, trainingRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { startStandbyTraining } from "../start-standby-training.js";
import { cardViews } from "./card-view.js";
import { runView } from "./run-view.js";
import { templateBands } from "./template-view.js";

export async function signOffRun(ctx: AppContext, p: UserPrincipal, runId: string) {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const run = await assessmentRunRepository.findById(ex, runId);
  const unit = run ? await orgUnitRepository.findById(ex, run.org_unit_id) : undefined;
  if (!run || !unit) throw notFound("assessment_run", runId);
  assertPathInScope(p, unit.path, "assessment_run", runId);
  if (run.state === "signed") throw new DomainError("conflict", "assessment_run_signed", "This quarter is already signed off");
  const cards = await scorecardRepository.listByRun(ex, run.id);
  const open = cards.filter((c) => c.complete !== 1);
  if (open.length > 0) {
    const names = await Promise.all(open.map(async (c) => (await userRepository.findById(ex, c.user_id))?.displayName ?? "—"));
    throw new DomainError("unprocessable", "assessment_incomplete", "Some cards still have items without a score", { people: names });
  }
  const year = Number(run.quarter.slice(0, 4));
  const now = ctx.clock.now();
  const standby: Array<{ id: string; reason: string }> = [];
  for (const c of cards) {
    const t = (await scorecardTemplateRepository.findById(ex, c.template_id))!;
    const history = (await scorecardRepository.listByUser(ex, c.user_id)).filter((h) => h.state === "signed" || h.id === c.id).map((h) => ({ quarter: h.quarter, score: h.score, grade: h.grade as GradeCode }));
    const reason = standbyProposal(history, year, templateBands(t));
    if (reason) standby.push({ id: c.id, reason });
  }
  await ctx.tx(async (tx) => {
    for (const c of cards) {
      await scorecardRepository.update(tx, c.id, { state: "signed", signed_by: p.userId, signed_at: now.toISOString(), standby_reason: standby.find((s) => s.id === c.id)?.reason ?? null, updated_at: now.toISOString() });
    }
    await assessmentRunRepository.update(tx, run.id, { state: "signed", signed_by: p.userId, signed_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.assessment_run_signed", entityType: "assessment_run", entityId: run.id, orgUnitId: unit.id, details: { 季度: run.quarter, 考核表数: cards.length, 待岗培训建议: standby.length } });
  });
  // P-14 → P-04 the flagged people get their standby training (two weeks from the sign-off day, one exam)
  if (p.permissions.has("people.training.manage")) {
    const today = localDateOf(now, unit.timeZone);
    for (const s of standby) {
      const card = cards.find((c) => c.id === s.id)!;
      const exams = (await trainingRepository.examsOf(ex, [card.user_id])).filter((e) => e.kind === "standby");
      if (exams.some((e) => e.state === "open" || Number(e.created_at.slice(0, 4)) >= year)) continue;
      await startStandbyTraining(ctx, p, { userId: card.user_id, reason: s.reason === "failedYear" ? "年度考核不合格" : "累计三个季度考核不合格", startsOn: today, endsOn: addDays(today, 13), passMark: 60 });
    }
  }
  const signed = (await assessmentRunRepository.findById(ex, run.id))!;
  return { run: await runView(ex, signed, unit), cards: await cardViews(ex, await scorecardRepository.listByRun(ex, run.id)), skipped: [] };
}
