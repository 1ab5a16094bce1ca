/**
 * Submit an inspection: every item answered, scored; every failure becomes a corrective action with
 * an owner and a due date (default: the inspector, next working day); critical failures also raise a
 * finding (inspection_failure).
 */
import { type InspectionAnswerValue, DomainError, addWorkingDays, assertInspectionSubmittable } from "@ccms/core";
import { correctiveActionRepository, inspectionRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { raiseFinding } from "../control/registers/findings/raise-finding.js";
import { counterInScope } from "./counter-scope.js";
import { getInspection } from "./get-inspection.js";
import { parseJson } from "./parse-json.js";
import { loadInspection } from "./present-inspections.js";
import { userAtCounter } from "./staff-in-scope.js";

export async function submitInspection(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const { row, template } = await loadInspection(p, ex, id);
  if (row.status !== "in_progress") throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  const answers = parseJson<InspectionAnswerValue[]>(row.answers, []);
  const score = assertInspectionSubmittable(template, answers);
  const counter = await counterInScope(ex, p, row.counter_id);
  const calendar = await calendarForUnit(ex, counter);
  const byKey = new Map(answers.map((a) => [a.itemKey, a]));
  // Validate owners and due dates before any write.
  const planned: Array<{ itemKey: string; text: string; ownerId: string; dueDate: string; critical: boolean }> = [];
  for (const item of score.failed) {
    const a = byKey.get(item.key)!;
    const ownerId = a.ownerId ?? p.userId;
    if (a.ownerId) await userAtCounter(ex, p, a.ownerId, counter);
    const dueDate = a.dueDate ?? addWorkingDays(row.business_date, 1, calendar);
    if (dueDate < row.business_date) throw new DomainError("validation", "due_date_before_inspection", "A due date cannot be before the inspection", { itemKey: item.key });
    planned.push({ itemKey: item.key, text: `${item.text}${a.comment ? ` — ${a.comment}` : ""}`, ownerId, dueDate, critical: item.critical });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const submitted = await inspectionRepository.submit(tx, id, { score: Math.round(score.score * 10), failedCount: score.failed.length, note: body.note ?? null, submittedAt: now.toISOString() });
    if (!submitted) throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
    for (const pl of planned) {
      await correctiveActionRepository.insert(tx, {
        id: ulid(),
        counter_id: row.counter_id,
        source: "inspection",
        source_id: id,
        item_key: pl.itemKey,
        description: pl.text,
        owner_id: pl.ownerId,
        due_date: pl.dueDate,
        status: "open",
        resolution_note: null,
        photos: "[]",
        done_at: null,
        verified_by: null,
        created_at: now.toISOString(),
      });
    }
    const critical = planned.filter((x) => x.critical);
    if (critical.length > 0) {
      await raiseFinding(ctx, tx, actorOf(p), now, {
        kind: "inspection_failure",
        orgUnitId: counter.id,
        orgUnitPath: counter.path,
        subjectUserIds: [...new Set(critical.map((c) => c.ownerId))],
        title: "巡检关键项不合格",
        details: { inspectionId: id, itemKeys: critical.map((c) => c.itemKey), businessDate: row.business_date },
      });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "inspection.submitted",
      entityType: "inspection",
      entityId: id,
      orgUnitId: row.counter_id,
      details: { score: score.score, failed: score.failed.map((f) => f.key) },
    });
  });
  void ctx.bus.publish(`counter:${row.counter_id}`, { type: "inspection.submitted", data: { id, score: score.score, failed: score.failed.length } });
  return getInspection(ctx, p, id);
}
