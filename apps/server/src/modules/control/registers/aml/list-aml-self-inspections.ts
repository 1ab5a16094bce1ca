/** GET /api/v1/control/aml/self-inspections?counterId= — newest first. */
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentAmlSelfInspections } from "./present-aml-self-inspection.js";

export async function listAmlSelfInspections(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  return { items: await presentAmlSelfInspections(ex, await amlRepository.listSelfInspections(ex, await counterIdsInScope(ex, p, q.counterId)), ctx.clock.now()) };
}
