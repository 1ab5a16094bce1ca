/** Q-13 a ticket's service record as the API shows it. */
import { isElderlyDeviceViolation } from "@ccms/core";
import { type Executor, type TicketServiceRecordTable, deviceRepository } from "@ccms/db";
import type { TicketServiceRecord } from "@ccms/contracts";

export async function presentTicketService(ex: Executor, r: TicketServiceRecordTable, ticketNumber: string, postReviewItemId: string | null): Promise<TicketServiceRecord> {
  const device = r.self_service_device_id ? await deviceRepository.findById(ex, r.self_service_device_id) : undefined;
  const facts = { elderly: r.elderly === 1, assistedByStaff: r.assisted_by_staff === 1, paperForm: r.paper_form === 1, selfServiceDeviceId: r.self_service_device_id, operatedBy: r.operated_by };
  return {
    ticketId: r.ticket_id,
    ticketNumber,
    counterId: r.counter_id,
    businessDate: r.business_date,
    ...facts,
    singlePerson: r.single_person === 1,
    selfServiceDeviceName: device?.name ?? null,
    violation: isElderlyDeviceViolation(facts),
    findingId: r.finding_id,
    postReviewItemId,
  };
}
