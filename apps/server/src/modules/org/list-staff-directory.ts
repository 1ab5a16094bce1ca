/**
 * ORG-01 staff directory (issue 10 item 2): every signed-in staff member may read the names of the
 * people in their own subtree — pickers and "who" columns need names, not the admin-only `/users`.
 * A unit outside the subtree is 404 (unitInScope).
 */
import { staffDirectoryRepository } from "@ccms/db";
import type { StaffDirectory, StaffDirectoryQuery } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";

export async function listStaffDirectory(ctx: AppContext, p: UserPrincipal, q: StaffDirectoryQuery): Promise<StaffDirectory> {
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const items = await staffDirectoryRepository.list(ex, unit.path, { subtree: q.subtree !== "false", includeInactive: q.includeInactive === "true" });
  return { items };
}
