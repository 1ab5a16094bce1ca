/** M-01 the duty plan on the monitor: who is on duty at the counter now, and who comes next today. */
import type { DutyNow } from "@ccms/contracts";
import { DomainError, dutyNow, localDateOf, localTimeOf } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requireUser } from "../../http/principal.js";
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
  const slots = (await marketingRepository.slots(ex, counter.id, date, date)).map(slotViewOf);
  const r = dutyNow(slots, time);
  return { counterId: counter.id, date, time, current: r.current, next: r.next };
}
