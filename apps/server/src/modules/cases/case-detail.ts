/** Full case page: summary, timeline, deadlines, callbacks, ruling, findings, rectifications. */
import { type CaseKind, type CaseState, allowedCaseActions, pauseStatus, reconsiderationLastDay } from "@ccms/core";
import { type Executor, caseRepository, caseWorkRepository } from "@ccms/db";
import type { CaseDetail } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type Principal, notFound } from "../../http/principal.js";
import { clockInput, deadlinesOf } from "./case-deadlines.js";
import { callerActions } from "./case-permissions.js";
import { callbackView, eventView, findingView, rectificationView, rulingView, summaryView } from "./case-views.js";
import { pendingExtensionOf } from "./pending-extension.js";
import { UnitContextCache } from "./unit-context.js";

export async function caseDetail(ctx: AppContext, ex: Executor, id: string, p?: Principal | null): Promise<CaseDetail> {
  const now = ctx.clock.now();
  const row = await caseRepository.findById(ex, id);
  if (!row) throw notFound("case", id);
  const units = new UnitContextCache(ex);
  const u = await units.get(row.org_unit_id);
  const [events, callbacks, ruling, findings, rects] = await Promise.all([
    caseRepository.listEvents(ex, id),
    caseWorkRepository.callbacksOf(ex, id),
    caseWorkRepository.rulingOf(ex, id),
    caseWorkRepository.findingsOf(ex, id),
    caseWorkRepository.rectificationsOf(ex, id),
  ]);
  const deadlines = deadlinesOf(row, events, u, now, false);
  const pending = pendingExtensionOf(row);
  return {
    ...summaryView(row, u.unit.name, deadlines, now),
    events: events.map(eventView),
    callbacks: callbacks.map(callbackView),
    ruling: ruling ? rulingView(ruling) : null,
    findings: findings.map(findingView),
    rectifications: rects.map(rectificationView),
    pendingExtension: pending
      ? { metric: pending.metric, reason: pending.reason, untilDate: pending.untilDate, days: pending.days, requestedAt: pending.requestedAt, requestedBy: pending.requestedBy }
      : null,
    reconsiderationUntil: row.replied_at ? reconsiderationLastDay(new Date(row.replied_at), u.unit.timeZone) : null,
    allowedActions: allowedCaseActions(row.kind as CaseKind, row.state as CaseState),
    ...(p ? { callerActions: callerActions(p, row) } : {}),
    policy: { id: u.policy.id, orgUnitId: u.policy.orgUnitId, version: u.policy.version, preset: u.policy.preset, name: u.policy.name },
    repeatOf: row.repeat_of_case_id
      ? { caseId: row.repeat_of_case_id, number: (await caseRepository.findById(ex, row.repeat_of_case_id))?.number ?? "", reason: row.repeat_reason ?? "other" }
      : null,
    pause: pauseStatus(clockInput(row, events).events),
  };
}
