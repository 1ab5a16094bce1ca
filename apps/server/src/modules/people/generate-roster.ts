/**
 * P-05 generate a draft roster of a unit for a period (at most 6 weeks) with the HiGHS solver: hard
 * rules kept, coverage per half hour and skill from staffing (template minimums where there is no
 * forecast), shortfalls explained with their interval and number; stored as a draft until published. Audited.
 */
import { DomainError, daysBetween } from "@ccms/core";
import { rosterRepository } from "@ccms/db";
import type { CreateRosterRequest, RosterView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { rosterInputFor } from "./roster-input.js";
import { solveRoster } from "./roster-solver.js";
import { rosterView } from "./roster-view.js";

export const MAX_ROSTER_DAYS = 42;

export async function generateRoster(ctx: AppContext, p: UserPrincipal, body: CreateRosterRequest): Promise<RosterView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, body.orgUnitId);
  const span = daysBetween(body.from, body.to);
  if (span < 0) throw new DomainError("validation", "roster_range_reversed", "from is after to");
  if (span + 1 > MAX_ROSTER_DAYS) throw new DomainError("validation", "roster_too_long", "A roster covers at most 6 weeks", { maxDays: MAX_ROSTER_DAYS });
  const now = ctx.clock.now();
  const input = await rosterInputFor(ex, unit, body.from, body.to, now, {
    ...(body.restHours !== undefined ? { restHours: body.restHours } : {}),
    ...(body.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: body.maxConsecutiveDays } : {}),
    ...(body.weeklyHours !== undefined ? { weeklyHours: body.weeklyHours } : {}),
  }, true);
  const demandDates = [...new Set((input.demand ?? []).map((d) => d.date))].sort();
  if (input.templates.length === 0) throw new DomainError("unprocessable", "roster_no_shift_templates", "The unit has no shift templates");
  const solved = await solveRoster(input);
  const tpl = new Map(input.templates.map((t) => [t.code, t]));
  const id = ulid();
  await ctx.tx(async (tx) => {
    await rosterRepository.insert(
      tx,
      {
        id,
        org_unit_id: unit.id,
        date_from: body.from,
        date_to: body.to,
        state: "draft",
        uncovered: JSON.stringify(solved.uncovered),
        rules: JSON.stringify({ ...input.rules, demandDates }),
        solver_status: solved.status,
        solve_ms: solved.ms,
        created_by: p.userId,
        created_at: now.toISOString(),
        published_by: null,
        published_at: null,
      },
      solved.assignments.map((a) => ({ roster_id: id, user_id: a.userId, date: a.date, shift_code: a.shiftCode, start_time: tpl.get(a.shiftCode)!.start, end_time: tpl.get(a.shiftCode)!.end })),
    );
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.roster_generated",
      entityType: "roster",
      entityId: id,
      orgUnitId: unit.id,
      details: { 期间: `${body.from}至${body.to}`, 排班人次: solved.assignments.length, 未覆盖: solved.uncovered.reduce((n, u) => n + u.missing, 0), 按预测排班日数: demandDates.length, 用时毫秒: solved.ms },
    });
  });
  return rosterView(ex, (await rosterRepository.findById(ex, id))!, input);
}
