/**
 * C-19 (seed 003 第二篇 Art.11, 13(4)) a complaint received higher up is forwarded down to the
 * responsible unit, which handles it (the limit re-targeted at its level); the receiving level keeps
 * supervising (it stays the origin and sees the case) and the result is reported back up on reply.
 */
import { type OrgKind, isInSubtree } from "../org/org-tree.js";
import { DomainError } from "../shared/errors.js";
import { type HandlingLevel, handlingLevelOf } from "./case-model.js";

export function forwardTarget(current: { id: string; path: string }, target: { id: string; path: string; kind: OrgKind }): { unitId: string; level: HandlingLevel } {
  if (target.id === current.id || !isInSubtree(target.path, current.path)) {
    throw new DomainError("unprocessable", "forward_not_below", "A case is forwarded to a unit below the handling unit", { orgUnitId: target.id });
  }
  return { unitId: target.id, level: handlingLevelOf(target.kind) };
}
