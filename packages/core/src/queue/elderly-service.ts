/**
 * Q-13 (seed 000 九) elderly-friendly service: paper forms and staff help stay available at the kiosk
 * and the guide desk; a ticket may be marked "assisted by staff"; no elderly customer's business is
 * done by staff operating a self-service device on the customer's behalf (guides help the customer at
 * the device, they do not operate it for them). Pure rules and the monthly figures.
 */
import { DomainError } from "../shared/errors.js";

export const HELP_REQUEST_KINDS = ["staff_help", "paper_form"] as const;
export type HelpRequestKind = (typeof HELP_REQUEST_KINDS)[number];
export const DEVICE_OPERATORS = ["customer", "staff"] as const;
export type DeviceOperator = (typeof DEVICE_OPERATORS)[number];

export interface TicketServiceFacts {
  elderly: boolean;
  /** Served with a member of staff's help (at the counter or beside the device). */
  assistedByStaff: boolean;
  paperForm: boolean;
  /** The business was completed at a self-service device (null: at a counter window). */
  selfServiceDeviceId: string | null;
  /** Who operated the device: the customer (staff may stand beside) or staff on the customer's behalf. */
  operatedBy: DeviceOperator | null;
}

/** Q-13 the violation: an elderly customer's business completed at a self-service device operated by staff. */
export function isElderlyDeviceViolation(f: TicketServiceFacts): boolean {
  return f.elderly && f.selfServiceDeviceId !== null && f.operatedBy === "staff";
}

/** Q-13 who operated a device must be said when a device is named, and only then. */
export function assertDeviceFacts(f: Pick<TicketServiceFacts, "selfServiceDeviceId" | "operatedBy">): void {
  if ((f.selfServiceDeviceId === null) !== (f.operatedBy === null)) {
    throw new DomainError("validation", "device_operator_required", "Name the self-service device together with who operated it", { rule: "Q-13" });
  }
}

export interface ElderlyMonthFigures {
  month: string;
  elderlyTickets: number;
  assistedByStaff: number;
  paperForms: number;
  atSelfServiceDevice: number;
  violations: number;
  helpRequests: number;
  helpRequestsServed: number;
}

/** Q-13 the monthly figures of a counter from the ticket service records and the kiosk help requests of the month. */
export function elderlyMonthFigures(month: string, tickets: readonly TicketServiceFacts[], help: ReadonlyArray<{ served: boolean }>): ElderlyMonthFigures {
  const elderly = tickets.filter((t) => t.elderly);
  return {
    month,
    elderlyTickets: elderly.length,
    assistedByStaff: elderly.filter((t) => t.assistedByStaff).length,
    paperForms: elderly.filter((t) => t.paperForm).length,
    atSelfServiceDevice: elderly.filter((t) => t.selfServiceDeviceId !== null).length,
    violations: tickets.filter(isElderlyDeviceViolation).length,
    helpRequests: help.length,
    helpRequestsServed: help.filter((h) => h.served).length,
  };
}
