/**
 * P-12 annual excellence of a centre: the year's signed-off cards averaged per person, top 3 at most
 * floor(15 % of the centre's headcount); people who lost eligibility (P-13 seed 003 Art.106/107, from
 * the ledger: ledgerRepository.ineligibleUsers) are skipped with the reason shown.
 */
import { quartersOfYear, selectExcellence } from "@ccms/core";
import { ledgerRepository, orgUnitRepository, scorecardRepository, userRepository } from "@ccms/db";
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
  const ineligible = new Map((await ledgerRepository.ineligibleUsers(ex, { orgUnitIds: unitIds, from: `${q.year}-01-01`, to: `${q.year}-12-31` })).map((x) => [x.userId, x]));
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
