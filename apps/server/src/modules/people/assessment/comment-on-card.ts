/** P-14 the employee comments on their own card while it is open. */
import { DomainError } from "@ccms/core";
import { scorecardRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { cardViews } from "./card-view.js";

export async function commentOnCard(ctx: AppContext, p: UserPrincipal, id: string, comment: string) {
  const ex = ctx.database.db;
  const card = await scorecardRepository.findById(ex, id);
  if (!card || card.user_id !== p.userId) throw notFound("scorecard", id);
  if (card.state === "signed") throw new DomainError("conflict", "scorecard_signed", "The card is signed off");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await scorecardRepository.update(tx, card.id, { employee_comment: comment, employee_commented_at: now.toISOString(), updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.scorecard_commented", entityType: "scorecard", entityId: card.id, orgUnitId: card.org_unit_id, details: { 季度: card.quarter, 意见: comment } });
  });
  return (await cardViews(ex, [(await scorecardRepository.findById(ex, card.id))!]))[0]!;
}
