/**
 * POST /api/v1/cases/{id}/actions: one use case per action type (./actions/<verb>.ts), dispatched on
 * `type`. Every action runs in one transaction: state machine check (409 action_not_allowed),
 * permission, scope, time windows; then the event history (timeline), the stored deadline cache and
 * the audit log are written together. Bad input changes nothing.
 */
import type { CaseActionType } from "@ccms/core";
import { type CaseEventRow, type CaseRow, caseRepository, caseWorkRepository } from "@ccms/db";
import type { CaseAction, CaseDetail } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { acceptCase } from "./actions/accept-case.js";
import { addNote } from "./actions/add-note.js";
import { addRectification } from "./actions/add-rectification.js";
import { appealRuling } from "./actions/appeal-ruling.js";
import { applyReconsideration } from "./actions/apply-reconsideration.js";
import { archiveUnsatisfied } from "./actions/archive-unsatisfied.js";
import { type ActionOf, type CaseActionContext } from "./actions/case-action-context.js";
import { closeCase } from "./actions/close-case.js";
import { completeRectification } from "./actions/complete-rectification.js";
import { contactCustomer } from "./actions/contact-customer.js";
import { decideRulingAppeal } from "./actions/decide-appeal.js";
import { decideExtension } from "./actions/decide-extension.js";
import { decidePause } from "./actions/decide-pause.js";
import { decideReconsideration } from "./actions/decide-reconsideration.js";
import { escalateCase } from "./actions/escalate-case.js";
import { explainDelay } from "./actions/explain-delay.js";
import { forwardCase } from "./actions/forward-case.js";
import { investigateCase } from "./actions/investigate-case.js";
import { pauseCase } from "./actions/pause-case.js";
import { recordCallback } from "./actions/record-callback.js";
import { reopenCase } from "./actions/reopen-case.js";
import { replyToCustomer } from "./actions/reply-to-customer.js";
import { requestExtension } from "./actions/request-extension.js";
import { resumeCase } from "./actions/resume-case.js";
import { ruleResponsibility } from "./actions/rule-responsibility.js";
import { deadlineCache, deadlinesOf } from "./case-deadlines.js";
import { queueCaseActionForPostReview } from "./case-post-review.js";
import { caseDetail } from "./case-detail.js";
import { auditCase, recordCaseEvent } from "./case-history.js";
import { ACTION_PERMISSION, ORIGIN_ALLOWED } from "./case-permissions.js";
import { assertHandles, loadVisibleCase, need } from "./case-scope.js";
import { UnitContextCache } from "./unit-context.js";

/** The use case of each action type (exhaustive: a new action type in the contract must name its use case). */
const CASE_ACTIONS: { [T in CaseActionType]: (w: CaseActionContext, a: ActionOf<T>) => Promise<void> } = {
  accept: acceptCase,
  contact: contactCustomer,
  investigate: investigateCase,
  pause: pauseCase,
  "decide-pause": decidePause,
  resume: resumeCase,
  reply: replyToCustomer,
  "explain-delay": explainDelay,
  "request-extension": requestExtension,
  "approve-extension": decideExtension,
  escalate: escalateCase,
  forward: forwardCase,
  close: closeCase,
  callback: recordCallback,
  "archive-unsatisfied": archiveUnsatisfied,
  reopen: reopenCase,
  "apply-reconsideration": applyReconsideration,
  "decide-reconsideration": decideReconsideration,
  rule: ruleResponsibility,
  appeal: appealRuling,
  "decide-appeal": decideRulingAppeal,
  "add-rectification": addRectification,
  "complete-rectification": completeRectification,
  note: addNote,
};

function runAction<T extends CaseActionType>(w: CaseActionContext, a: ActionOf<T>): Promise<void> {
  return (CASE_ACTIONS[a.type as T] as (w: CaseActionContext, a: ActionOf<T>) => Promise<void>)(w, a);
}

export async function performCaseAction(ctx: AppContext, p: UserPrincipal, id: string, action: CaseAction): Promise<CaseDetail> {
  need(p, "case.read");
  const now = ctx.clock.now();
  const bus = await ctx.tx(async (tx) => {
    await caseRepository.lock(tx, ctx.database.engine, id);
    const row = await loadVisibleCase(tx, p, id);
    need(p, ACTION_PERMISSION[action.type]);
    if (!ORIGIN_ALLOWED.has(action.type)) assertHandles(p, row);
    const w: CaseActionContext = {
      ctx,
      tx,
      p,
      row,
      events: await caseRepository.listEvents(tx, id),
      units: new UnitContextCache(tx),
      now,
      patch: {},
      newEvents: [],
      bus: [],
      audit: {},
    };
    await runAction(w, action);
    const appended: CaseEventRow[] = [];
    for (const e of w.newEvents) appended.push(await recordCaseEvent(ctx, tx, p, id, e, now));
    const next: CaseRow = { ...row, ...w.patch };
    const u = await w.units.get(next.org_unit_id);
    const deadlines = deadlinesOf(next, [...w.events, ...appended], u, now, false);
    await caseRepository.update(tx, id, { ...w.patch, ...deadlineCache(deadlines), updated_at: now.toISOString() });
    if (w.callbackTaskId) {
      const cbDue = deadlines.find((d) => d.metric === "callback");
      if (cbDue) await caseWorkRepository.updateCallback(tx, w.callbackTaskId, { due_at: cbDue.dueAt.toISOString() });
    }
    const { type, ...body } = action;
    // K-12 done by one person alone: into the counter's post-review queue, in this transaction.
    if (action.singlePerson) w.audit.postReviewItemId = await queueCaseActionForPostReview(w, type, appended);
    await auditCase(ctx, tx, p, now, `case.${type}`, next, {
      ...w.audit,
      fromState: row.state,
      toState: next.state,
      ...(next.org_unit_id !== row.org_unit_id ? { fromUnitId: row.org_unit_id, toUnitId: next.org_unit_id } : {}),
      // Free texts stay in the case history; the audit keeps which fields were given.
      fields: Object.keys(body),
    });
    return [...w.bus, { channel: next.org_unit_id, event: { type: `case.${type}`, data: { caseId: id, state: next.state } } }];
  });
  for (const b of bus) await ctx.bus.publish(b.channel, b.event);
  return caseDetail(ctx, ctx.database.db, id, p);
}
