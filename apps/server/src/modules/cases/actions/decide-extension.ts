/** C-07 the upper level approves or refuses a pending extension request. */
import { CASE_EVENT, DomainError } from "@ccms/core";
import { assertUpperLevel } from "../case-scope.js";
import { pendingExtensionOf } from "../pending-extension.js";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function decideExtension(w: CaseActionContext, a: ActionOf<"approve-extension">): Promise<void> {
  const { row, p } = w;
  moveCase(w, a.type);
  const pending = pendingExtensionOf(row);
  if (!pending) throw new DomainError("conflict", "no_pending_extension", "There is no extension request to decide");
  assertUpperLevel(p, (await w.units.get(row.org_unit_id)).unit);
  w.patch.pending_extension = null;
  if (a.approved) {
    addHistory(w, CASE_EVENT.extensionGranted, null, null, {
      metric: pending.metric,
      ...(pending.days !== null ? { days: pending.days } : {}),
      ...(pending.untilDate !== null ? { untilDate: pending.untilDate } : {}),
      ...(pending.step !== null ? { step: pending.step } : {}),
      reason: pending.reason,
      approval: "approved",
      note: a.note ?? null,
    });
  } else {
    addHistory(w, CASE_EVENT.extensionRefused, null, null, { metric: pending.metric, note: a.note ?? null });
  }
}
