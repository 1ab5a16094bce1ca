/** P-14 a card in the caller's scope (by its unit), with its template. */
import { type Executor, type ScorecardRow, type ScorecardTemplateRow, orgUnitRepository, scorecardRepository, scorecardTemplateRepository } from "@ccms/db";
import { type UserPrincipal, assertPathInScope, notFound } from "../../../http/principal.js";

export async function cardInScope(ex: Executor, p: UserPrincipal, id: string, ownAllowed = false): Promise<{ card: ScorecardRow; template: ScorecardTemplateRow }> {
  const card = await scorecardRepository.findById(ex, id);
  if (!card) throw notFound("scorecard", id);
  if (!(ownAllowed && card.user_id === p.userId)) {
    const unit = await orgUnitRepository.findById(ex, card.org_unit_id);
    if (!unit) throw notFound("scorecard", id);
    assertPathInScope(p, unit.path, "scorecard", id);
  }
  const template = (await scorecardTemplateRepository.findById(ex, card.template_id))!;
  return { card, template };
}
