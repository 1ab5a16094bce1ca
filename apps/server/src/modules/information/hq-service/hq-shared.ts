/** I-06 shared lookups: HQ (the root unit) with its calendar and day, the time-limit table, the request views. */
import { type HqRequestKind, type HqRequestState, type HqTaskState, DomainError, hqTaskStatus, localDateOf, responsibilityForMiss } from "@ccms/core";
import { type Executor, type HqRequestRow, type HqTaskRow, hqServiceRepository, orgUnitRepository } from "@ccms/db";
import type { HqRequestView, HqTaskView } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, notFound } from "../../../http/principal.js";
import { calendarForUnit } from "../../calendar/calendar-service.js";

export async function hqDay(ctx: AppContext, ex: Executor) {
  const hq = await orgUnitRepository.findRoot(ex);
  if (!hq) throw notFound("org_unit", "root");
  const now = ctx.clock.now();
  return { hq, now, today: localDateOf(now, hq.timeZone), calendar: () => calendarForUnit(ex, hq) };
}

export function anyHqPermission(p: UserPrincipal): void {
  if (!["information.hq.request", "information.hq.coordinate", "information.hq.work"].some((a) => p.permissions.has(a))) {
    throw new DomainError("forbidden", "permission_denied", "Missing permission information.hq.request", { action: "information.hq.request" });
  }
}

/** A request is visible to the coordination point and HQ departments, or to the branch it came from (and its upper levels). */
export async function loadRequest(ex: Executor, p: UserPrincipal, id: string): Promise<HqRequestRow> {
  const r = await hqServiceRepository.findRequest(ex, id);
  if (!r) throw notFound("hq_request", id);
  const unit = await orgUnitRepository.findById(ex, r.from_unit_id);
  const hqSide = p.permissions.has("information.hq.coordinate") || p.permissions.has("information.hq.work");
  if (!hqSide && !(unit && unit.path.startsWith(p.scopePath))) throw notFound("hq_request", id);
  return r;
}

export function taskView(t: HqTaskRow, req: { subject: string; from_unit_name: string }, departments: Map<string, string>, today: string): HqTaskView {
  const status = hqTaskStatus({ state: t.state as HqTaskState, dueDate: t.due_date, repliedOn: t.replied_on }, today);
  const resp = responsibilityForMiss({ ownerId: t.owner_id, delegateId: t.delegate_id }, status);
  return {
    id: t.id,
    requestId: t.request_id,
    requestSubject: req.subject,
    fromUnitName: req.from_unit_name,
    departmentCode: t.department_code,
    departmentName: departments.get(t.department_code) ?? t.department_code,
    ownerId: t.owner_id,
    ownerName: t.owner_name,
    delegateName: t.delegate_name,
    limitDays: t.limit_days,
    dueDate: t.due_date,
    status,
    reply: t.reply,
    repliedAt: t.replied_at,
    responsibility: resp ? { primaryName: t.owner_name, secondaryName: resp.secondaryId ? t.delegate_name : null } : null,
  };
}

export async function requestViews(ex: Executor, rows: readonly HqRequestRow[], today: string): Promise<HqRequestView[]> {
  const [tasks, depts] = await Promise.all([hqServiceRepository.tasksOf(ex, rows.map((r) => r.id)), departmentNameMap(ex)]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as HqRequestKind,
    subject: r.subject,
    content: r.content,
    fromUnitName: r.from_unit_name,
    createdByName: r.created_by_name,
    receivedOn: r.received_on,
    dueDate: r.due_date,
    state: r.state as HqRequestState,
    overdue: r.state === "answered" ? (r.answered_on ?? "") > r.due_date : today > r.due_date,
    answer: r.answer,
    answeredAt: r.answered_at,
    tasks: tasks.filter((t) => t.request_id === r.id).map((t) => taskView(t, r, depts, today)),
  }));
}

export async function departmentNameMap(ex: Executor): Promise<Map<string, string>> {
  return new Map((await hqServiceRepository.departments(ex)).map((d) => [d.code, d.name]));
}

export async function oneRequestView(ex: Executor, id: string, today: string): Promise<HqRequestView> {
  return (await requestViews(ex, [(await hqServiceRepository.findRequest(ex, id))!], today))[0]!;
}
