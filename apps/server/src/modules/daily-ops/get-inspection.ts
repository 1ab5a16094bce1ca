/** One inspection with its photos. */
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { loadInspection, presentInspections } from "./present-inspections.js";

export async function getInspection(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const { row } = await loadInspection(p, ctx.database.db, id);
  return (await presentInspections(ctx.database.db, [row], true))[0]!;
}
