/**
 * Sweeper (issue 4 §9): at the clock's now, raise warnings (only while the handling unit is open —
 * reminders never go out at night) and breaches (always) for every open case; a breach of the reply
 * or reconsideration limit is unapproved overtime, a finding against the unit and the handler (C-07).
 * Idempotent: an alert is raised once per (metric, threshold, due instant).
 */
import { CASE_EVENT, type MetricCode, breachIsFinding, isCounterOpenAt, sweepDeadlines } from "@ccms/core";
import { caseRepository, caseWorkRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";
import type { BusEvent } from "../../realtime/bus.js";
import { appendAudit } from "../control/audit.js";
import { deadlineCache, deadlinesOf } from "./case-deadlines.js";
import { recordCaseEvent } from "./case-history.js";
import { need } from "./case-scope.js";
import { UnitContextCache } from "./unit-context.js";

export interface SweepResult {
  checked: number;
  warnings: number;
  breaches: number;
  findings: number;
  deferred: number;
}

/** C-07 whether the customer and the upper level were told before the limit (kept on the finding). */
function explainedNote(events: ReadonlyArray<{ type: string; at: string; data: string }>, metric: MetricCode, dueAt: Date): string {
  const explained = events.some((e) => e.type === CASE_EVENT.delayExplained && e.at <= dueAt.toISOString() && e.data.includes(`"metric":"${metric}"`));
  return `dueAt=${dueAt.toISOString()}; explainedBeforeLimit=${explained ? "yes" : "no"}`;
}

/** Run the sweep over open cases handled under `scopePath` (the whole tree for the job). */
export async function sweepCases(ctx: AppContext, scopePath?: string): Promise<SweepResult> {
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  const root = scopePath ?? "/";
  const open = await caseRepository.listOpenUnder(ex, root);
  const result: SweepResult = { checked: 0, warnings: 0, breaches: 0, findings: 0, deferred: 0 };
  const bus: Array<{ channel: string; event: BusEvent }> = [];
  // Unit contexts (calendar, policy) are loaded before the per-case transactions: on SQLite the
  // single connection is held by the transaction, so nothing may read outside it meanwhile.
  const units = new UnitContextCache(ex);
  for (const unitId of new Set(open.map((c) => c.org_unit_id))) await units.get(unitId);
  const raisedByCase = new Map<string, Set<string>>();
  for (const r of await caseWorkRepository.alertKeysOf(ex, open.map((c) => c.id))) {
    const set = raisedByCase.get(r.case_id) ?? new Set<string>();
    set.add(r.key);
    raisedByCase.set(r.case_id, set);
  }
  for (const listed of open) {
    // One short transaction per case, with the case row locked (actions may run at the same time).
    await ctx.tx(async (tx) => {
      await caseRepository.lock(tx, ctx.database.engine, listed.id);
      const row = await caseRepository.findById(tx, listed.id);
      if (!row || row.state === "closed" || row.state === "archivedUnsatisfied") return;
      result.checked++;
      const u = row.org_unit_id === listed.org_unit_id ? await units.get(row.org_unit_id) : await new UnitContextCache(tx).get(row.org_unit_id);
      const events = await caseRepository.listEvents(tx, row.id);
      const deadlines = deadlinesOf(row, events, u, now, false);
      const raised = raisedByCase.get(row.id) ?? new Set<string>();
      const unitOpen = isCounterOpenAt(now, u.unit, u.calendar);
      const warn = (m: MetricCode) => u.policy.metrics.find((x) => x.kind === row.kind && x.metric === m)?.warnPercents ?? [];
      const out = sweepDeadlines(deadlines, warn, raised, unitOpen, now);
      result.deferred += out.deferred;
      for (const a of out.alerts) {
        await caseWorkRepository.insertAlert(tx, {
          id: ulid(),
          case_id: row.id,
          org_unit_id: row.org_unit_id,
          metric: a.metric,
          kind: a.kind,
          threshold: a.threshold,
          due_at: a.dueAt.toISOString(),
          key: a.key,
          raised_at: now.toISOString(),
        });
        await recordCaseEvent(ctx, tx, null, row.id, { type: CASE_EVENT.alert, orgUnitId: row.org_unit_id, data: { metric: a.metric, kind: a.kind, threshold: a.threshold, dueAt: a.dueAt.toISOString() } }, now);
        bus.push({ channel: row.org_unit_id, event: { type: `case.${a.kind}`, data: { caseId: row.id, number: row.number, metric: a.metric, dueAt: a.dueAt.toISOString(), threshold: a.threshold } } });
        if (a.kind === "warning") result.warnings++;
        else {
          result.breaches++;
          if (breachIsFinding(a.metric)) {
            // C-07 overtime without approval: a finding against the unit and the handler.
            const findingId = ulid();
            await caseWorkRepository.insertFinding(tx, {
              id: findingId,
              case_id: row.id,
              org_unit_id: row.org_unit_id,
              handler_id: row.handler_id,
              kind: "unapprovedOvertime",
              metric: a.metric,
              note: explainedNote(events, a.metric, a.dueAt),
              raised_at: now.toISOString(),
            });
            await recordCaseEvent(ctx, tx, null, row.id, { type: CASE_EVENT.findingRaised, orgUnitId: row.org_unit_id, data: { findingId, kind: "unapprovedOvertime", metric: a.metric, handlerId: row.handler_id } }, now);
            await appendAudit(tx, ctx.database.engine, { id: null, name: "system:case-sweeper" }, now, {
              action: "case.finding_raised",
              entityType: "case",
              entityId: row.id,
              orgUnitId: row.org_unit_id,
              details: { findingId, kind: "unapprovedOvertime", metric: a.metric, handlerId: row.handler_id, dueAt: a.dueAt.toISOString() },
            });
            result.findings++;
          }
        }
      }
      await caseRepository.update(tx, row.id, deadlineCache(deadlines));
    });
  }
  for (const b of bus) await ctx.bus.publish(b.channel, b.event);
  return result;
}

/** POST /api/v1/cases/sweep: run the sweep now over the caller's scope (or one unit's subtree). */
export async function sweepCasesNow(ctx: AppContext, p: UserPrincipal, orgUnitId?: string): Promise<SweepResult> {
  need(p, "case.escalate");
  const path = orgUnitId ? (await unitInScope(ctx.database.db, p, orgUnitId)).path : p.scopePath;
  return sweepCases(ctx, path);
}
