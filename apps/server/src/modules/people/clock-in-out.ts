/** P-11 clock in or out (the clock page): the event, and today's status against the published roster. Audited. */
import { addDays, localDateOf } from "@ccms/core";
import { attendanceRepository, orgUnitRepository } from "@ccms/db";
import type { ClockRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { attendanceDays } from "./attendance-days.js";

export async function clockInOut(ctx: AppContext, p: UserPrincipal, body: ClockRequest) {
  requirePermission(p, "people.request");
  const ex = ctx.database.db;
  const unit = (await orgUnitRepository.findById(ex, p.orgUnitId))!;
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  await ctx.tx(async (tx) => {
    await attendanceRepository.insertClock(tx, { id: ulid(), user_id: p.userId, org_unit_id: unit.id, kind: body.kind, at: now.toISOString(), source: "clock" });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: body.kind === "in" ? "people.clocked_in" : "people.clocked_out", entityType: "attendance", entityId: p.userId, orgUnitId: unit.id, details: { 打卡: body.kind === "in" ? "上班" : "下班" } });
  });
  const from = addDays(today, -1);
  const assignments = await attendanceRepository.publishedAssignments(ex, { userId: p.userId, from, to: today });
  const events = await attendanceRepository.clockEvents(ex, { userId: p.userId, from: new Date(now.getTime() - 36 * 3_600_000).toISOString(), to: new Date(now.getTime() + 1).toISOString() });
  const days = attendanceDays(assignments, events, [from, today], unit.timeZone, now);
  // a night shift that began yesterday is today's shift until it ends
  const current = days.find((d) => d.date === from && d.shiftEnd && new Date(d.shiftEnd) > now) ?? days.find((d) => d.date === today);
  const fallback = { date: today, shiftCode: null, shiftStart: null, shiftEnd: null, clockIn: null, clockOut: null, status: "unrostered" as const, lateMinutes: 0, earlyMinutes: 0 };
  return { kind: body.kind, at: now.toISOString(), today: current ?? fallback };
}
