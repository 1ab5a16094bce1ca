/** K-11 archives are borrowed only through a recorded procedure: requested → approved → lent → returned. */
import { DomainError } from "../shared/errors.js";
import type { LocalDate } from "../shared/time.js";

export type ArchiveBorrowingStatus = "requested" | "approved" | "rejected" | "lent" | "returned";
export type ArchiveBorrowingAction = "decide" | "lend" | "return";

export function nextArchiveStatus(from: ArchiveBorrowingStatus, action: ArchiveBorrowingAction, approved = true): ArchiveBorrowingStatus {
  const bad = () => new DomainError("conflict", "archive_transition_invalid", `Cannot ${action} a ${from} borrowing`, { from, action });
  switch (action) {
    case "decide":
      if (from !== "requested") throw bad();
      return approved ? "approved" : "rejected";
    case "lend":
      if (from !== "approved") throw bad();
      return "lent";
    case "return":
      if (from !== "lent") throw bad();
      return "returned";
  }
}

export function isArchiveOverdue(status: ArchiveBorrowingStatus, dueDate: LocalDate, today: LocalDate): boolean {
  return (status === "lent" || status === "approved") && today > dueDate;
}
