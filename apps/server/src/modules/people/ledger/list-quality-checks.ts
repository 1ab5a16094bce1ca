/** seed 000 §七(二)2 quality checks of a unit's subtree (people.read) in a date range. */
import { isInSubtree } from "@ccms/core";
import { orgUnitRepository, qualityRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../../http/principal.js";
import { qualityCheckViews } from "./quality-check-view.js";

export async function listQualityChecks(ctx: AppContext, p: UserPrincipal, q: { orgUnitId: string; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId);
  const unitIds = (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => isInSubtree(u.path, p.scopePath)).map((u) => u.id);
  const rows = await qualityRepository.listQualityChecks(ex, { orgUnitIds: unitIds, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
  return { items: await qualityCheckViews(ex, rows) };
}
