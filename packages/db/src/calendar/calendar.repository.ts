import type { CalendarOverride, HolidayYear, OverrideKind, TimeFrame } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { CalendarOverrideTable, UnitHoursChangeTable } from "../shared/schema.js";

export interface StoredOverride extends CalendarOverride {
  id: string;
  orgUnitId: string;
  noticeFrom: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}

function toOverride(r: CalendarOverrideTable): StoredOverride {
  const o: StoredOverride = {
    id: r.id,
    orgUnitId: r.org_unit_id,
    date: r.date,
    kind: r.kind as OverrideKind,
    reason: r.reason,
    noticeFrom: r.notice_from,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
  if (r.frames !== null) o.frames = JSON.parse(r.frames) as TimeFrame[];
  return o;
}

export interface HoursChange {
  id: string;
  orgUnitId: string;
  effectiveFrom: string;
  businessHours: string;
  alwaysOpen: boolean;
  reason: string;
  appliedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}

function toHoursChange(r: UnitHoursChangeTable): HoursChange {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    effectiveFrom: r.effective_from,
    businessHours: r.business_hours,
    alwaysOpen: r.always_open === 1,
    reason: r.reason,
    appliedAt: r.applied_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export const calendarRepository = {
  async listYears(ex: Executor): Promise<Array<HolidayYear & { source: string; loadedAt: string }>> {
    const rows = await ex.selectFrom("calendar_years").selectAll().orderBy("year").execute();
    return rows.map((r) => ({ ...(JSON.parse(r.data) as HolidayYear), year: r.year, source: r.source, loadedAt: r.loaded_at }));
  },
  async upsertYear(ex: Executor, y: HolidayYear, source: string, by: string | null, at: string): Promise<void> {
    await ex.deleteFrom("calendar_years").where("year", "=", y.year).execute();
    await ex
      .insertInto("calendar_years")
      .values({ year: y.year, data: JSON.stringify({ year: y.year, holidays: y.holidays, makeUpWorkdays: y.makeUpWorkdays }), source, loaded_by: by, loaded_at: at })
      .execute();
  },
  /** Overrides of the given units (a unit and its ancestors). */
  async overridesFor(ex: Executor, unitIds: readonly string[], from?: string, to?: string): Promise<StoredOverride[]> {
    if (unitIds.length === 0) return [];
    let q = ex.selectFrom("calendar_overrides").selectAll().where("org_unit_id", "in", unitIds);
    if (from) q = q.where("date", ">=", from);
    if (to) q = q.where("date", "<=", to);
    const rows = await q.orderBy("date").execute();
    return rows.map(toOverride);
  },
  async findOverride(ex: Executor, orgUnitId: string, date: string): Promise<StoredOverride | undefined> {
    const [r] = await calendarRepository.overridesFor(ex, [orgUnitId], date, date);
    return r;
  },
  async insertOverride(ex: Executor, o: StoredOverride): Promise<void> {
    await ex
      .insertInto("calendar_overrides")
      .values({
        id: o.id,
        org_unit_id: o.orgUnitId,
        date: o.date,
        kind: o.kind,
        reason: o.reason,
        frames: o.frames && o.frames.length > 0 ? JSON.stringify(o.frames) : null,
        notice_from: o.noticeFrom,
        approved_by: o.approvedBy,
        approved_at: o.approvedAt,
        created_by: o.createdBy,
        created_at: o.createdAt,
      })
      .execute();
  },
  async approveOverride(ex: Executor, id: string, by: string, at: string): Promise<void> {
    await ex.updateTable("calendar_overrides").set({ approved_by: by, approved_at: at }).where("id", "=", id).execute();
  },
  async deleteOverride(ex: Executor, id: string): Promise<void> {
    await ex.deleteFrom("calendar_overrides").where("id", "=", id).execute();
  },
  async findOverrideById(ex: Executor, id: string): Promise<StoredOverride | undefined> {
    const r = await ex.selectFrom("calendar_overrides").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toOverride(r) : undefined;
  },

  // ---- dated hours changes (CAL-04: published in advance, effective from a date)
  async insertHoursChange(ex: Executor, h: HoursChange): Promise<void> {
    await ex
      .insertInto("unit_hours_changes")
      .values({
        id: h.id,
        org_unit_id: h.orgUnitId,
        effective_from: h.effectiveFrom,
        business_hours: h.businessHours,
        always_open: h.alwaysOpen ? 1 : 0,
        reason: h.reason,
        applied_at: h.appliedAt,
        created_by: h.createdBy,
        created_at: h.createdAt,
      })
      .execute();
  },
  async hoursChangesOf(ex: Executor, orgUnitIds: readonly string[]): Promise<HoursChange[]> {
    if (orgUnitIds.length === 0) return [];
    const rows = await ex.selectFrom("unit_hours_changes").selectAll().where("org_unit_id", "in", orgUnitIds).orderBy("effective_from").execute();
    return rows.map(toHoursChange);
  },
  /** Changes not applied yet whose date has come (the unit's local date is compared by the caller). */
  async pendingHoursChanges(ex: Executor, upTo: string): Promise<HoursChange[]> {
    const rows = await ex
      .selectFrom("unit_hours_changes")
      .selectAll()
      .where("applied_at", "is", null)
      .where("effective_from", "<=", upTo)
      .orderBy("effective_from")
      .execute();
    return rows.map(toHoursChange);
  },
  async markHoursChangeApplied(ex: Executor, id: string, at: string): Promise<void> {
    await ex.updateTable("unit_hours_changes").set({ applied_at: at }).where("id", "=", id).execute();
  },
  async deleteHoursChange(ex: Executor, id: string): Promise<void> {
    await ex.deleteFrom("unit_hours_changes").where("id", "=", id).where("applied_at", "is", null).execute();
  },

  // ---- official years seen in the calendar package (a newer package recomputes once)
  async seenPackageYears(ex: Executor): Promise<number[]> {
    const rows = await ex.selectFrom("calendar_package_years").select("year").execute();
    return rows.map((r) => r.year);
  },
  async markPackageYearSeen(ex: Executor, year: number, at: string): Promise<void> {
    await ex.insertInto("calendar_package_years").values({ year, seen_at: at }).onConflict((oc) => oc.column("year").doNothing()).execute();
  },
};
