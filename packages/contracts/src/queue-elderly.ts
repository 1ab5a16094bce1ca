/**
 * Q-13 elderly-friendly service (seed 000 九): kiosk and guide desk keep paper forms and staff help;
 * tickets carry "elderly" / "assisted by staff" / "paper form" / single-person (K-12) marks; a check
 * that no elderly customer's business was done by staff operating a self-service device for them;
 * monthly figures. Base path /api/v1/queue.
 */
import { z } from "zod";
import { Id, LocalDate } from "./common.js";

export const HelpRequestKind = z.enum(["staff_help", "paper_form"]);
export const DeviceOperator = z.enum(["customer", "staff"]);

/** PUT /api/v1/queue/tickets/:id/service-record */
export const TicketServiceRecordRequest = z.strictObject({
  elderly: z.boolean().default(false),
  assistedByStaff: z.boolean().default(false),
  paperForm: z.boolean().default(false),
  /** K-12 completed by one person alone: enters the post-review queue. */
  singlePerson: z.boolean().default(false),
  /** The business was completed at this self-service device (its id) … */
  selfServiceDeviceId: Id.optional(),
  /** … operated by the customer or by staff on the customer's behalf. */
  operatedBy: DeviceOperator.optional(),
});
export type TicketServiceRecordRequest = z.infer<typeof TicketServiceRecordRequest>;
export const TicketServiceRecord = z.object({
  ticketId: Id,
  ticketNumber: z.string(),
  counterId: Id,
  businessDate: LocalDate,
  elderly: z.boolean(),
  assistedByStaff: z.boolean(),
  paperForm: z.boolean(),
  singlePerson: z.boolean(),
  selfServiceDeviceId: Id.nullable(),
  selfServiceDeviceName: z.string().nullable(),
  operatedBy: DeviceOperator.nullable(),
  violation: z.boolean(),
  findingId: Id.nullable(),
  postReviewItemId: Id.nullable(),
});
export type TicketServiceRecord = z.infer<typeof TicketServiceRecord>;

/** POST /api/v1/queue/kiosk/help-requests — from the kiosk (device) or the guide desk. */
export const KioskHelpRequestBody = z.strictObject({ kind: HelpRequestKind, counterId: Id.optional() });
export const KioskHelpRequestView = z.object({
  id: Id,
  counterId: Id,
  kind: HelpRequestKind,
  requestedAt: z.string(),
  servedByName: z.string().nullable(),
  servedAt: z.string().nullable(),
});
export type KioskHelpRequestView = z.infer<typeof KioskHelpRequestView>;
export const KioskHelpRequestList = z.object({ items: z.array(KioskHelpRequestView) });
export const HelpRequestsQuery = z.strictObject({ counterId: Id, date: LocalDate.optional() });

/** GET /api/v1/queue/elderly/figures?counterId=&month=YYYY-MM */
export const ElderlyFiguresQuery = z.strictObject({ counterId: Id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export const ElderlyFigures = z.object({
  counterId: Id,
  month: z.string(),
  elderlyTickets: z.number().int(),
  assistedByStaff: z.number().int(),
  paperForms: z.number().int(),
  atSelfServiceDevice: z.number().int(),
  violations: z.number().int(),
  helpRequests: z.number().int(),
  helpRequestsServed: z.number().int(),
  violationTickets: z.array(z.object({ ticketId: Id, ticketNumber: z.string(), businessDate: LocalDate, findingId: Id.nullable() })),
});
export type ElderlyFigures = z.infer<typeof ElderlyFigures>;
