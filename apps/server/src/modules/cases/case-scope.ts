/** ORG-01 scope of cases: a foreign case is 404; handling actions need the handling unit in scope. */
import { DomainError, isInSubtree } from "@ccms/core";
import { type CaseRow, type Executor, caseRepository } from "@ccms/db";
import { type Principal, type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";

/** ORG-01 a case is visible when its handling or receiving unit is in the caller's subtree. */
export function caseVisible(p: Principal, row: CaseRow): boolean {
  return isInSubtree(row.org_path, p.scopePath) || isInSubtree(row.origin_path, p.scopePath);
}

export async function loadVisibleCase(ex: Executor, p: Principal, id: string): Promise<CaseRow> {
  const row = await caseRepository.findById(ex, id);
  if (!row || !caseVisible(p, row)) throw notFound("case", id);
  return row;
}

/** The handling unit must be in the caller's subtree for handling actions (C-05 the origin may still note/contact). */
export function assertHandles(p: UserPrincipal, row: CaseRow): void {
  if (!isInSubtree(row.org_path, p.scopePath)) {
    throw new DomainError("forbidden", "not_handling_unit", "The case is handled by another unit", { orgUnitId: row.org_unit_id });
  }
}

/** Upper-level decisions: the caller's unit is a proper ancestor of `unit`. */
export function assertUpperLevel(p: UserPrincipal, unit: { id: string; path: string }): void {
  if (!isInSubtree(unit.path, p.scopePath) || p.orgUnitId === unit.id) {
    throw new DomainError("forbidden", "upper_level_required", "This decision belongs to the upper level", { orgUnitId: unit.id });
  }
}

export function need(p: Principal | null, action: string): UserPrincipal {
  return requirePermission(p, action);
}
