/**
 * C-06 escalation moves the case to the upper level (the parent unit); the reply limit is then taken
 * at the new handling level (re-targeted by level). C-05 the first responder stays recorded.
 */
import type { OrgKind } from "../org/org-tree.js";
import { DomainError } from "../shared/errors.js";
import { type HandlingLevel, handlingLevelOf } from "./case-model.js";

export interface EscalationTarget {
  unitId: string;
  level: HandlingLevel;
}

export function escalationTarget(current: { id: string; kind: OrgKind; parentId: string | null }, parent: { id: string; kind: OrgKind } | undefined): EscalationTarget {
  if (!current.parentId || !parent) {
    throw new DomainError("unprocessable", "no_upper_level", "The case is already at the top level", { orgUnitId: current.id });
  }
  return { unitId: parent.id, level: handlingLevelOf(parent.kind) };
}
