/**
 * P-05 what a unit's roster is solved from: its active shift templates, its people on post (staff
 * records) with their skills — policy servicing only with a valid certificate (P-02) — and their
 * approved leave (P-07), the rules (defaults: 11 h rest, 6 consecutive days, 40 h a week), CAL-03
 * lunch duty of the unit, and the coverage requirement: at a counter, the staff required per half hour
 * and skill from its forecast by Erlang C with the unit's staffing settings (issue 14 item 3); dates
 * without a forecast fall back to the templates' minimum staff.
 */
import {
  type Certificate,
  type CertificateKind,
  DEFAULT_ROSTER_RULES,
  type IntervalDemand,
  type RosterInput,
  type RosterRules,
  type Weekday,
  addDays,
  coverageDemand,
  datesBetween,
  localDateOf,
  mayServeBusinessType,
} from "@ccms/core";
import { type Executor, type OrgUnit, rosterRepository, shiftTemplateRepository, staffRecordRepository } from "@ccms/db";
import { forecastFor } from "./forecast-inputs.js";
import { staffingSettingsFor } from "./unit-settings.js";

/** P-05 the staff required per half hour and skill (the skills the unit's shift templates name) on the dates with a forecast; none for a unit without forecasts (not a counter). */
export async function staffingDemandFor(ex: Executor, unit: OrgUnit, dates: readonly string[], skills: readonly string[], now: Date): Promise<IntervalDemand[]> {
  if (unit.kind !== "counter") return [];
  const settings = await staffingSettingsFor(ex, unit);
  const { views, ahtSeconds } = await forecastFor(ex, unit, dates, now, 4, settings.defaultAhtSeconds);
  return coverageDemand(views, settings, ahtSeconds, skills);
}

/** `overrides`: the roster's rules as stored (other keys ignored); `withDemand`: compute the staffing requirement (solving needs it, checking an edit does not). */
export async function rosterInputFor(ex: Executor, unit: OrgUnit, from: string, to: string, now: Date, overrides: Partial<RosterRules> = {}, withDemand = false): Promise<RosterInput> {
  const templates = (await shiftTemplateRepository.listActive(ex, unit.id)).map((t) => ({
    code: t.code,
    start: t.start_time,
    end: t.end_time,
    minStaff: t.min_staff,
    skill: t.skill,
    days: JSON.parse(t.days) as Weekday[],
  }));
  const records = (await staffRecordRepository.listUnder(ex, unit.path)).filter((r) => r.org_unit_id === unit.id && r.status === "active" && r.active === 1);
  const certs = await staffRecordRepository.certificatesOf(ex, records.map((r) => r.user_id));
  const leave = await rosterRepository.approvedLeave(ex, records.map((r) => r.user_id), from, to);
  const today = localDateOf(now, unit.timeZone);
  const people = records.map((r) => {
    const own: Certificate[] = certs.filter((c) => c.user_id === r.user_id).map((c) => ({ kind: c.kind as CertificateKind, number: c.number, expiresOn: c.expires_on }));
    const skills = (JSON.parse(r.skills) as string[]).filter((s) => mayServeBusinessType(s, own, today).ok);
    const off = new Set<string>();
    for (const l of leave.filter((x) => x.user_id === r.user_id)) for (let d = l.date_from < from ? from : l.date_from; d <= l.date_to && d <= to; d = addDays(d, 1)) off.add(d);
    return { userId: r.user_id, skills, unavailable: [...off].sort() };
  });
  const rules: RosterRules = { ...DEFAULT_ROSTER_RULES, lunchDuty: unit.lunchDuty };
  for (const k of ["restHours", "maxConsecutiveDays", "weeklyHours", "lunchDuty"] as const) if (overrides[k] !== undefined) (rules as unknown as Record<string, unknown>)[k] = overrides[k];
  const dates = datesBetween(from, to);
  const skills = [...new Set(templates.map((t) => t.skill).filter((s): s is string => s !== null))];
  const demand = withDemand ? await staffingDemandFor(ex, unit, dates, skills, now) : [];
  return { dates, templates, people, rules, demand };
}
