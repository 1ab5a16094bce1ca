/** C-14 a corrective action with owner and due date; ORG-01 the owner is a user in the caller's scope (issue 9 item 7). */
import { CASE_EVENT, DomainError, localDateOf } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { ulid } from "ulid";
import { notFound, userIdInScope } from "../../../http/principal.js";
import { type ActionOf, type CaseActionContext, addHistory } from "./case-action-context.js";

export async function addRectification(w: CaseActionContext, a: ActionOf<"add-rectification">): Promise<void> {
  const { row, now } = w;
  if (a.findingId) {
    const findings = await caseWorkRepository.findingsOf(w.tx, row.id);
    if (!findings.some((f) => f.id === a.findingId)) throw notFound("finding", a.findingId);
  }
  if (a.ownerId) await userIdInScope(w.tx, w.p, a.ownerId);
  const unit = (await w.units.get(row.org_unit_id)).unit;
  if (a.dueDate < localDateOf(now, unit.timeZone)) throw new DomainError("validation", "due_date_in_past", "The due date is in the past", { dueDate: a.dueDate });
  const id = ulid();
  await caseWorkRepository.insertRectification(w.tx, {
    id,
    case_id: row.id,
    finding_id: a.findingId ?? null,
    org_unit_id: row.org_unit_id,
    action: a.action,
    owner_name: a.ownerName,
    owner_id: a.ownerId ?? null,
    due_date: a.dueDate,
    status: "open",
    effect: null,
    created_at: now.toISOString(),
    done_at: null,
  });
  addHistory(w, CASE_EVENT.rectificationAdded, null, null, { rectificationId: id, findingId: a.findingId ?? null, action: a.action, ownerName: a.ownerName, dueDate: a.dueDate });
}
