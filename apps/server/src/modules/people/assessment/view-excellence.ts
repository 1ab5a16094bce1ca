/**
 * P-12 annual excellence of a centre: the year's signed-off cards averaged per person, top 3 at most
 * floor(15 % of the centre's headcount); people who lost eligibility (P-13 seed 003 Art.106/107, from
 * the ledger: ledgerRepository.ineligibleUsers) are skipped with the reason shown; so are the staff of a
 * department that lost award eligibility for the year (P-18: an error by a person serving untrained).
 */
import { awardEligibility, quartersOfYear, selectExcellence } from "@ccms/core";
import { ledgerRepository, orgUnitRepository, scorecardRepository, untrainedRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../../http/principal.js";

export async function viewExcellence(ctx: AppContext, p: UserPrincipal, q: { orgUnitId: string; year: number }) {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId);
  const units = await orgUnitRepository.listSubtree(ex, unit.path);
  const unitIds = units.map((u) => u.id);
  const people = (await userRepository.listInScope(ex, unit.path)).filter((u) => u.active);
  const cards = (await scorecardRepository.listByUnitsQuarters(ex, unitIds, quartersOfYear(q.year))).filter((c) => c.state === "signed");
  const ineligible = new Map<string, { reasonZh: string; reasonEn: string }>((await ledgerRepository.ineligibleUsers(ex, { orgUnitIds: unitIds, from: `${q.year}-01-01`, to: `${q.year}-12-31` })).map((x) => [x.userId, x]));
  // P-18 a department that lost award eligibility for the year: every person of it is skipped with the reason
  const from = `${q.year}-01-01`;
  const to = `${q.year}-12-31`;
  const unitLost = new Map<string, { reasonZh: string; reasonEn: string }>();
  for (const u of units) {
    const rows = await untrainedRepository.errorChargesOfUnit(ex, u.id, from, to);
    const r = awardEligibility(rows.map((e) => ({ id: e.id, userId: e.user_id, occurredOn: e.occurred_on, untrained: e.untrained === 1 })), { from, to });
    const first = r.reasons[0] && rows.find((e) => e.id === r.reasons[0]!.errorId);
    if (!r.eligible && first) {
      unitLost.set(u.id, {
        reasonZh: `所在部门本年度取消评奖资格：${first.user_name}于 ${first.occurred_on} 未经培训上岗发生差错`,
        reasonEn: `The department lost award eligibility for the year: ${first.user_name} made an error on ${first.occurred_on} while serving untrained`,
      });
    }
  }
  const unitOf = new Map(people.map((u) => [u.id, u.orgUnitId]));
  for (const c of cards) if (!unitOf.has(c.user_id)) unitOf.set(c.user_id, c.org_unit_id);
  for (const [userId, unitId] of unitOf) {
    const lost = unitLost.get(unitId);
    if (lost && !ineligible.has(userId)) ineligible.set(userId, lost);
  }
  const byUser = new Map<string, number[]>();
  for (const c of cards) byUser.set(c.user_id, [...(byUser.get(c.user_id) ?? []), c.score]);
  const name = new Map(people.map((u) => [u.id, u.displayName]));
  const candidates = [...byUser].map(([userId, scores]) => ({
    userId,
    average: Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10) / 10,
    quarters: scores.length,
    ineligibleReason: ineligible.get(userId)?.reasonZh ?? null,
  }));
  const r = selectExcellence(candidates, people.length);
  const entry = (c: (typeof candidates)[number]) => ({ userId: c.userId, userName: name.get(c.userId) ?? "—", average: c.average, quarters: c.quarters, reason: c.ineligibleReason, reasonEn: ineligible.get(c.userId)?.reasonEn ?? null });
  const ranking = [...candidates].sort((a, b) => b.average - a.average || a.userId.localeCompare(b.userId));
  return { orgUnitId: unit.id, year: q.year, headcount: people.length, quota: r.quota, chosen: r.chosen.map(entry), skipped: r.skipped.map(entry), ranking: ranking.map(entry) };
}
