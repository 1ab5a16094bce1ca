/** The inspection register (list rows omit photos). */
import type { InspectionKind, InspectionStatus } from "@ccms/core";
import { inspectionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentInspections } from "./present-inspections.js";

export async function listInspections(
  ctx: AppContext,
  p: UserPrincipal,
  q: { counterId?: string | undefined; kind?: InspectionKind | undefined; status?: InspectionStatus | undefined; from?: string | undefined; to?: string | undefined },
) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await inspectionRepository.listLatest(ex, { counterIds, from: q.from, to: q.to, kind: q.kind, status: q.status });
  return { items: await presentInspections(ex, rows, false) };
}
