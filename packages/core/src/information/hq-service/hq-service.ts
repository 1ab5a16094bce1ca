/**
 * I-06 HQ internal service (seed 004 总部内部服务规范 第六条–第十一条): one coordination point (市场部)
 * receives a branch's request and splits it into departmental tasks, each with the department's time
 * limit from the time-limit table and a named owner, and tracks them to the answer (第七条, 第九条);
 * internal enquiries are answered within 1 working day (第六条(五)4); a person absent more than half
 * a working day delegates, and when a deadline is missed the principal bears primary and the
 * delegate secondary responsibility (第十条(二)); periodic quality checks over the time-limit table
 * with published results (第十一条(三)). Pure rules: dates and the calendar are inputs.
 */
import { addWorkingDays } from "../../calendar/add-working-days.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { DomainError } from "../../shared/errors.js";
import type { LocalDate } from "../../shared/time.js";

export interface HqDepartmentLimit {
  code: string;
  taskDays: number;
  enquiryDays: number;
}

export type HqRequestKind = "request" | "enquiry";
export type HqRequestState = "received" | "split" | "answered";
export type HqTaskState = "open" | "answered";
export type HqTaskStatus = "open" | "overdue" | "answered" | "answeredLate";

/** Internal enquiries: answered at the latest within 1 working day (第六条(五)4). */
export const ENQUIRY_DAYS = 1;
/** A working day's minutes for "absent more than half a working day" (8 hours). */
export const WORKING_DAY_MINUTES = 480;

/** I-06 the due date of a request as received: an enquiry 1 working day, a request the coordination point's own limit. */
export function requestDueDate(kind: HqRequestKind, receivedOn: LocalDate, coordination: HqDepartmentLimit, calendar: WorkingCalendar): LocalDate {
  return addWorkingDays(receivedOn, kind === "enquiry" ? ENQUIRY_DAYS : coordination.taskDays, calendar);
}

export interface SplitTaskInput {
  departmentCode: string;
  ownerId: string;
}

/**
 * I-06 split a request into departmental tasks: each department at most once, every department in
 * the time-limit table, a named owner; due = the department's limit in working days after the split
 * day (an enquiry: its enquiry limit). The request's due date becomes the latest task's.
 */
export function splitRequest(
  kind: HqRequestKind,
  splitOn: LocalDate,
  tasks: readonly SplitTaskInput[],
  limits: readonly HqDepartmentLimit[],
  calendar: WorkingCalendar,
): { tasks: Array<SplitTaskInput & { limitDays: number; dueDate: LocalDate }>; dueDate: LocalDate } {
  if (tasks.length === 0) throw new DomainError("validation", "hq_split_empty", "Name at least one department");
  const seen = new Set<string>();
  const out = tasks.map((t) => {
    if (seen.has(t.departmentCode)) throw new DomainError("validation", "hq_split_duplicate_department", "A department appears twice", { departmentCode: t.departmentCode });
    seen.add(t.departmentCode);
    const limit = limits.find((l) => l.code === t.departmentCode);
    if (!limit) throw new DomainError("validation", "hq_unknown_department", "The department is not in the time-limit table", { departmentCode: t.departmentCode });
    const limitDays = kind === "enquiry" ? limit.enquiryDays : limit.taskDays;
    return { ...t, limitDays, dueDate: addWorkingDays(splitOn, limitDays, calendar) };
  });
  const dueDate = out.map((t) => t.dueDate).reduce((a, b) => (a > b ? a : b));
  return { tasks: out, dueDate };
}

export function hqTaskStatus(t: { state: HqTaskState; dueDate: LocalDate; repliedOn: LocalDate | null }, today: LocalDate): HqTaskStatus {
  switch (t.state) {
    case "open":
      return today > t.dueDate ? "overdue" : "open";
    case "answered":
      return t.repliedOn !== null && t.repliedOn > t.dueDate ? "answeredLate" : "answered";
  }
}

/** I-06 the request is answered only when every task has its reply. */
export function mayAnswerRequest(tasks: ReadonlyArray<{ state: HqTaskState }>): void {
  if (tasks.length === 0) return;
  const open = tasks.filter((t) => t.state === "open").length;
  if (open > 0) throw new DomainError("unprocessable", "hq_tasks_open", "Some departments have not answered yet", { open });
}

/** I-06 delegation is required (and allowed) when the owner is away more than half a working day (第十条(二)1). */
export function checkDelegation(absentMinutes: number, ownerId: string, delegateId: string): void {
  if (delegateId === ownerId) throw new DomainError("validation", "hq_delegate_self", "The delegate must be another person");
  if (!(absentMinutes > WORKING_DAY_MINUTES / 2)) throw new DomainError("unprocessable", "hq_absence_too_short", "Delegation is for an absence of more than half a working day", { absentMinutes });
}

export interface Responsibility {
  primaryId: string;
  secondaryId: string | null;
}

/**
 * I-06 who answers for a missed deadline (第十条(二)3): the principal (owner) bears primary
 * responsibility and the delegate secondary; without delegation the owner alone. null: not missed.
 */
export function responsibilityForMiss(t: { ownerId: string; delegateId: string | null }, status: HqTaskStatus): Responsibility | null {
  if (status !== "overdue" && status !== "answeredLate") return null;
  return { primaryId: t.ownerId, secondaryId: t.delegateId };
}

export interface QualityFigure {
  departmentCode: string;
  tasks: number;
  answeredOnTime: number;
  answeredLate: number;
  overdue: number;
  open: number;
  /** answered on time / (tasks due by the end of the period); null when none were due. */
  onTimeRate: number | null;
}

/**
 * I-06 a periodic HQ service-quality check over the tasks created in the period, per department in
 * table order, as of `asOf` (第十一条(三)).
 */
export function qualityCheckFigures(
  tasks: ReadonlyArray<{ departmentCode: string; state: HqTaskState; dueDate: LocalDate; repliedOn: LocalDate | null }>,
  departments: readonly string[],
  asOf: LocalDate,
): QualityFigure[] {
  return departments.map((code) => {
    const mine = tasks.filter((t) => t.departmentCode === code).map((t) => hqTaskStatus(t, asOf));
    const n = (s: HqTaskStatus) => mine.filter((x) => x === s).length;
    const due = n("answered") + n("answeredLate") + n("overdue");
    return {
      departmentCode: code,
      tasks: mine.length,
      answeredOnTime: n("answered"),
      answeredLate: n("answeredLate"),
      overdue: n("overdue"),
      open: n("open"),
      onTimeRate: due === 0 ? null : Math.round((n("answered") / due) * 1000) / 1000,
    };
  });
}
