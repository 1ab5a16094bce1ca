/**
 * C-07 (seed 000 §五(七), 003 第二篇 Art.14) a handler cannot stop a reply clock alone: the pause is
 * decided by the counter manager of the handling unit, or by the level above when the handler is that
 * unit's manager; never by the handler. Until approved the clock runs.
 */
import { DomainError } from "../shared/errors.js";
import { isInSubtree } from "../org/org-tree.js";

export interface PauseDecider {
  userId: string;
  /** Path of the decider's own unit. */
  unitPath: string;
}

export interface PauseCase {
  handlerId: string | null;
  /** The handler manages the handling unit (counter manager of it). */
  handlerIsUnitManager: boolean;
  unitPath: string;
}

export function assertPauseDecider(decider: PauseDecider, c: PauseCase): void {
  if (c.handlerId !== null && decider.userId === c.handlerId) {
    throw new DomainError("forbidden", "pause_own_case", "A handler cannot approve stopping their own clock", {});
  }
  const above = decider.unitPath !== c.unitPath && isInSubtree(c.unitPath, decider.unitPath);
  if (c.handlerIsUnitManager && !above) {
    throw new DomainError("forbidden", "pause_needs_level_above", "The manager's own case: the pause is decided by the level above", {});
  }
  if (!above && decider.unitPath !== c.unitPath) {
    throw new DomainError("forbidden", "pause_outside_unit", "The pause is decided at the handling unit or above", {});
  }
}
