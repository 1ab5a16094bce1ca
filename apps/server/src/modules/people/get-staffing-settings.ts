/** Issue 14 item 3 a unit's staffing settings (migration 030): shrinkage, default handling time, Q-07 peak factor, 7×24 call centre; defaults where nothing is stored. */
import { staffingSettingsOf } from "@ccms/core";
import { type Executor, type OrgUnit, peopleSettingsRepository, staffRecordRepository } from "@ccms/db";
import type { StaffingSettingsView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { staffingSettingsFor } from "./unit-settings.js";

export async function staffingSettingsView(ex: Executor, unit: OrgUnit): Promise<StaffingSettingsView> {
  const row = await peopleSettingsRepository.find(ex, unit.id);
  const own = row !== undefined && (row.shrinkage !== null || row.default_aht_seconds !== null || row.peak_factor !== null || row.call_centre !== null);
  const names = own ? await staffRecordRepository.namesOf(ex, [row.updated_by]) : new Map<string, string>();
  return {
    orgUnitId: unit.id,
    ...(await staffingSettingsFor(ex, unit)),
    source: own ? "unit" : "default",
    defaults: staffingSettingsOf(null, unit),
    updatedAt: own ? row.updated_at : null,
    updatedByName: own ? (names.get(row.updated_by) ?? "—") : null,
  };
}

export async function getStaffingSettings(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<StaffingSettingsView> {
  requirePermission(p, "people.read");
  const unit = await unitInScope(ctx.database.db, p, orgUnitId);
  return staffingSettingsView(ctx.database.db, unit);
}
