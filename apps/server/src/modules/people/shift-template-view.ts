/** A shift template as the API shows it. */
import { isNightShift, shiftWorkHours } from "@ccms/core";
import type { ShiftTemplateRow } from "@ccms/db";
import type { ShiftTemplateView } from "@ccms/contracts";

export function shiftTemplateView(r: ShiftTemplateRow): ShiftTemplateView {
  const t = { start: r.start_time, end: r.end_time };
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    code: r.code,
    name: r.name,
    start: r.start_time,
    end: r.end_time,
    night: isNightShift(t),
    workHours: shiftWorkHours(t),
    minStaff: r.min_staff,
    skill: r.skill,
    days: JSON.parse(r.days) as ShiftTemplateView["days"],
  };
}
