/**
 * D-06 daily close 日清日结 per counter and business date (local date in the counter's time zone).
 * Checks from real data: D-03 tickets finished and tellers signed out (queue), K-01 every seal and
 * controlled document in the safe, K-02 hand-backs due done, C-03 unfinished matters recorded as
 * special matters (cases), D-04 security check done; informational: D-08 open faults, D-07
 * handovers, D-09 open incidents. A blocking failure stops the close unless the counter manager
 * overrides it with a reason (audited). A date closes once (409 day_already_closed).
 */
import { type CloseCheckResult, type FailedChecklistItem, DomainError, countCheck, decideDailyClose, canCloseDay, endOfLocalDay, handoverCheck, securityItemsCheck } from "@ccms/core";
import type { CompleteDailyCloseRequest } from "@ccms/contracts";
import { type Executor, type OrgUnit, type RegisterRow, controlTables, dailyCloseRepository, dailyOpsTables } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterIdsInScope, counterInScope, parseJson, usersByIds } from "./ops-shared.js";
import { specialMattersProvider } from "./special-matters-seam.js";
import { lunchDutyOf } from "./day-order.js";
import { raiseFinding } from "../control/registers/findings.js";

/**
 * D-04 failed power / fire / security items of the day's submitted end-of-day checks, each with its
 * corrective action and whether that is done (fixed).
 */
async function failedSecurityItems(ex: Executor, counterId: string, date: string): Promise<FailedChecklistItem[]> {
  const inspections = await dailyOpsTables.inspections.list(ex, { counterIds: [counterId], eq: { kind: "security_check", status: "submitted", business_date: date } });
  if (inspections.length === 0) return [];
  const out: FailedChecklistItem[] = [];
  const actions = await controlTables.correctiveActions.list(ex, { counterIds: [counterId], eq: { source: "inspection" } });
  for (const ins of inspections) {
    const tpl = await dailyOpsTables.inspectionTemplates.findById(ex, ins.template_id);
    const sections = parseJson<Array<{ key: string; items: Array<{ key: string; text: string }> }>>(tpl?.sections ?? "[]", []);
    const sectionOf = new Map(sections.flatMap((sec) => sec.items.map((i) => [i.key, { section: sec.key, text: i.text }] as const)));
    for (const ca of actions.filter((a) => a.source_id === ins.id && a.item_key)) {
      const where = sectionOf.get(ca.item_key!);
      out.push({ inspectionId: ins.id, sectionKey: where?.section ?? "", itemKey: ca.item_key!, text: where?.text ?? ca.description, correctiveActionId: ca.id, fixed: ca.status === "done" || ca.status === "verified" });
    }
  }
  return out;
}

async function runChecks(ctx: AppContext, ex: Executor, counter: OrgUnit, date: string, recorded?: { created: string[]; skipped: number }): Promise<CloseCheckResult[]> {
  const engine = ctx.database.engine;
  const checks: CloseCheckResult[] = [];

  const tickets = await dailyCloseRepository.openTickets(ex, engine, counter.id, date);
  checks.push(
    tickets === null
      ? countCheck("tickets_finished", true, null, { reason: "queue_module_unavailable" })
      : countCheck("tickets_finished", true, tickets.length, { tickets: tickets.slice(0, 50) }),
  );

  const windows = await dailyCloseRepository.signedInWindows(ex, engine, counter.id);
  checks.push(
    windows === null
      ? countCheck("tellers_signed_out", true, null, { reason: "queue_module_unavailable" })
      : countCheck("tellers_signed_out", true, windows.length, { windows }),
  );

  const out = await controlTables.items.list(ex, { counterIds: [counter.id], eq: { status: "active", in_safe: 0 } });
  const holders = await usersByIds(ex, out.map((i) => i.custodian_id ?? ""));
  checks.push(
    countCheck("items_in_safe", true, out.length, {
      items: out.map((i) => ({ id: i.id, kind: i.kind, name: i.name, custodianId: i.custodian_id, custodianName: i.custodian_id ? (holders.get(i.custodian_id)?.displayName ?? null) : null })),
    }),
  );

  // K-02 a hand-back due by this date is outstanding while the person still holds items at the counter.
  const dueAll = (await controlTables.handBacks.list(ex, { counterIds: [counter.id], eq: { status: "pending" } })).filter((h) => h.due_date <= date);
  const due = [];
  for (const h of dueAll) {
    const held = await controlTables.items.count(ex, { counterIds: [counter.id], eq: { custodian_id: h.user_id, status: "active" } });
    if (held > 0) due.push({ id: h.id, userId: h.user_id, dueDate: h.due_date, itemsHeld: held });
  }
  checks.push(countCheck("hand_backs_done", true, due.length, { handBacks: due }));

  const candidates = await dailyCloseRepository.casesNeedingSpecialMatter(ex, engine, counter.id, endOfLocalDay(date, counter.timeZone).toISOString());
  if (candidates === null) {
    checks.push(countCheck("special_matters_recorded", true, null, { reason: "cases_module_unavailable" }));
  } else if (recorded) {
    checks.push({ code: "special_matters_recorded", status: "passed", blocking: true, details: { created: recorded.created, skipped: recorded.skipped } });
  } else if (specialMattersProvider.current) {
    // The close records them itself (C-03): shown, not blocking at preview time.
    checks.push({ code: "special_matters_recorded", status: "passed", blocking: true, details: { toRecord: candidates.length, recordedAtClose: true, cases: candidates.slice(0, 50) } });
  } else {
    checks.push(countCheck("special_matters_recorded", true, candidates.length, { cases: candidates.slice(0, 50), recordedAtClose: false }));
  }

  const faults = await dailyOpsTables.faults.list(ex, { counterIds: [counter.id] });
  const openFaults = faults.filter((f) => f.status === "reported" || f.status === "repairing");
  checks.push(countCheck("equipment_faults", false, openFaults.length, { faults: openFaults.map((f) => ({ id: f.id, equipmentId: f.equipment_id, status: f.status })) }));

  const security = await dailyOpsTables.inspections.count(ex, { counterIds: [counter.id], eq: { kind: "security_check", status: "submitted", business_date: date } });
  checks.push({ code: "security_check_done", status: security > 0 ? "passed" : "failed", blocking: true, details: { submitted: security } });
  // D-04 a failed power / fire / security item blocks until fixed (or the manager overrides).
  checks.push(securityItemsCheck(await failedSecurityItems(ex, counter.id, date)));

  // D-07 "handover confirmed" fails when there was no handover that day, not only when one is pending.
  const handovers = await dailyOpsTables.handovers.list(ex, { counterIds: [counter.id], eq: { business_date: date } });
  checks.push(handoverCheck(handovers.map((h) => ({ id: h.id, status: h.status }))));

  // D-06 off-duty / departed staff operating at this counter that day: computed with the server's
  // rights, so the record shows it to whoever prints the close.
  const offDuty = (await controlTables.findings.list(ex, { counterIds: [counter.id], counterColumn: "org_unit_id", eq: { kind: "off_duty_operation" } })).filter(
    (f) => parseJson<{ date?: string }>(f.details, {}).date === date,
  );
  const offDutyNames = await usersByIds(ex, offDuty.flatMap((f) => parseJson<string[]>(f.subject_user_ids, [])));
  checks.push(
    countCheck("off_duty_operations", false, offDuty.length, {
      findings: offDuty.map((f) => ({ id: f.id, title: f.title, status: f.status, subjectNames: parseJson<string[]>(f.subject_user_ids, []).map((u) => offDutyNames.get(u)?.displayName ?? "") })),
    }),
  );

  // CAL-03 at least one person served at noon where the unit has lunch duty.
  const lunch = await lunchDutyOf(ex, counter, date, ctx.clock.now());
  if (lunch.required) {
    checks.push({
      code: "lunch_duty_served",
      status: lunch.status === "covered" ? "passed" : lunch.status === "uncovered" ? "failed" : "unavailable",
      blocking: false,
      details: { window: lunch.window, lunchStatus: lunch.status, userIds: lunch.userIds, ...(lunch.status === "pending" ? { reason: "noon_not_over" } : {}) },
    });
  }

  const incidents = await dailyOpsTables.incidents.list(ex, { counterIds: [counter.id], eq: { status: "open" } });
  checks.push(countCheck("incidents_open", false, incidents.length, { incidentIds: incidents.map((i) => i.id) }));
  return checks;
}

function assertNotFuture(counter: OrgUnit, date: string, now: Date): void {
  if (date > businessDateOf(counter, now)) throw new DomainError("unprocessable", "close_date_in_future", "A future date cannot be closed", { date });
}

export async function previewDailyClose(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const date = q.date ?? businessDateOf(counter, ctx.clock.now());
  const checks = await runChecks(ctx, ex, counter, date);
  const closed = await dailyOpsTables.closes.count(ex, { counterIds: [counter.id], eq: { business_date: date } });
  return { counterId: counter.id, businessDate: date, alreadyClosed: closed > 0, checks, canClose: closed === 0 && canCloseDay(checks) };
}

function presentClose(r: RegisterRow<"daily_closes">, name: string | null) {
  return {
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    closedById: r.closed_by,
    closedByName: name,
    closedAt: r.closed_at,
    checks: parseJson<CloseCheckResult[]>(r.checks, []),
    overridden: r.overridden === 1,
    overrideReason: r.override_reason,
    notes: r.notes,
    ...(r.special_matters ? { specialMatters: parseJson<unknown>(r.special_matters, null) } : {}),
  };
}

export async function completeDailyClose(ctx: AppContext, p: UserPrincipal, body: CompleteDailyCloseRequest) {
  requirePermission(p, "dailyops.close");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const date = body.businessDate ?? businessDateOf(counter, now);
  assertNotFuture(counter, date, now);
  const already = await dailyOpsTables.closes.count(ex, { counterIds: [counter.id], eq: { business_date: date } });
  if (already > 0) throw new DomainError("conflict", "day_already_closed", "This business date is already closed", { counterId: counter.id, date });

  // C-03 record unfinished matters as special matters before checking (cases module, when present).
  let specialMatters: { created: string[]; skipped: number } | null = null;
  const checksBefore = await runChecks(ctx, ex, counter, date);
  const mayOverride = p.permissions.has("dailyops.closeOverride");
  // Decide on the checks without side effects first (bad input changes nothing).
  decideDailyClose({ alreadyClosed: false, checks: checksBefore, override: body.override, mayOverride });
  if (specialMattersProvider.current) specialMatters = await specialMattersProvider.current(ctx, counter.id, date, p);
  const checks = specialMatters ? await runChecks(ctx, ex, counter, date, specialMatters) : checksBefore;
  const { overridden } = decideDailyClose({ alreadyClosed: false, checks, override: body.override, mayOverride });

  const id = ulid();
  try {
    await ctx.tx(async (tx) => {
      await dailyOpsTables.closes.insert(tx, {
        id,
        counter_id: counter.id,
        business_date: date,
        closed_by: p.userId,
        closed_at: now.toISOString(),
        checks: JSON.stringify(checks),
        overridden: overridden ? 1 : 0,
        override_reason: overridden ? (body.override?.reason ?? null) : null,
        notes: body.notes ?? null,
        special_matters: specialMatters === null ? null : JSON.stringify(specialMatters),
      });
      // CAL-03 nobody served at noon where the unit has lunch duty: a finding (once per counter and day).
      const lunch = checks.find((c) => c.code === "lunch_duty_served");
      if (lunch?.status === "failed") {
        const dedupeKey = `cal03:${counter.id}:${date}`;
        const exists = await tx.selectFrom("control_findings").select("id").where("dedupe_key", "=", dedupeKey).executeTakeFirst();
        if (!exists) {
          await raiseFinding(ctx, tx, actorOf(p), now, { kind: "lunch_duty_uncovered", orgUnitId: counter.id, orgUnitPath: counter.path, subjectUserIds: [], title: `午间无人值班（${date}）`, details: { date, ...lunch.details }, dedupeKey });
        }
      }
      await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: overridden ? "daily_close.completed_with_override" : "daily_close.completed",
        entityType: "daily_close",
        entityId: id,
        orgUnitId: counter.id,
        details: {
          businessDate: date,
          failedBlocking: checks.filter((c) => c.blocking && c.status === "failed").map((c) => c.code),
          unavailable: checks.filter((c) => c.status === "unavailable").map((c) => c.code),
          ...(overridden ? { overrideReason: body.override?.reason } : {}),
        },
      });
    });
  } catch (e) {
    // Two closes racing: the unique (counter, date) index refuses the second.
    const again = await dailyOpsTables.closes.count(ex, { counterIds: [counter.id], eq: { business_date: date } });
    if (again > 0 && !(await dailyOpsTables.closes.findById(ex, id))) throw new DomainError("conflict", "day_already_closed", "This business date is already closed", { counterId: counter.id, date });
    throw e;
  }
  void ctx.bus.publish(`counter:${counter.id}`, { type: "daily_close.completed", data: { id, businessDate: date, overridden } });
  return getDailyClose(ctx, p, id);
}

export async function getDailyClose(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.closes.findById(ex, id);
  if (!r) throw notFound("daily_close", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("daily_close", id);
  });
  const names = await usersByIds(ex, [r.closed_by]);
  return presentClose(r, names.get(r.closed_by)?.displayName ?? null);
}

export async function listDailyCloses(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyOpsTables.closes.list(ex, { counterIds, rangeColumn: "business_date", from: q.from, to: q.to, orderBy: "business_date", desc: true, limit: 1000 });
  const names = await usersByIds(ex, rows.map((r) => r.closed_by));
  return { items: rows.map((r) => presentClose(r, names.get(r.closed_by)?.displayName ?? null)) };
}
