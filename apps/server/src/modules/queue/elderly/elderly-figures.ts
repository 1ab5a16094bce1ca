/** GET /api/v1/queue/elderly/figures — Q-13 a counter's monthly figures with the violating tickets. */
import { DomainError, elderlyMonthFigures } from "@ccms/core";
import { elderlyRepository } from "@ccms/db";
import type { ElderlyFigures } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requireUser } from "../../../http/principal.js";
import { counterInScope } from "../queue-scope.js";

export async function elderlyFigures(ctx: AppContext, principal: Principal | null, q: { counterId: string; month: string }): Promise<ElderlyFigures> {
  const p = requireUser(principal);
  if (!p.permissions.has("queue.monitor") && !p.permissions.has("elderly.record")) throw new DomainError("forbidden", "permission_denied", "Missing permission queue.monitor", { action: "queue.monitor" });
  const counter = await counterInScope(ctx.database.db, p, q.counterId);
  const from = `${q.month}-01`;
  const to = `${q.month}-31`;
  const rows = await elderlyRepository.recordsOfPeriod(ctx.database.db, [counter.id], from, to);
  const help = await elderlyRepository.helpRequests(ctx.database.db, [counter.id], from, to);
  const facts = rows.map((r) => ({ elderly: r.elderly === 1, assistedByStaff: r.assisted_by_staff === 1, paperForm: r.paper_form === 1, selfServiceDeviceId: r.self_service_device_id, operatedBy: r.operated_by }));
  const f = elderlyMonthFigures(q.month, facts, help.map((h) => ({ served: h.served_at !== null })));
  return {
    counterId: counter.id,
    ...f,
    violationTickets: rows.filter((r) => r.elderly === 1 && r.self_service_device_id !== null && r.operated_by === "staff").map((r) => ({ ticketId: r.ticket_id, ticketNumber: r.ticket_number, businessDate: r.business_date, findingId: r.finding_id })),
  };
}
