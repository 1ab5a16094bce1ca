/**
 * P-14 the manager scores a judgement item (0…its points, with a comment) or enters the figure of a
 * KPI item the system does not hold (e.g. 档案归档率, errors of the quarter) with a comment; the card
 * is recomputed. Only while the card is open.
 */
import { DomainError, monthlyDaysLate } from "@ccms/core";
import { orgUnitRepository, scorecardRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { calendarForUnit } from "../../calendar/calendar-service.js";
import { appendAudit } from "../../control/audit.js";
import { cardInScope } from "./card-access.js";
import { type CardEntry, type CardFigures, cardViews } from "./card-view.js";
import { recomputeCard } from "./recompute-card.js";
import { templateItems } from "./template-view.js";

export async function scoreCardItem(ctx: AppContext, p: UserPrincipal, id: string, body: { itemCode: string; score?: number | undefined; value?: number | undefined; doneDates?: Array<{ month: string; doneOn: string }> | undefined; comment: string }) {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const { card, template } = await cardInScope(ex, p, id);
  if (card.state === "signed") throw new DomainError("conflict", "scorecard_signed", "The card is signed off: changes only by a correcting entry");
  const item = templateItems(template).find((i) => i.code === body.itemCode);
  if (!item) throw new DomainError("validation", "scorecard_unknown_item", "No such item on this card", { itemCode: body.itemCode });
  if (item.kind === "judgement") {
    if (body.score === undefined || body.score > item.points) throw new DomainError("validation", "scorecard_score_out_of_range", `Score must be 0…${item.points}`, { itemCode: item.code, points: item.points });
  } else if (body.doneDates && (item.formula?.metric === "noticeDaysLate" || item.formula?.metric === "archiveDaysLate")) {
    // P-14 保全后台岗: by the 5th / the 10th, postponed for holidays by the unit's working calendar
    const unit = (await orgUnitRepository.findById(ex, card.org_unit_id))!;
    body = { ...body, value: monthlyDaysLate(body.doneDates, item.formula.metric === "noticeDaysLate" ? 5 : 10, await calendarForUnit(ex, unit)) };
  } else if (body.value === undefined) {
    throw new DomainError("validation", "scorecard_value_required", "A KPI item takes a figure (value)", { itemCode: item.code });
  }
  const now = ctx.clock.now();
  const entries = JSON.parse(card.entries) as Record<string, CardEntry>;
  entries[item.code] = { ...(item.kind === "judgement" ? { score: body.score! } : { value: body.value! }), comment: body.comment, by: p.userId, at: now.toISOString() };
  const computed = recomputeCard(template, JSON.parse(card.figures) as CardFigures, entries, card.ledger_points, card.quarter_zero === 1);
  await ctx.tx(async (tx) => {
    await scorecardRepository.update(tx, card.id, { entries: JSON.stringify(entries), ...computed, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.scorecard_scored", entityType: "scorecard", entityId: card.id, orgUnitId: card.org_unit_id, details: { 季度: card.quarter, 项目: item.nameZh, 得分: body.score ?? null, 数值: body.value ?? null, 完成日期: body.doneDates?.map((d) => d.doneOn) ?? null, 说明: body.comment } });
  });
  return (await cardViews(ex, [(await scorecardRepository.findById(ex, card.id))!]))[0]!;
}
