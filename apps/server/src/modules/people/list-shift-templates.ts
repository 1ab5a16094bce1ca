/** P-05 the active shift templates of a unit in scope. */
import { shiftTemplateRepository } from "@ccms/db";
import type { ShiftTemplateView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { shiftTemplateView } from "./shift-template-view.js";

export async function listShiftTemplates(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<{ items: ShiftTemplateView[] }> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  return { items: (await shiftTemplateRepository.listActive(ex, unit.id)).map(shiftTemplateView) };
}
