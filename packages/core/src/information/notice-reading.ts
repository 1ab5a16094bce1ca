/**
 * I-01 business notices 业务通知: read by everyone in the publishing unit's subtree, by a date to read
 * by (the unit's local date). A reader's status: read, unread, or overdue (unread after that date).
 */
import type { LocalDate } from "../shared/time.js";

export type NoticeReadStatus = "read" | "unread" | "overdue";

export function noticeReadStatus(readBy: LocalDate | null, readOn: LocalDate | null, today: LocalDate): NoticeReadStatus {
  if (readOn) return "read";
  return readBy !== null && today > readBy ? "overdue" : "unread";
}
