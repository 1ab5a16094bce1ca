/**
 * P-11 a person's days against the published roster: each rostered shift with the first clock-in
 * (from 4 hours before its start) and the last clock-out (until 4 hours after its end); a day with
 * clock events but no shift is "unrostered" (D-06 acting while not rostered).
 */
import { type LocalDate, addDays, localDateOf, minutesOfDay, shiftAttendance, zonedInstant } from "@ccms/core";
import type { ClockEventRow } from "@ccms/db";
import type { AttendanceSheet } from "@ccms/contracts";

type Day = AttendanceSheet["rows"][number]["days"][number];
const HOUR = 3_600_000;

export function attendanceDays(
  assignments: ReadonlyArray<{ date: string; shift_code: string; start_time: string; end_time: string }>,
  events: readonly ClockEventRow[],
  dates: readonly LocalDate[],
  timeZone: string,
  now: Date,
): Day[] {
  const out: Day[] = [];
  const used = new Set<string>();
  for (const date of dates) {
    const a = assignments.find((x) => x.date === date);
    if (a) {
      const start = zonedInstant(date, a.start_time, timeZone);
      const overnight = minutesOfDay(a.end_time) <= minutesOfDay(a.start_time);
      const end = zonedInstant(overnight ? addDays(date, 1) : date, a.end_time, timeZone);
      const ins = events.filter((e) => e.kind === "in" && new Date(e.at).getTime() >= start.getTime() - 4 * HOUR && new Date(e.at) <= end);
      const outs = events.filter((e) => e.kind === "out" && new Date(e.at) >= start && new Date(e.at).getTime() <= end.getTime() + 4 * HOUR);
      for (const e of [...ins, ...outs]) used.add(e.id);
      const clockIn = ins[0] ? new Date(ins[0].at) : null;
      const clockOut = outs.length ? new Date(outs[outs.length - 1]!.at) : null;
      const r = shiftAttendance({ start, end }, clockIn, clockOut, now);
      out.push({ date, shiftCode: a.shift_code, shiftStart: start.toISOString(), shiftEnd: end.toISOString(), clockIn: clockIn?.toISOString() ?? null, clockOut: clockOut?.toISOString() ?? null, ...r });
    }
  }
  for (const date of dates) {
    if (out.some((d) => d.date === date)) continue;
    const mine = events.filter((e) => !used.has(e.id) && localDateOf(new Date(e.at), timeZone) === date);
    if (mine.length === 0) continue;
    const clockIn = mine.find((e) => e.kind === "in");
    const outs = mine.filter((e) => e.kind === "out");
    out.push({ date, shiftCode: null, shiftStart: null, shiftEnd: null, clockIn: clockIn?.at ?? null, clockOut: outs.length ? outs[outs.length - 1]!.at : null, status: "unrostered", lateMinutes: 0, earlyMinutes: 0 });
  }
  return out.sort((x, y) => x.date.localeCompare(y.date));
}
