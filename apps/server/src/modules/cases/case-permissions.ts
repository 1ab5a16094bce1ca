/** Case permissions (K-07 defaults in migration 003) and which actions a caller may take on a case. */
import { type CaseActionType, type CaseKind, type CaseState, allowedCaseActions, isInSubtree } from "@ccms/core";
import type { CaseRow } from "@ccms/db";
import { CASE_ACTION_PERMISSION } from "@ccms/contracts";
import type { Principal } from "../../http/principal.js";

export const CASE_PERMISSIONS = [
  "case.read",
  "case.create",
  "case.handle",
  "case.escalate",
  "case.rule",
  "case.callback",
  "case.policy",
  "case.report",
] as const;

/** Permission needed for each action (K-07 defaults in migration 003). */
export const ACTION_PERMISSION = CASE_ACTION_PERMISSION;

/** Actions the receiving unit may still take after the case moved up (C-05 the first responder reports back). */
export const ORIGIN_ALLOWED: ReadonlySet<CaseActionType> = new Set<CaseActionType>(["contact", "note", "apply-reconsideration", "appeal", "complete-rectification"]);

/** Actions the caller may take now: state allows it, the caller has the permission and handles the case (or may act from the origin). */
export function callerActions(p: Principal, row: CaseRow): CaseActionType[] {
  if (p.kind !== "user") return [];
  const handles = isInSubtree(row.org_path, p.scopePath);
  return allowedCaseActions(row.kind as CaseKind, row.state as CaseState).filter(
    (a) => p.permissions.has(ACTION_PERMISSION[a]) && (handles || ORIGIN_ALLOWED.has(a)),
  );
}
