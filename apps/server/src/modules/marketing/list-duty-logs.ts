/** M-01 a counter's duty log over dates, newest first. */
import type { DutyLogList, DutyPlanQuery } from "@ccms/contracts";
import { validateMarketingPeriod } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./marketing-shared.js";

export async function listDutyLogs(ctx: AppContext, principal: Principal | null, q: DutyPlanQuery): Promise<DutyLogList> {
  const p = requirePermission(principal, "marketing.read");
  validateMarketingPeriod(q.from, q.to);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const [logs, slots] = await Promise.all([marketingRepository.logs(ex, counter.id, q.from, q.to), marketingRepository.slots(ex, counter.id, q.from, q.to)]);
  const slotOf = new Map(slots.map((s) => [s.id, `${s.starts_at}–${s.ends_at}`]));
  return {
    items: logs.map((l) => ({
      id: l.id,
      dutyDate: l.duty_date,
      agentName: l.agent_name,
      slot: l.slot_id ? (slotOf.get(l.slot_id) ?? null) : null,
      arrivedAt: l.arrived_at,
      leftAt: l.left_at,
      notes: l.notes,
      recordedByName: l.recorded_by_name,
      recordedAt: l.recorded_at,
    })),
  };
}
