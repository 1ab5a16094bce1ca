/** C-21 follow-through and settlement views: names, not ids; status from core on the unit's day. */
import { followThroughStatus, type FollowThroughKind, type FollowThroughState } from "@ccms/core";
import { type Executor, type FollowThroughRow, type SettlementRow, caseRepository, hqServiceRepository, orgUnitRepository, staffRecordRepository } from "@ccms/db";
import type { FollowThroughView, SettlementView } from "@ccms/contracts";

export async function departmentNames(ex: Executor): Promise<Map<string, string>> {
  return new Map((await hqServiceRepository.departments(ex)).map((d) => [d.code, d.name]));
}

export async function followThroughViews(ex: Executor, rows: readonly FollowThroughRow[], today: string): Promise<FollowThroughView[]> {
  if (rows.length === 0) return [];
  const [depts, names, cases] = await Promise.all([
    departmentNames(ex),
    staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.created_by, r.replied_by ?? ""])),
    caseRepository.findByIds(ex, [...new Set(rows.map((r) => r.case_id))]),
  ]);
  const units = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.org_unit_id))) units.set(id, (await orgUnitRepository.findById(ex, id))?.name ?? "");
  const numbers = new Map(cases.map((c) => [c.id, c.number]));
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseNumber: numbers.get(r.case_id) ?? "",
    orgUnitName: units.get(r.org_unit_id) ?? "",
    kind: r.kind as FollowThroughKind,
    departmentCode: r.department_code,
    departmentName: depts.get(r.department_code) ?? r.department_code,
    ownerName: r.owner_name,
    subject: r.subject,
    receivedOn: r.received_on,
    dueDate: r.due_date,
    status: followThroughStatus({ state: r.state as FollowThroughState, dueDate: r.due_date, repliedOn: r.replied_on }, today),
    reply: r.reply,
    repliedByName: r.replied_by ? (names.get(r.replied_by) ?? null) : null,
    repliedAt: r.replied_at,
    createdByName: names.get(r.created_by) ?? "",
  }));
}

export async function settlementViews(ex: Executor, rows: readonly SettlementRow[]): Promise<SettlementView[]> {
  const names = await staffRecordRepository.namesOf(ex, rows.map((r) => r.recorded_by));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as "compensation" | "penalty",
    recipientName: r.recipient_name,
    amountFen: r.amount_fen,
    reason: r.reason,
    recordedByName: names.get(r.recorded_by) ?? "",
    recordedAt: r.recorded_at,
  }));
}
