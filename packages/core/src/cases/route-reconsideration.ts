/**
 * C-09 an application for reconsideration goes to the upper unit (the parent of the handling unit),
 * which handles it at its own level; at the top level it stays where it is. The application date is
 * never in the future and a case is reconsidered once.
 */
import type { OrgKind } from "../org/org-tree.js";
import { DomainError } from "../shared/errors.js";
import { type HandlingLevel, handlingLevelOf } from "./case-model.js";

export interface ReconsiderationTarget {
  unitId: string;
  level: HandlingLevel;
  /** The case moves to the upper unit (false: already at the top). */
  moved: boolean;
}

export function reconsiderationTarget(
  current: { id: string; level: HandlingLevel },
  parent: { id: string; kind: OrgKind } | undefined,
): ReconsiderationTarget {
  if (!parent) return { unitId: current.id, level: current.level, moved: false };
  return { unitId: parent.id, level: handlingLevelOf(parent.kind), moved: true };
}

export function assertAppliedAtNotInFuture(appliedAt: Date, now: Date): void {
  if (appliedAt.getTime() > now.getTime()) throw new DomainError("validation", "applied_at_in_future", "appliedAt cannot be in the future");
}

export function assertNotReconsideredYet(alreadyApplied: boolean): void {
  if (alreadyApplied) throw new DomainError("conflict", "reconsideration_already_applied", "Reconsideration has already been applied for");
}
