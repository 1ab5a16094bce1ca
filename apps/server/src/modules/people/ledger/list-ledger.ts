/**
 * P-12/P-13 ledger entries: one's own (any signed-in user), a person's or a unit's subtree (people.read),
 * with approved totals per person and whether they keep annual-excellence eligibility.
 */
import { isInSubtree } from "@ccms/core";
import { ledgerRepository, orgUnitRepository } from "@ccms/db";
import type { ListLedgerQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope, userIdInScope } from "../../../http/principal.js";
import { ledgerViews } from "./ledger-view.js";

export async function listLedger(ctx: AppContext, p: UserPrincipal, q: ListLedgerQuery) {
  const ex = ctx.database.db;
  let filter: { userId?: string; orgUnitIds?: string[] };
  if (q.userId && q.userId === p.userId) filter = { userId: p.userId };
  else if (q.userId) {
    requirePermission(p, "people.read");
    filter = { userId: (await userIdInScope(ex, p, q.userId)).id };
  } else if (q.orgUnitId) {
    requirePermission(p, "people.read");
    const unit = await unitInScope(ex, p, q.orgUnitId);
    filter = { orgUnitIds: (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => isInSubtree(u.path, p.scopePath)).map((u) => u.id) };
  } else filter = { userId: p.userId };
  let rows = await ledgerRepository.listEntries(ex, { ...filter, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.state ? { states: [q.state] } : {}) });
  if (q.appealState) rows = rows.filter((r) => r.appeal_state === q.appealState);
  const items = await ledgerViews(ex, p, rows);
  const totals = new Map<string, { userId: string; userName: string; points: number; eligible: boolean }>();
  for (const i of items) {
    const t = totals.get(i.userId) ?? { userId: i.userId, userName: i.userName, points: 0, eligible: true };
    if (i.state === "approved") {
      t.points += i.points;
      if (i.losesEligibility) t.eligible = false;
    }
    totals.set(i.userId, t);
  }
  return { items, totals: [...totals.values()] };
}
