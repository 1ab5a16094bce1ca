/** P-09 the AB posts of a unit in scope. */
import { abPostRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { abPostViews } from "./ab-post-view.js";

export async function listAbPosts(ctx: AppContext, p: UserPrincipal, orgUnitId: string) {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  return { items: await abPostViews(ex, await abPostRepository.listByUnit(ex, unit.id)) };
}
