/** One shift handover in the caller's scope. */
import { handoverRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentHandovers } from "./present-handovers.js";

export async function getHandover(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await handoverRepository.findById(ex, id);
  if (!r) throw notFound("handover", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("handover", id);
  });
  return (await presentHandovers(ex, [r]))[0]!;
}
