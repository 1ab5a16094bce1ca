/** M-01 take a slot off the duty plan (audited with what it was). */
import type { DutySlotView } from "@ccms/contracts";
import { marketingRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { slotViewOf } from "./marketing-shared.js";

export async function removeDutySlot(ctx: AppContext, principal: Principal | null, id: string): Promise<DutySlotView> {
  const p = requirePermission(principal, "marketing.plan");
  const ex = ctx.database.db;
  const slot = await marketingRepository.findSlot(ex, id);
  const counter = slot ? await orgUnitRepository.findById(ex, slot.counter_id) : undefined;
  if (!slot || !counter) throw notFound("marketing_duty_slot", id);
  assertPathInScope(p, counter.path, "marketing_duty_slot", id);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await marketingRepository.deleteSlot(tx, id);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "marketing.duty.removed",
      entityType: "marketing_duty_slot",
      entityId: id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 日期: slot.duty_date, 时段: `${slot.starts_at}–${slot.ends_at}`, 驻场人员: slot.agent_name },
    });
  });
  return slotViewOf(slot);
}
