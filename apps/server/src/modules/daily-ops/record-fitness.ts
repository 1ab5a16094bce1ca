/**
 * D-12 the pre-shift meeting records each person's fitness for duty; a person judged unfit is sent off
 * the floor for the day (window sign-in refused, fitness-of-day.ts) and taken off that day's roster:
 * the adjustment is recorded here beside the check (the people module's roster rows are not rewritten).
 */
import { DomainError, fitnessNoteMissing } from "@ccms/core";
import type { FitnessCheck } from "@ccms/contracts";
import { type Executor, type FitnessCheckRow, fitnessCheckRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getMeeting } from "./get-meeting.js";
import { userAtCounter, usersByIds } from "./staff-in-scope.js";

export async function presentFitness(ex: Executor, rows: FitnessCheckRow[]): Promise<FitnessCheck[]> {
  const names = await usersByIds(ex, rows.flatMap((r) => [r.user_id, r.checked_by]));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    meetingId: r.meeting_id,
    userId: r.user_id,
    userName: names.get(r.user_id)?.displayName ?? null,
    verdict: r.verdict,
    note: r.note,
    rosterShiftCode: r.roster_shift_code,
    rosterAdjustment: r.roster_adjustment,
    checkedById: r.checked_by,
    checkedByName: names.get(r.checked_by)?.displayName ?? null,
    checkedAt: r.checked_at,
  }));
}

export async function recordFitness(ctx: AppContext, p: UserPrincipal, meetingId: string, body: { checks: Array<{ userId: string; verdict: "fit" | "unfit"; note?: string | undefined }> }) {
  requirePermission(p, "dailyops.fitness");
  const meeting = await getMeeting(ctx, p, meetingId);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, meeting.counterId);
  const seen = new Set<string>();
  for (const c of body.checks) {
    if (seen.has(c.userId)) throw new DomainError("validation", "duplicate_attendee", "A person is listed twice", { userId: c.userId });
    seen.add(c.userId);
    if (fitnessNoteMissing(c.verdict, c.note)) throw new DomainError("validation", "fitness_note_required", "Say what was observed when a person is judged unfit", { userId: c.userId, rule: "D-12" });
    await userAtCounter(ex, p, c.userId, counter);
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const rows: FitnessCheckRow[] = [];
  await ctx.tx(async (tx) => {
    for (const c of body.checks) {
      const assignment = c.verdict === "unfit" ? await fitnessCheckRepository.rosterAssignmentOn(tx, counter.id, c.userId, meeting.businessDate) : undefined;
      const row: FitnessCheckRow = {
        id: ulid(),
        counter_id: counter.id,
        business_date: meeting.businessDate,
        meeting_id: meetingId,
        user_id: c.userId,
        verdict: c.verdict,
        note: c.note?.trim() ? c.note.trim() : null,
        roster_id: assignment?.roster_id ?? null,
        roster_shift_code: assignment?.shift_code ?? null,
        roster_adjustment: c.verdict === "unfit" ? (assignment ? "removed" : "not_rostered") : null,
        checked_by: p.userId,
        checked_at: at,
      };
      await fitnessCheckRepository.insert(tx, row);
      rows.push(row);
      await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: c.verdict === "unfit" ? "fitness.unfit" : "fitness.fit",
        entityType: "shift_fitness_check",
        entityId: row.id,
        orgUnitId: counter.id,
        details: { rule: "D-12", userId: c.userId, businessDate: meeting.businessDate, note: row.note, rosterAdjustment: row.roster_adjustment, rosterId: row.roster_id, shiftCode: row.roster_shift_code },
      });
    }
  });
  return { items: await presentFitness(ex, rows) };
}
