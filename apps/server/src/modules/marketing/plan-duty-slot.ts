/**
 * M-01 plan an elite agent's on-site duty at a counter: within that day's business hours (CAL-02
 * frames, holidays and overrides included), never two slots of one agent at once; audited.
 */
import type { DutySlotView, PlanDutySlotRequest } from "@ccms/contracts";
import { DomainError, framesOn, validateDutySlot } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope, slotViewOf } from "./marketing-shared.js";

export async function planDutySlot(ctx: AppContext, principal: Principal | null, input: PlanDutySlotRequest): Promise<DutySlotView> {
  const p = requirePermission(principal, "marketing.plan");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, input.counterId);
  const agent = await userIdInScope(ex, p, input.agentId);
  if (!agent.active) throw new DomainError("validation", "marketing_agent_inactive", "The agent's account is deactivated", { agentId: agent.id });
  const calendar = await calendarForUnit(ex, counter);
  const frames = framesOn(input.dutyDate, counter.businessHours, calendar, counter.alwaysOpen);
  const sameDay = await marketingRepository.slots(ex, counter.id, input.dutyDate, input.dutyDate);
  validateDutySlot(input, frames, sameDay.map((s) => ({ id: s.id, agentId: s.agent_id, startsAt: s.starts_at, endsAt: s.ends_at })));
  const now = ctx.clock.now();
  const row = {
    id: ulid(),
    counter_id: counter.id,
    duty_date: input.dutyDate,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    agent_id: agent.id,
    agent_name: agent.displayName,
    post: input.post ?? null,
    created_by: p.userId,
    created_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await marketingRepository.insertSlot(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "marketing.duty.planned",
      entityType: "marketing_duty_slot",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 日期: row.duty_date, 时段: `${row.starts_at}–${row.ends_at}`, 驻场人员: row.agent_name },
    });
  });
  return slotViewOf(row);
}
