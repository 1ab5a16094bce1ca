/** C-06 / C-07 ask for more time before the limit: the policy's steps in order, then a later date for the upper level. */
import { CASE_EVENT, type CaseState, extendableMetricOf, planExtensionRequest } from "@ccms/core";
import { parseData } from "../case-history.js";
import { type PendingExtensionData, pendingExtensionOf } from "../pending-extension.js";
import { type ActionOf, type CaseActionContext, addHistory, currentDeadline, moveCase } from "./case-action-context.js";

export async function requestExtension(w: CaseActionContext, a: ActionOf<"request-extension">): Promise<void> {
  const { row, p, now } = w;
  moveCase(w, a.type);
  const metric = extendableMetricOf(row.state as CaseState);
  const pending = pendingExtensionOf(row) !== null;
  const deadline = pending ? undefined : await currentDeadline(w, metric);
  const u = await w.units.get(row.org_unit_id);
  const policy = u.policy.metrics.find((m) => m.kind === row.kind && m.metric === metric);
  const grantedSteps = w.events.filter((e) => e.type === CASE_EVENT.extensionGranted && parseData(e).metric === metric && typeof parseData(e).step === "number").length;
  const plan = planExtensionRequest({ metric, deadline, steps: policy?.extensions ?? [], grantedSteps, pending, untilDate: a.untilDate, timeZone: u.unit.timeZone });
  const base = { metric, reason: a.reason, requestedAt: now.toISOString(), requestedBy: p.displayName } as const;
  switch (plan.kind) {
    case "granted":
      addHistory(w, CASE_EVENT.extensionGranted, null, null, { metric, days: plan.days, step: plan.step, reason: a.reason, approval: "notRequired" });
      return;
    case "stepRequested":
    case "dateRequested": {
      const data: PendingExtensionData =
        plan.kind === "stepRequested" ? { ...base, untilDate: null, days: plan.days, step: plan.step } : { ...base, untilDate: plan.untilDate, days: null, step: null };
      w.patch.pending_extension = JSON.stringify(data);
      addHistory(w, CASE_EVENT.extensionRequested, null, null, data);
      return;
    }
  }
}
