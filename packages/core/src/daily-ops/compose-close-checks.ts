/**
 * D-06 the daily close check list, composed from what the registers hold for a counter and business
 * date (gathered by the server, read-only): D-03 tickets finished and tellers signed out (queue),
 * K-01 seals and controlled documents in the safe, K-02 hand-backs due done, C-03 unfinished matters
 * recorded as special matters (cases), D-08 open faults, D-04 security check done and its failed
 * power/fire/security items fixed, D-07 handovers confirmed, D-06 off-duty operations, CAL-03 lunch
 * duty served, D-09 open incidents. Pure: the order of the list is the order the screen shows.
 */
import type { InspectionTemplateSection } from "./inspection-templates.js";
import { type FailedChecklistItem, type LunchDutyStatus, handoverCheck, securityItemsCheck } from "./close-business-day.js";
import { type CloseCheckResult, countCheck } from "./daily-close-rules.js";
import { type FaultStatus, isFaultOpen } from "./daily-ops-states.js";

/** Special matters (C-03) as known when the checks run. */
export type SpecialMattersFact =
  /** the cases module is absent */
  | { state: "unavailable" }
  /** the close has just recorded them */
  | { state: "recorded"; created: string[]; skipped: number }
  /** the close will record them itself: shown, not blocking at preview time */
  | { state: "recorded_at_close"; candidates: ReadonlyArray<{ id: string; number: string }> }
  /** nobody records them: each open candidate fails the check */
  | { state: "not_recorded"; candidates: ReadonlyArray<{ id: string; number: string }> };

export interface CloseFacts {
  /** Tickets still waiting, called or serving (null: queue module absent). */
  openTickets: ReadonlyArray<{ id: string; number: string; status: string }> | null;
  /** D-03 windows with a teller still signed in (null: queue module absent). */
  signedInWindows: ReadonlyArray<{ id: string; number: number; tellerId: string | null; tellerName: string | null }> | null;
  /** K-01 active items not in the safe. */
  itemsOutOfSafe: ReadonlyArray<{ id: string; kind: string; name: string; custodianId: string | null; custodianName: string | null }>;
  /** K-02 pending hand-backs of the counter with the number of items the person still holds there. */
  pendingHandBacks: ReadonlyArray<{ id: string; userId: string; dueDate: string; itemsHeld: number }>;
  specialMatters: SpecialMattersFact;
  /** D-08 every fault at the counter. */
  faults: ReadonlyArray<{ id: string; equipmentId: string; status: FaultStatus }>;
  /** D-04 end-of-day security checks submitted that day. */
  securityChecksSubmitted: number;
  /** D-04 failed items of those checks with their corrective actions. */
  failedSecurityItems: readonly FailedChecklistItem[];
  /** D-07 the handovers of the day. */
  handoversOfDay: ReadonlyArray<{ id: string; status: string }>;
  /** D-06 off-duty / departed staff operating at the counter that day (findings). */
  offDutyFindings: ReadonlyArray<{ id: string; title: string; status: string; subjectNames: string[] }>;
  /** CAL-03 lunch duty of the day. */
  lunchDuty: { required: boolean; window: { from: string; to: string }; status: LunchDutyStatus; userIds: string[] };
  /** D-09 incidents still open at the counter. */
  openIncidentIds: readonly string[];
  /** Checks contributed by other modules (K-12 post-review backlog, K-13 hall equipment count), shown last. */
  extraChecks?: readonly CloseCheckResult[];
}

/** K-02 a hand-back due by `date` is outstanding while the person still holds items at the counter. */
export function outstandingHandBacks(pending: CloseFacts["pendingHandBacks"], date: string): Array<CloseFacts["pendingHandBacks"][number]> {
  return pending.filter((h) => h.dueDate <= date && h.itemsHeld > 0);
}

/**
 * D-04 the failed items of the day's submitted end-of-day checks: each corrective action raised for an
 * item of an inspection, placed in its template section (text from the template, else the action's).
 */
export function failedSecurityItemsOf(
  inspections: ReadonlyArray<{ id: string; sections: readonly InspectionTemplateSection[] }>,
  actions: ReadonlyArray<{ id: string; sourceId: string; itemKey: string | null; description: string; status: string }>,
): FailedChecklistItem[] {
  const out: FailedChecklistItem[] = [];
  for (const ins of inspections) {
    const sectionOf = new Map(ins.sections.flatMap((sec) => sec.items.map((i) => [i.key, { section: sec.key, text: i.text }] as const)));
    for (const ca of actions) {
      if (ca.sourceId !== ins.id || !ca.itemKey) continue;
      const where = sectionOf.get(ca.itemKey);
      out.push({ inspectionId: ins.id, sectionKey: where?.section ?? "", itemKey: ca.itemKey, text: where?.text ?? ca.description, correctiveActionId: ca.id, fixed: ca.status === "done" || ca.status === "verified" });
    }
  }
  return out;
}

function specialMattersCheck(f: SpecialMattersFact): CloseCheckResult {
  switch (f.state) {
    case "unavailable":
      return countCheck("special_matters_recorded", true, null, { reason: "cases_module_unavailable" });
    case "recorded":
      return { code: "special_matters_recorded", status: "passed", blocking: true, details: { created: f.created, skipped: f.skipped } };
    case "recorded_at_close":
      return { code: "special_matters_recorded", status: "passed", blocking: true, details: { toRecord: f.candidates.length, recordedAtClose: true, cases: f.candidates.slice(0, 50) } };
    case "not_recorded":
      return countCheck("special_matters_recorded", true, f.candidates.length, { cases: f.candidates.slice(0, 50), recordedAtClose: false });
  }
}

function lunchDutyCheck(l: CloseFacts["lunchDuty"]): CloseCheckResult | null {
  if (!l.required) return null;
  return {
    code: "lunch_duty_served",
    status: l.status === "covered" ? "passed" : l.status === "uncovered" ? "failed" : "unavailable",
    blocking: false,
    details: { window: l.window, lunchStatus: l.status, userIds: l.userIds, ...(l.status === "pending" ? { reason: "noon_not_over" } : {}) },
  };
}

/** D-06 the check list of a counter's business date, in the order shown. */
export function composeCloseChecks(f: CloseFacts, date: string): CloseCheckResult[] {
  const checks: CloseCheckResult[] = [];
  checks.push(
    f.openTickets === null
      ? countCheck("tickets_finished", true, null, { reason: "queue_module_unavailable" })
      : countCheck("tickets_finished", true, f.openTickets.length, { tickets: f.openTickets.slice(0, 50) }),
  );
  checks.push(
    f.signedInWindows === null
      ? countCheck("tellers_signed_out", true, null, { reason: "queue_module_unavailable" })
      : countCheck("tellers_signed_out", true, f.signedInWindows.length, { windows: f.signedInWindows }),
  );
  checks.push(countCheck("items_in_safe", true, f.itemsOutOfSafe.length, { items: f.itemsOutOfSafe }));
  const due = outstandingHandBacks(f.pendingHandBacks, date);
  checks.push(countCheck("hand_backs_done", true, due.length, { handBacks: due }));
  checks.push(specialMattersCheck(f.specialMatters));
  const openFaults = f.faults.filter((x) => isFaultOpen(x.status));
  checks.push(countCheck("equipment_faults", false, openFaults.length, { faults: openFaults.map((x) => ({ id: x.id, equipmentId: x.equipmentId, status: x.status })) }));
  checks.push({ code: "security_check_done", status: f.securityChecksSubmitted > 0 ? "passed" : "failed", blocking: true, details: { submitted: f.securityChecksSubmitted } });
  checks.push(securityItemsCheck(f.failedSecurityItems));
  checks.push(handoverCheck(f.handoversOfDay));
  checks.push(countCheck("off_duty_operations", false, f.offDutyFindings.length, { findings: f.offDutyFindings }));
  const lunch = lunchDutyCheck(f.lunchDuty);
  if (lunch) checks.push(lunch);
  checks.push(countCheck("incidents_open", false, f.openIncidentIds.length, { incidentIds: f.openIncidentIds }));
  if (f.extraChecks) checks.push(...f.extraChecks);
  return checks;
}
