/**
 * I-01 records kept with retention periods (seed 001 十: 日清日结记录、巡视记录表、会议记录、员工排班表、
 * 案例汇编、客户抱怨记录表、设备故障记录表、业务通知). Periods are data per unit (months); these are the
 * defaults. A record's period runs from its date; when it has ended the record is listed for disposal,
 * which is approved and audited — never a silent deletion.
 */
import { type LocalDate, addDays } from "../shared/time.js";

export type RecordType = "dailyClose" | "patrol" | "meetingMinutes" | "roster" | "caseCollection" | "complaintRecord" | "equipmentFault" | "businessNotice";

export const RECORD_TYPES: readonly RecordType[] = ["dailyClose", "patrol", "meetingMinutes", "roster", "caseCollection", "complaintRecord", "equipmentFault", "businessNotice"];

/** Default retention in months per record type (a unit may set its own). */
export const DEFAULT_RETENTION_MONTHS: Readonly<Record<RecordType, number>> = {
  dailyClose: 36,
  patrol: 24,
  meetingMinutes: 24,
  roster: 24,
  caseCollection: 60,
  complaintRecord: 60,
  equipmentFault: 36,
  businessNotice: 24,
};

export const isRecordType = (s: string): s is RecordType => (RECORD_TYPES as readonly string[]).includes(s);

/** The last day a record dated `recordDate` is kept: the day before the same date `months` later (end of month clamped). */
export function retentionEndsOn(recordDate: LocalDate, months: number): LocalDate {
  const y = Number(recordDate.slice(0, 4));
  const m = Number(recordDate.slice(5, 7)) - 1 + months;
  const d = Number(recordDate.slice(8, 10));
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  const same = `${yy}-${String(mm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
  return addDays(same, -1);
}

/** I-01 a record is due for disposal once its retention has ended (the day after the last kept day). */
export function isPastRetention(recordDate: LocalDate, months: number, today: LocalDate): boolean {
  return today > retentionEndsOn(recordDate, months);
}

/** The records dated on or before this date are past their retention on `today`. */
export function retentionCutoff(today: LocalDate, months: number): LocalDate {
  // the latest record date whose period has ended by today
  let lo = addDays(today, -(months * 31 + 31));
  let hi = today;
  while (lo < hi) {
    const mid = addDays(lo, Math.ceil((Date.parse(hi) - Date.parse(lo)) / 86_400_000 / 2));
    if (isPastRetention(mid, months, today)) lo = mid;
    else hi = addDays(mid, -1);
  }
  return lo;
}
