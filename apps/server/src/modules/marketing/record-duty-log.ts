/** M-01 the duty log: an elite agent's arrival, departure and what happened on duty; audited. */
import type { DutyLogList, RecordDutyLogRequest } from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./marketing-shared.js";

export async function recordDutyLog(ctx: AppContext, principal: Principal | null, input: RecordDutyLogRequest): Promise<DutyLogList["items"][number]> {
  const p = requirePermission(principal, "marketing.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, input.counterId);
  const agent = await userIdInScope(ex, p, input.agentId);
  const slot = input.slotId ? await marketingRepository.findSlot(ex, input.slotId) : undefined;
  if (input.slotId && (!slot || slot.counter_id !== counter.id || slot.duty_date !== input.dutyDate)) {
    throw new DomainError("validation", "marketing_slot_mismatch", "The duty slot is not this counter's on that date", { slotId: input.slotId });
  }
  if (input.arrivedAt && input.leftAt && input.leftAt < input.arrivedAt) {
    throw new DomainError("validation", "marketing_slot_invalid", "Left before arriving", {});
  }
  const now = ctx.clock.now();
  const row = {
    id: ulid(),
    counter_id: counter.id,
    duty_date: input.dutyDate,
    slot_id: slot?.id ?? null,
    agent_id: agent.id,
    agent_name: agent.displayName,
    arrived_at: input.arrivedAt ?? null,
    left_at: input.leftAt ?? null,
    notes: input.notes,
    recorded_by_name: p.displayName,
    recorded_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await marketingRepository.insertLog(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "marketing.duty.logged",
      entityType: "marketing_duty_log",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 日期: row.duty_date, 驻场人员: row.agent_name, 到岗: row.arrived_at ?? "—", 离岗: row.left_at ?? "—" },
    });
  });
  return {
    id: row.id,
    dutyDate: row.duty_date,
    agentName: row.agent_name,
    slot: slot ? `${slot.starts_at}–${slot.ends_at}` : null,
    arrivedAt: row.arrived_at,
    leftAt: row.left_at,
    notes: row.notes,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
  };
}
