/** Issue 14 item 3 the manager sets a unit's staffing settings (shrinkage, default handling time, Q-07 peak factor, 7×24 call centre). Audited with before and after. */
import { DomainError, checkStaffingSettings } from "@ccms/core";
import { peopleSettingsRepository } from "@ccms/db";
import type { PutStaffingSettingsRequest, StaffingSettingsView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { staffingSettingsView } from "./get-staffing-settings.js";
import { staffingSettingsFor } from "./unit-settings.js";

export async function putStaffingSettings(ctx: AppContext, p: UserPrincipal, orgUnitId: string, body: PutStaffingSettingsRequest): Promise<StaffingSettingsView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  const violations = checkStaffingSettings(body);
  if (violations.length > 0) throw new DomainError("validation", violations[0]!, "A staffing setting is out of range", { violations });
  const before = await staffingSettingsFor(ex, unit);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await peopleSettingsRepository.putStaffing(tx, unit.id, {
      shrinkage: body.shrinkage,
      default_aht_seconds: body.defaultAhtSeconds,
      peak_factor: body.peakFactor,
      call_centre: body.callCentre ? 1 : 0,
      updated_by: p.userId,
      updated_at: now.toISOString(),
    });
    const words = (s: typeof before) => ({ 缺勤系数: s.shrinkage, 默认办理时长秒: s.defaultAhtSeconds, 高峰系数: s.peakFactor, 按呼叫中心: s.callCentre });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.staffing_settings_changed", entityType: "org_unit", entityId: unit.id, orgUnitId: unit.id, details: { 原设置: words(before), 新设置: words(body) } });
  });
  return staffingSettingsView(ex, unit);
}
