/** M-01 a counter's duty plan over dates: each day's business hours and its slots, and the agents who can take duty. */
import type { DutyPlan, DutyPlanQuery } from "@ccms/contracts";
import { DomainError, framesOn } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { counterInScope, slotViewOf } from "./marketing-shared.js";

const nextDate = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function viewDutyPlan(ctx: AppContext, principal: Principal | null, q: DutyPlanQuery): Promise<DutyPlan> {
  const p = requirePermission(principal, "marketing.read");
  if (q.from > q.to || Date.parse(q.to) - Date.parse(q.from) > 62 * 86_400_000) {
    throw new DomainError("validation", "marketing_period_invalid", "A duty plan covers at most two months", { from: q.from, to: q.to });
  }
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const [calendar, slots, agents] = await Promise.all([calendarForUnit(ex, counter), marketingRepository.slots(ex, counter.id, q.from, q.to), marketingRepository.agentsUnder(ex, counter.path)]);
  const days: DutyPlan["days"] = [];
  for (let d = q.from; d <= q.to; d = nextDate(d)) {
    days.push({ date: d, frames: framesOn(d, counter.businessHours, calendar, counter.alwaysOpen), slots: slots.filter((s) => s.duty_date === d).map(slotViewOf) });
  }
  return { counterId: counter.id, counterName: counter.name, days, agents: agents.map((a) => ({ id: a.id, name: a.display_name })) };
}
