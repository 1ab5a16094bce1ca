/** Close a case; C-10 every closed complaint gets a callback task for the responsible unit. */
import { CASE_EVENT } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { ulid } from "ulid";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function closeCase(w: CaseActionContext, a: ActionOf<"close">): Promise<void> {
  const { row, now } = w;
  const { from, to } = moveCase(w, a.type);
  w.patch.closed_at = now.toISOString();
  addHistory(w, CASE_EVENT.closed, from, to, { note: a.note ?? null });
  if (to !== "callback") return;
  const existing = await caseWorkRepository.findCallback(w.tx, row.id, "responsible", row.org_unit_id);
  if (existing) {
    await caseWorkRepository.updateCallback(w.tx, existing.id, { status: "pending", result: null, note: null, done_at: null, done_by: null });
    w.callbackTaskId = existing.id;
    return;
  }
  const id = ulid();
  await caseWorkRepository.insertCallback(w.tx, {
    id,
    case_id: row.id,
    org_unit_id: row.org_unit_id,
    level: "responsible",
    sample_id: null,
    status: "pending",
    result: null,
    note: null,
    due_at: null,
    created_at: now.toISOString(),
    done_at: null,
    done_by: null,
  });
  w.callbackTaskId = id;
}
