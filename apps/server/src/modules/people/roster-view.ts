/** A roster as the API shows it: assignments with names, hard rules with their violations, soft goals, shortfalls. */
import { type RosterInput, type RosterViolationRule, checkRoster, isNightShift } from "@ccms/core";
import { type Executor, type RosterRow, rosterRepository, staffRecordRepository } from "@ccms/db";
import type { RosterView } from "@ccms/contracts";

const HARD_RULES: readonly RosterViolationRule[] = ["one_shift_a_day", "skill_or_certificate", "on_leave", "rest_between_shifts", "max_consecutive_days", "weekly_hours", "shift_not_running"];

export async function rosterView(ex: Executor, row: RosterRow, input: RosterInput | null): Promise<RosterView> {
  const assignments = await rosterRepository.assignments(ex, row.id);
  const names = await staffRecordRepository.namesOf(ex, [...assignments.map((a) => a.user_id), row.published_by ?? ""]);
  const domain = assignments.map((a) => ({ userId: a.user_id, date: a.date, shiftCode: a.shift_code }));
  const violations = input ? checkRoster(input, domain) : [];
  const nights = new Map<string, number>();
  const weekends = new Map<string, number>();
  for (const a of assignments) {
    if (isNightShift({ start: a.start_time, end: a.end_time })) nights.set(a.user_id, (nights.get(a.user_id) ?? 0) + 1);
    const wd = new Date(`${a.date}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6) weekends.set(a.user_id, (weekends.get(a.user_id) ?? 0) + 1);
  }
  const stored = JSON.parse(row.rules) as RosterView["rules"] & { demandDates?: string[] };
  const spread = (m: Map<string, number>) => (m.size === 0 ? 0 : Math.max(...m.values()) - Math.min(...m.values()));
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    from: row.date_from,
    to: row.date_to,
    state: row.state as RosterView["state"],
    assignments: assignments.map((a) => ({ userId: a.user_id, userName: names.get(a.user_id) ?? "—", date: a.date, shiftCode: a.shift_code, start: a.start_time, end: a.end_time })),
    hard: HARD_RULES.map((rule) => ({ rule, violations: violations.filter((v) => v.rule === rule).length })),
    soft: [
      { goal: "max_nights_per_person", value: nights.size ? Math.max(...nights.values()) : 0 },
      { goal: "nights_spread", value: spread(nights) },
      { goal: "max_weekend_shifts_per_person", value: weekends.size ? Math.max(...weekends.values()) : 0 },
      { goal: "weekend_spread", value: spread(weekends) },
    ],
    uncovered: JSON.parse(row.uncovered) as RosterView["uncovered"],
    rules: { restHours: stored.restHours, maxConsecutiveDays: stored.maxConsecutiveDays, weeklyHours: stored.weeklyHours, lunchDuty: stored.lunchDuty },
    demandDates: stored.demandDates ?? [],
    solverStatus: row.solver_status,
    solveMs: row.solve_ms,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    publishedByName: row.published_by ? (names.get(row.published_by) ?? "—") : null,
  };
}
