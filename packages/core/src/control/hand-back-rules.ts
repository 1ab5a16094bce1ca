/**
 * K-02 (seed 001 九) a teller off for more than one working day hands seals and controlled documents
 * back to the counter manager the working day before; they are counted (已清点) and locked in the safe.
 */
import { DomainError } from "../shared/errors.js";
import type { LocalDate } from "../shared/time.js";
import { COUNTED_MARK } from "./custody-rules.js";
import type { HandBackStatus } from "./register-values.js";

/**
 * K-02 the hand-back a recorded leave makes due: only an approved leave with a due date (more than
 * one working day), and only for a counter's own staff (they alone hold seals). Null when none.
 */
export function handBackDueFor(leave: { approved: boolean; dueDate: LocalDate | null }, unitKind: string): LocalDate | null {
  return leave.approved && leave.dueDate && unitKind === "counter" ? leave.dueDate : null;
}

/**
 * K-02 who may receive a hand-back: it must be pending, the receiver another person than the one
 * going on leave, and the counter manager (not any holder of seal.manage).
 */
export function assertHandBackReceivable(handBack: { status: HandBackStatus; userId: string }, receiver: { userId: string; isCounterManager: boolean }): void {
  if (handBack.status !== "pending") throw new DomainError("conflict", "hand_back_not_pending", "This hand-back is not pending");
  if (handBack.userId === receiver.userId) throw new DomainError("forbidden", "hand_back_to_self", "Another person must receive the hand-back");
  if (!receiver.isCounterManager) throw new DomainError("forbidden", "hand_back_manager_only", "The counter manager receives a hand-back", {});
}

/** K-02 the note on each counted hand-back movement: "已清点", then the receiver's note if any. */
export function handBackMovementNote(note?: string): string {
  return note ? `${COUNTED_MARK} ${note}` : COUNTED_MARK;
}
