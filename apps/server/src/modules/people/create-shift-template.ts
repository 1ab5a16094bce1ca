/** P-05 a shift template of a unit (incl. night shifts for 7×24 centres) with its demand. Audited. */
import { DomainError } from "@ccms/core";
import { shiftTemplateRepository } from "@ccms/db";
import type { CreateShiftTemplateRequest, ShiftTemplateView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { shiftTemplateView } from "./shift-template-view.js";

export async function createShiftTemplate(ctx: AppContext, p: UserPrincipal, body: CreateShiftTemplateRequest): Promise<ShiftTemplateView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, body.orgUnitId);
  if (body.start === body.end) throw new DomainError("validation", "shift_zero_length", "A shift cannot start and end at the same time");
  if (await shiftTemplateRepository.findByCode(ex, unit.id, body.code)) throw new DomainError("conflict", "shift_code_taken", "This unit already has a shift with that code", { code: body.code });
  const now = ctx.clock.now();
  const row = {
    id: ulid(),
    org_unit_id: unit.id,
    code: body.code,
    name: body.name,
    start_time: body.start,
    end_time: body.end,
    min_staff: body.minStaff,
    skill: body.skill,
    days: JSON.stringify([...new Set(body.days)]),
    active: 1,
    created_by: p.userId,
    created_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await shiftTemplateRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.shift_template_created",
      entityType: "shift_template",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { 班次: `${body.name}（${body.code}）`, 时间: `${body.start}–${body.end}`, 需要人数: body.minStaff },
    });
  });
  return shiftTemplateView(row);
}
