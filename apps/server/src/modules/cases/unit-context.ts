/** A unit with its working calendar and time-limit policy, loaded once per unit within a use case. */
import type { HolidayYear, WorkingCalendar } from "@ccms/core";
import { type Executor, type OrgUnit, orgUnitRepository } from "@ccms/db";
import { notFound } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { type EffectivePolicy, effectivePolicy } from "./effective-policy.js";

export interface UnitContext {
  unit: OrgUnit;
  calendar: WorkingCalendar;
  policy: EffectivePolicy;
}

export class UnitContextCache {
  private readonly map = new Map<string, Promise<UnitContext>>();
  /** `replaceYears`: candidate official years (CAL-06 preview of a notice before it is saved). */
  constructor(
    private readonly ex: Executor,
    private readonly replaceYears: readonly HolidayYear[] = [],
  ) {}
  get(unitId: string): Promise<UnitContext> {
    let p = this.map.get(unitId);
    if (!p) {
      p = (async () => {
        const unit = await orgUnitRepository.findById(this.ex, unitId);
        if (!unit) throw notFound("org_unit", unitId);
        const [calendar, policy] = await Promise.all([calendarForUnit(this.ex, unit, this.replaceYears), effectivePolicy(this.ex, unit)]);
        return { unit, calendar, policy };
      })();
      this.map.set(unitId, p);
    }
    return p;
  }
}
