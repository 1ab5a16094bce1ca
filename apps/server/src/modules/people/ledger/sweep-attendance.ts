/**
 * P-12/P-13 automatic entries from a unit's month of attendance (P-11 sheet against the published
 * roster and approved requests): seed 003 Art.106.6 absent two consecutive days −10, Art.106.1 a day
 * worked without a roster or an approved swap −5 (eligibility lost), Art.104.1 full attendance +1 once
 * the month is over; any swap voids the month's full-attendance award. Idempotent: run again, nothing new.
 */
import { addDays, attendanceEntries, datesBetween, localDateOf, oneMonthAfter } from "@ccms/core";
import { ledgerRepository, peopleRequestRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { getAttendanceSheet } from "../get-attendance-sheet.js";
import { ledgerViews } from "./ledger-view.js";
import { recordAutomaticEntry } from "./record-automatic-entry.js";

export async function sweepAttendance(ctx: AppContext, p: UserPrincipal, body: { orgUnitId: string; month: string }) {
  requirePermission(p, "people.ledger.record");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, body.orgUnitId);
  const sheet = await getAttendanceSheet(ctx, p, { orgUnitId: unit.id, month: body.month });
  const first = `${body.month}-01`;
  const last = addDays(oneMonthAfter(first), -1);
  const inMonth = (d: string) => d >= first && d <= last;
  const approved = await peopleRequestRepository.list(ex, { unitIds: [unit.id], state: "approved", limit: 5000 });
  const swapDates = new Map<string, string[]>();
  const leaveDates = new Map<string, string[]>();
  for (const r of approved) {
    if (r.kind === "swap") {
      for (const u of [r.user_id, r.swap_with_user_id]) if (u && inMonth(r.date_from)) swapDates.set(u, [...(swapDates.get(u) ?? []), r.date_from]);
    } else if (r.kind === "leave" && r.date_to >= first && r.date_from <= last) {
      leaveDates.set(r.user_id, [...(leaveDates.get(r.user_id) ?? []), ...datesBetween(r.date_from > first ? r.date_from : first, r.date_to < last ? r.date_to : last)]);
    }
  }
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  const monthClosed = today > last;
  const created: string[] = [];
  let voided = 0;
  await ctx.tx(async (tx) => {
    for (const row of sheet.rows) {
      const outcome = attendanceEntries({
        userId: row.userId,
        month: body.month,
        days: row.days.map((d) => ({ date: d.date, status: d.status })),
        approvedSwapDates: swapDates.get(row.userId) ?? [],
        leaveDates: leaveDates.get(row.userId) ?? [],
        monthClosed,
      });
      for (const e of outcome.entries) {
        const r = await recordAutomaticEntry(tx, ctx.database.engine, e, now, null);
        if (r) created.push(r.id);
      }
      if (outcome.voidFullAttendance) {
        // Art.104.1 a swap (or absence, lateness, leave) found later voids the month's award already recorded
        const award = await ledgerRepository.findBySourceKey(tx, `full:${row.userId}:${body.month}`);
        if (award && award.state !== "voided") {
          await ledgerRepository.updateEntry(tx, award.id, { state: "voided", decision_note: "swap_or_absence" });
          await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.ledger_entry_voided", entityType: "ledger_entry", entityId: award.id, orgUnitId: award.org_unit_id, details: { 规则: award.rule_code, 月份: body.month } });
          voided++;
        }
      }
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.ledger_attendance_swept", entityType: "org_unit", entityId: unit.id, orgUnitId: unit.id, details: { 月份: body.month, 新增: created.length, 作废: voided } });
  });
  const rows = await Promise.all(created.map((id) => ledgerRepository.findEntry(ex, id)));
  return { created: created.length, voided, items: await ledgerViews(ex, p, rows.filter((r) => r !== undefined)) };
}
