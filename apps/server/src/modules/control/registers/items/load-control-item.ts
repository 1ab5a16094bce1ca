/** An item in the caller's scope with its counter (404 control_item outside it). */
import { type ControlItemRow, type Executor, type OrgUnit, controlItemRepository } from "@ccms/db";
import { type UserPrincipal, notFound } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";

export async function loadControlItem(ex: Executor, p: UserPrincipal, id: string): Promise<{ item: ControlItemRow; counter: OrgUnit }> {
  const item = await controlItemRepository.findById(ex, id);
  if (!item) throw notFound("control_item", id);
  const counter = await counterInScope(ex, p, item.counter_id).catch(() => {
    throw notFound("control_item", id);
  });
  return { item, counter };
}
