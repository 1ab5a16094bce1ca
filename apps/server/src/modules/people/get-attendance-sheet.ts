/** P-11 the monthly attendance sheet of a unit: each person's rostered days, late, early leave, absence and flags. */
import { absenceFlags, addDays, datesBetween, oneMonthAfter, zonedInstant } from "@ccms/core";
import { attendanceRepository, staffRecordRepository } from "@ccms/db";
import type { AttendanceSheet, AttendanceSheetQuery } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { attendanceDays } from "./attendance-days.js";

export async function getAttendanceSheet(ctx: AppContext, p: UserPrincipal, q: AttendanceSheetQuery): Promise<AttendanceSheet> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId);
  const first = `${q.month}-01`;
  const last = addDays(oneMonthAfter(first), -1);
  const dates = datesBetween(first, last);
  const assignments = await attendanceRepository.publishedAssignments(ex, { orgUnitId: unit.id, from: first, to: last });
  const events = await attendanceRepository.clockEvents(ex, { orgUnitId: unit.id, from: zonedInstant(addDays(first, -1), "00:00", unit.timeZone).toISOString(), to: zonedInstant(addDays(last, 2), "00:00", unit.timeZone).toISOString() });
  const userIds = [...new Set([...assignments.map((a) => a.user_id), ...events.map((e) => e.user_id)])];
  const names = await staffRecordRepository.namesOf(ex, userIds);
  const now = ctx.clock.now();
  const rows = userIds.map((userId) => {
    const days = attendanceDays(assignments.filter((a) => a.user_id === userId), events.filter((e) => e.user_id === userId), dates, unit.timeZone, now);
    const count = (...s: string[]) => days.filter((d) => s.includes(d.status)).length;
    return {
      userId,
      userName: names.get(userId) ?? "—",
      days,
      totals: { rostered: days.filter((d) => d.shiftCode).length, late: count("late", "late_and_early"), earlyLeave: count("early_leave", "late_and_early"), absent: count("absent"), notReady: count("not_ready") },
      flags: absenceFlags(days.filter((d) => d.status === "absent").map((d) => d.date)),
    };
  });
  rows.sort((a, b) => a.userName.localeCompare(b.userName, "zh-CN"));
  return { month: q.month, rows };
}
