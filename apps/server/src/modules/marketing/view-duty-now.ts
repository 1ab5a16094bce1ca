/** M-01 the duty plan on the monitor: today's business hours and duty slots, who is on duty at the counter now, and who comes next. */
import type { DutyNow } from "@ccms/contracts";
import { DomainError, dutyNow, framesOn, localDateOf, localTimeOf, minutesOfDay } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requireUser } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { counterInScope, slotViewOf } from "./marketing-shared.js";

export async function viewDutyNow(ctx: AppContext, principal: Principal | null, counterId: string): Promise<DutyNow> {
  const p = requireUser(principal);
  if (!p.permissions.has("marketing.read") && !p.permissions.has("queue.monitor")) {
    throw new DomainError("forbidden", "permission_denied", "Missing permission marketing.read", { action: "marketing.read" });
  }
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  const now = ctx.clock.now();
  const date = localDateOf(now, counter.timeZone);
  const time = localTimeOf(now, counter.timeZone);
  const [rows, calendar] = await Promise.all([marketingRepository.slots(ex, counter.id, date, date), calendarForUnit(ex, counter)]);
  const slots = rows.map(slotViewOf);
  const r = dutyNow(slots, time);
  const today = [...slots].sort((a, b) => minutesOfDay(a.startsAt) - minutesOfDay(b.startsAt) || a.agentName.localeCompare(b.agentName, "zh-CN"));
  return { counterId: counter.id, date, time, current: r.current, next: r.next, frames: framesOn(date, counter.businessHours, calendar, counter.alwaysOpen), today };
}
