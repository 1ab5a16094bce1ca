/** C-07 the extension request that waits for the upper level, stored on the case row. */
import type { CaseRow } from "@ccms/db";

export interface PendingExtensionData {
  metric: "reply" | "reconsiderationDecision";
  reason: string;
  untilDate: string | null;
  days: number | null;
  step: number | null;
  requestedAt: string;
  requestedBy: string | null;
}

export function pendingExtensionOf(row: CaseRow): PendingExtensionData | null {
  return row.pending_extension ? (JSON.parse(row.pending_extension) as PendingExtensionData) : null;
}
