/** P-14 after sign-off a card changes only by a correcting entry (points ± with a reason), audited. */
import { DomainError, gradeOf } from "@ccms/core";
import { scorecardRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { cardInScope } from "./card-access.js";
import { type CardCorrectionEntry, cardViews } from "./card-view.js";
import { templateBands } from "./template-view.js";

export async function correctCard(ctx: AppContext, p: UserPrincipal, id: string, body: { points: number; reason: string }) {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const { card, template } = await cardInScope(ex, p, id);
  if (card.state !== "signed") throw new DomainError("conflict", "scorecard_not_signed", "An open card is changed by scoring its items, not by a correction");
  const now = ctx.clock.now();
  const corrections = [...(JSON.parse(card.corrections) as CardCorrectionEntry[]), { points: body.points, reason: body.reason, by: p.displayName, at: now.toISOString() }];
  const score = Math.round(Math.max(0, Math.min(template.total, card.score + body.points)) * 10) / 10;
  await ctx.tx(async (tx) => {
    await scorecardRepository.update(tx, card.id, { corrections: JSON.stringify(corrections), score, grade: gradeOf(score, templateBands(template)), updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.scorecard_corrected", entityType: "scorecard", entityId: card.id, orgUnitId: card.org_unit_id, details: { 季度: card.quarter, 分值: body.points, 原因: body.reason, 原得分: card.score, 新得分: score } });
  });
  return (await cardViews(ex, [(await scorecardRepository.findById(ex, card.id))!]))[0]!;
}
