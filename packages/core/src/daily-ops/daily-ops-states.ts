/** Small state machines of daily operations: equipment faults (D-08), handovers (D-07). */
import { DomainError } from "../shared/errors.js";

export type FaultStatus = "reported" | "repairing" | "repaired" | "unrepairable";

export function isFaultOpen(s: FaultStatus): boolean {
  switch (s) {
    case "reported":
    case "repairing":
      return true;
    case "repaired":
    case "unrepairable":
      return false;
  }
}

/** D-08 reported → repairing → repaired | unrepairable (reported may go straight to an end state). */
export function assertFaultTransition(from: FaultStatus, to: FaultStatus): void {
  const ok = isFaultOpen(from) && from !== to && !(from === "repairing" && to === "reported");
  if (!ok) throw new DomainError("conflict", "fault_transition_invalid", `Cannot go from ${from} to ${to}`, { from, to });
}

/** D-07 no handover while an emergency at the counter is unresolved. */
export function assertHandoverAllowed(openIncidentIds: readonly string[]): void {
  if (openIncidentIds.length > 0) {
    throw new DomainError("conflict", "emergency_open", "No handover while an emergency is unresolved", { incidentIds: openIncidentIds });
  }
}
