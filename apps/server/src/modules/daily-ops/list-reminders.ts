/**
 * What needs attention now: overdue archive borrowings (K-11), overdue corrective actions, hand-backs
 * due (K-02), open level-I incidents (D-09), unrepaired faults (D-08), open focus issues (D-01).
 * Computed from the registers; `sweepDailyOpsReminders` publishes them on each counter's channel.
 */
import { isArchiveOverdue, localDateOf } from "@ccms/core";
import { type Executor, controlTables, equipmentFaultRepository, incidentRepository, meetingRepository, orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { parseJson } from "./parse-json.js";
import { missedCloseOf } from "./day-order.js";
import { raiseFinding } from "../control/registers/findings.js";

export type ReminderKind = "archive_overdue" | "corrective_action_overdue" | "hand_back_due" | "incident_open" | "fault_open" | "focus_issue_open" | "daily_close_missing";
export interface ReminderItem {
  kind: ReminderKind;
  counterId: string;
  entityId: string;
  dueDate: string | null;
  data: Record<string, unknown>;
}

export async function computeReminders(ex: Executor, counterIds: string[], now: Date): Promise<ReminderItem[]> {
  if (counterIds.length === 0) return [];
  const units = await orgUnitRepository.findByIds(ex, counterIds);
  const today = new Map(units.map((u) => [u.id, localDateOf(now, u.timeZone)]));
  const out: ReminderItem[] = [];
  for (const b of await controlTables.archiveBorrowings.list(ex, { counterIds })) {
    if (isArchiveOverdue(b.status as never, b.due_date, today.get(b.counter_id) ?? "")) out.push({ kind: "archive_overdue", counterId: b.counter_id, entityId: b.id, dueDate: b.due_date, data: { archiveRef: b.archive_ref, borrowerId: b.borrower_id } });
  }
  for (const a of await controlTables.correctiveActions.list(ex, { counterIds, eq: { status: "open" } })) {
    if ((today.get(a.counter_id) ?? "") > a.due_date) out.push({ kind: "corrective_action_overdue", counterId: a.counter_id, entityId: a.id, dueDate: a.due_date, data: { ownerId: a.owner_id, itemKey: a.item_key } });
  }
  for (const h of await controlTables.handBacks.list(ex, { counterIds, eq: { status: "pending" } })) {
    if (h.due_date <= (today.get(h.counter_id) ?? "")) out.push({ kind: "hand_back_due", counterId: h.counter_id, entityId: h.id, dueDate: h.due_date, data: { userId: h.user_id } });
  }
  for (const i of await incidentRepository.listOpen(ex, counterIds)) {
    out.push({ kind: "incident_open", counterId: i.counter_id, entityId: i.id, dueDate: null, data: { level: i.level, title: i.title } });
  }
  for (const f of await equipmentFaultRepository.listOpenAtCounters(ex, counterIds)) {
    out.push({ kind: "fault_open", counterId: f.counter_id, entityId: f.id, dueDate: null, data: { equipmentId: f.equipment_id, status: f.status } });
  }
  for (const m of await meetingRepository.listWithOpenFocus(ex, counterIds)) {
    const open = parseJson<Array<{ text: string; done: boolean }>>(m.focus_issues, []).filter((x) => !x.done);
    if (open.length > 0) out.push({ kind: "focus_issue_open", counterId: m.counter_id, entityId: m.id, dueDate: m.business_date, data: { open: open.length } });
  }
  // D-06 a business day with no close, found the next morning.
  for (const u of units.filter((x) => x.kind === "counter")) {
    const missed = await missedCloseOf(ex, u, now);
    if (missed) out.push({ kind: "daily_close_missing", counterId: u.id, entityId: `${u.id}_${missed}`, dueDate: missed, data: { businessDate: missed } });
  }
  return out;
}

export async function listReminders(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  return { items: await computeReminders(ex, await counterIdsInScope(ex, p, q.counterId), ctx.clock.now()) };
}

/** Publish the current reminders on each counter's channel. */
export async function sweepDailyOpsReminders(ctx: AppContext): Promise<number> {
  const ex = ctx.database.db;
  const counters = (await ex.selectFrom("org_units").select("id").where("kind", "=", "counter").where("active", "=", 1).execute()).map((c) => c.id);
  const now = ctx.clock.now();
  const items = await computeReminders(ex, counters, now);
  for (const r of items) await ctx.bus.publish(`counter:${r.counterId}`, { type: "dailyops.reminder", data: r });
  // D-06 a missed close is raised as a finding too (once per counter and day), reported to the province.
  for (const r of items.filter((x) => x.kind === "daily_close_missing")) {
    const unit = await orgUnitRepository.findById(ex, r.counterId);
    const dedupeKey = `d06-close:${r.counterId}:${r.dueDate}`;
    if (!unit || (await ex.selectFrom("control_findings").select("id").where("dedupe_key", "=", dedupeKey).executeTakeFirst())) continue;
    await ctx.tx((tx) =>
      raiseFinding(ctx, tx, { id: null, name: "system" }, now, { kind: "daily_close_missing", orgUnitId: unit.id, orgUnitPath: unit.path, subjectUserIds: [], title: `营业日未日清日结（${r.dueDate}）`, details: { businessDate: r.dueDate }, dedupeKey }),
    );
  }
  return items.length;
}

/** Background reminders every CCMS_DAILY_OPS_REMINDER_SECONDS (default 3600; 0 = off). */
export function installDailyOpsJobs(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "daily-ops reminder sweep", ctx.config.dailyOpsReminderSeconds, () => sweepDailyOpsReminders(ctx));
}
