/** Q-13 ticket service records and kiosk help requests: SQL only, no rules. */
import type { Executor } from "../../shared/database.js";
import type { KioskHelpRequestTable, TicketServiceRecordTable } from "./schema.js";

export type KioskHelpRequestRow = KioskHelpRequestTable & { served_by_name: string | null };

export const elderlyRepository = {
  async findRecord(ex: Executor, ticketId: string): Promise<TicketServiceRecordTable | undefined> {
    return ex.selectFrom("ticket_service_records").selectAll().where("ticket_id", "=", ticketId).executeTakeFirst();
  },
  async saveRecord(ex: Executor, row: TicketServiceRecordTable): Promise<void> {
    const { ticket_id, ...rest } = row;
    const n = await ex.updateTable("ticket_service_records").set(rest).where("ticket_id", "=", ticket_id).executeTakeFirst();
    if (Number(n.numUpdatedRows) === 0) await ex.insertInto("ticket_service_records").values(row).execute();
  },
  async recordsOfPeriod(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<Array<TicketServiceRecordTable & { ticket_number: string }>> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("ticket_service_records")
      .innerJoin("queue_tickets as t", "t.id", "ticket_service_records.ticket_id")
      .selectAll("ticket_service_records")
      .select("t.number as ticket_number")
      .where("ticket_service_records.counter_id", "in", counterIds)
      .where("ticket_service_records.business_date", ">=", from)
      .where("ticket_service_records.business_date", "<=", to)
      .orderBy("ticket_service_records.business_date")
      .orderBy("ticket_service_records.ticket_id")
      .limit(100000)
      .execute();
  },
  async insertHelpRequest(ex: Executor, row: KioskHelpRequestTable): Promise<void> {
    await ex.insertInto("kiosk_help_requests").values(row).execute();
  },
  async findHelpRequest(ex: Executor, id: string): Promise<KioskHelpRequestRow | undefined> {
    return ex.selectFrom("kiosk_help_requests").leftJoin("users as s", "s.id", "kiosk_help_requests.served_by").selectAll("kiosk_help_requests").select("s.display_name as served_by_name").where("kiosk_help_requests.id", "=", id).executeTakeFirst();
  },
  async helpRequests(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<KioskHelpRequestRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("kiosk_help_requests")
      .leftJoin("users as s", "s.id", "kiosk_help_requests.served_by")
      .selectAll("kiosk_help_requests")
      .select("s.display_name as served_by_name")
      .where("kiosk_help_requests.counter_id", "in", counterIds)
      .where("kiosk_help_requests.business_date", ">=", from)
      .where("kiosk_help_requests.business_date", "<=", to)
      .orderBy("kiosk_help_requests.requested_at")
      .limit(10000)
      .execute();
  },
  async serveHelpRequest(ex: Executor, id: string, by: string, at: string): Promise<number> {
    const r = await ex.updateTable("kiosk_help_requests").set({ served_by: by, served_at: at }).where("id", "=", id).where("served_at", "is", null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
