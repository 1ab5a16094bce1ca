/**
 * PUT /api/v1/queue/tickets/:id/service-record — Q-13 marks on a served ticket: elderly customer,
 * assisted by staff, paper form, where it was completed (a self-service device and who operated it);
 * K-12 single-person: the ticket enters the post-review queue. An elderly customer's business done by
 * staff operating a self-service device for them is a violation: a control finding is raised once.
 * Audited.
 */
import { DomainError, assertDeviceFacts, isElderlyDeviceViolation } from "@ccms/core";
import { deviceRepository, elderlyRepository, orgUnitRepository, postReviewRepository, ticketRepository } from "@ccms/db";
import type { TicketServiceRecord, TicketServiceRecordRequest } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { enqueuePostReview } from "../../control/post-review/enqueue-post-review.js";
import { raiseFinding } from "../../control/registers/findings/raise-finding.js";
import { presentTicketService } from "./present-ticket-service.js";

const yes = (b: boolean) => (b ? "是" : "否");

export async function recordTicketService(ctx: AppContext, principal: UserPrincipal, ticketId: string, body: TicketServiceRecordRequest): Promise<TicketServiceRecord> {
  const p = requirePermission(principal, "elderly.record");
  const ex = ctx.database.db;
  const ticket = await ticketRepository.findById(ex, ticketId);
  const counter = ticket ? await orgUnitRepository.findById(ex, ticket.counter_id) : undefined;
  if (!ticket || !counter) throw notFound("ticket", ticketId);
  assertPathInScope(p, counter.path, "ticket", ticketId);
  const facts = { elderly: body.elderly, assistedByStaff: body.assistedByStaff, paperForm: body.paperForm, selfServiceDeviceId: body.selfServiceDeviceId ?? null, operatedBy: body.operatedBy ?? null };
  assertDeviceFacts(facts);
  const device = facts.selfServiceDeviceId ? await deviceRepository.findById(ex, facts.selfServiceDeviceId) : undefined;
  if (facts.selfServiceDeviceId && (!device || device.org_unit_id !== counter.id)) throw notFound("device", facts.selfServiceDeviceId);
  if (body.singlePerson && ticket.status !== "finished") throw new DomainError("unprocessable", "ticket_not_finished", "Only a finished ticket can be marked as done by one person alone", { rule: "K-12" });
  const before = await elderlyRepository.findRecord(ex, ticket.id);
  const now = ctx.clock.now();
  const violation = isElderlyDeviceViolation(facts);
  await ctx.tx(async (tx) => {
    let findingId = before?.finding_id ?? null;
    if (violation && !findingId) {
      findingId = await raiseFinding(ctx, tx, actorOf(p), now, {
        kind: "elderly_device_operation",
        orgUnitId: counter.id,
        orgUnitPath: counter.path,
        subjectUserIds: [ticket.served_by ?? p.userId],
        title: `工作人员代老年客户操作自助设备（${ticket.number}）`,
        details: { ticketId: ticket.id, 号票: ticket.number, 设备: device?.name ?? "", 日期: ticket.business_date, rule: "Q-13" },
        dedupeKey: `elderly_device:${ticket.id}`,
      });
    }
    await elderlyRepository.saveRecord(tx, {
      ticket_id: ticket.id,
      counter_id: counter.id,
      business_date: ticket.business_date,
      elderly: body.elderly ? 1 : 0,
      assisted_by_staff: body.assistedByStaff ? 1 : 0,
      paper_form: body.paperForm ? 1 : 0,
      single_person: body.singlePerson ? 1 : 0,
      self_service_device_id: facts.selfServiceDeviceId,
      operated_by: facts.operatedBy,
      finding_id: findingId,
      recorded_by: p.userId,
      recorded_at: now.toISOString(),
    });
    if (body.singlePerson) {
      await enqueuePostReview(tx, { counter, sourceType: "ticket", sourceId: ticket.id, summary: `号票 ${ticket.number}（${ticket.business_type}）`, performedBy: ticket.served_by ?? p.userId, completedAt: new Date(ticket.finished_at ?? now.toISOString()) }, now);
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "ticket.service_recorded",
      entityType: "ticket",
      entityId: ticket.id,
      orgUnitId: counter.id,
      details: { 号票: ticket.number, 老年客户: yes(body.elderly), 工作人员协助: yes(body.assistedByStaff), 纸质表单: yes(body.paperForm), 单人办理: yes(body.singlePerson), 自助设备: device?.name ?? "无", 设备操作人: facts.operatedBy === "staff" ? "工作人员" : facts.operatedBy === "customer" ? "客户本人" : "无" },
    });
  });
  const review = (await postReviewRepository.list(ex, [counter.id], {})).find((r) => r.source_type === "ticket" && r.source_id === ticket.id);
  return presentTicketService(ex, (await elderlyRepository.findRecord(ex, ticket.id))!, ticket.number, review?.id ?? null);
}
