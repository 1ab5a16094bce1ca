import type { CalendarOverride, HolidayYear, OverrideKind } from "@ccms/core";
import type { Executor } from "../shared/database.js";

export interface StoredOverride extends CalendarOverride {
  id: string;
  orgUnitId: string;
  createdBy: string | null;
  createdAt: string;
}

export const calendarRepository = {
  async listYears(ex: Executor): Promise<Array<HolidayYear & { source: string }>> {
    const rows = await ex.selectFrom("calendar_years").selectAll().orderBy("year").execute();
    return rows.map((r) => ({ ...(JSON.parse(r.data) as HolidayYear), year: r.year, source: r.source }));
  },
  async upsertYear(ex: Executor, y: HolidayYear, source: string, by: string | null, at: string): Promise<void> {
    await ex.deleteFrom("calendar_years").where("year", "=", y.year).execute();
    await ex
      .insertInto("calendar_years")
      .values({ year: y.year, data: JSON.stringify(y), source, loaded_by: by, loaded_at: at })
      .execute();
  },
  /** Overrides of the given units (a unit and its ancestors). */
  async overridesFor(ex: Executor, unitIds: readonly string[], from?: string, to?: string): Promise<StoredOverride[]> {
    if (unitIds.length === 0) return [];
    let q = ex.selectFrom("calendar_overrides").selectAll().where("org_unit_id", "in", unitIds);
    if (from) q = q.where("date", ">=", from);
    if (to) q = q.where("date", "<=", to);
    const rows = await q.orderBy("date").execute();
    return rows.map((r) => ({
      id: r.id,
      orgUnitId: r.org_unit_id,
      date: r.date,
      kind: r.kind as OverrideKind,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
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
        created_by: o.createdBy,
        created_at: o.createdAt,
      })
      .execute();
  },
  async deleteOverride(ex: Executor, id: string): Promise<void> {
    await ex.deleteFrom("calendar_overrides").where("id", "=", id).execute();
  },
  async findOverrideById(ex: Executor, id: string): Promise<StoredOverride | undefined> {
    const r = await ex.selectFrom("calendar_overrides").selectAll().where("id", "=", id).executeTakeFirst();
    return r
      ? { id: r.id, orgUnitId: r.org_unit_id, date: r.date, kind: r.kind as OverrideKind, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at }
      : undefined;
  },
};
