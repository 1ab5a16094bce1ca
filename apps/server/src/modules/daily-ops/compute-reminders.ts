/**
 * What needs attention now: overdue archive borrowings (K-11), overdue corrective actions, hand-backs
 * due (K-02), open level-I incidents (D-09), unrepaired faults (D-08), open focus issues (D-01), a
 * business day without a close (D-06). Computed from the registers, not stored.
 */
import { isArchiveOverdue, localDateOf } from "@ccms/core";
import { type Executor, archiveBorrowingRepository, correctiveActionRepository, equipmentFaultRepository, handBackRepository, incidentRepository, meetingRepository, orgUnitRepository } from "@ccms/db";
import { findMissedClose } from "./find-missed-close.js";
import { parseJson } from "./parse-json.js";

export type ReminderKind = "archive_overdue" | "corrective_action_overdue" | "hand_back_due" | "incident_open" | "fault_open" | "focus_issue_open" | "daily_close_missing";
export interface ReminderItem {
  kind: ReminderKind;
  counterId: string;
  entityId: string;
  dueDate: string | null;
  data: Record<string, unknown>;
}

export async function computeReminders(ex: Executor, counterIds: string[], now: Date): Promise<ReminderItem[]> {
  if (counterIds.length === 0) return [];
  const units = await orgUnitRepository.findByIds(ex, counterIds);
  const today = new Map(units.map((u) => [u.id, localDateOf(now, u.timeZone)]));
  const out: ReminderItem[] = [];
  for (const b of await archiveBorrowingRepository.listAtCounters(ex, counterIds)) {
    if (isArchiveOverdue(b.status as never, b.due_date, today.get(b.counter_id) ?? "")) out.push({ kind: "archive_overdue", counterId: b.counter_id, entityId: b.id, dueDate: b.due_date, data: { archiveRef: b.archive_ref, borrowerId: b.borrower_id } });
  }
  for (const a of await correctiveActionRepository.listAtCounters(ex, counterIds, { status: "open" })) {
    if ((today.get(a.counter_id) ?? "") > a.due_date) out.push({ kind: "corrective_action_overdue", counterId: a.counter_id, entityId: a.id, dueDate: a.due_date, data: { ownerId: a.owner_id, itemKey: a.item_key } });
  }
  for (const h of await handBackRepository.listAtCounters(ex, counterIds, { status: "pending" })) {
    if (h.due_date <= (today.get(h.counter_id) ?? "")) out.push({ kind: "hand_back_due", counterId: h.counter_id, entityId: h.id, dueDate: h.due_date, data: { userId: h.user_id } });
  }
  for (const i of await incidentRepository.listOpen(ex, counterIds)) {
    out.push({ kind: "incident_open", counterId: i.counter_id, entityId: i.id, dueDate: null, data: { level: i.level, title: i.title } });
  }
  for (const f of await equipmentFaultRepository.listOpenAtCounters(ex, counterIds)) {
    out.push({ kind: "fault_open", counterId: f.counter_id, entityId: f.id, dueDate: null, data: { equipmentId: f.equipment_id, status: f.status } });
  }
  for (const m of await meetingRepository.listWithOpenFocus(ex, counterIds)) {
    const open = parseJson<Array<{ text: string; done: boolean }>>(m.focus_issues, []).filter((x) => !x.done);
    if (open.length > 0) out.push({ kind: "focus_issue_open", counterId: m.counter_id, entityId: m.id, dueDate: m.business_date, data: { open: open.length } });
  }
  // D-06 a business day with no close, found the next morning.
  for (const u of units.filter((x) => x.kind === "counter")) {
    const missed = await findMissedClose(ex, u, now);
    if (missed) out.push({ kind: "daily_close_missing", counterId: u.id, entityId: `${u.id}_${missed}`, dueDate: missed, data: { businessDate: missed } });
  }
  return out;
}
