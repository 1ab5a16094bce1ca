/**
 * POST /api/v1/control/items/:id/losses — K-04 record a loss; more than 2 important documents lost at
 * one counter in one month (2 itself does not) → compensation finding naming the responsible persons
 * and the counter manager. An incomplete returned set counts as lost. A lost seal raises `seal_loss`.
 */
import { DomainError, assertItemActive, serialInRange } from "@ccms/core";
import { controlItemRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { businessDateOf } from "../../../daily-ops/counter-scope.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { loadControlItem } from "./load-control-item.js";
import { presentItemLoss } from "./present-item-loss.js";
import { recordItemLoss } from "./record-item-loss.js";

export async function reportItemLoss(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  body: { serials?: string[] | undefined; incompleteSet: boolean; responsibleUserIds: string[]; occurredOn?: string | undefined; note: string },
) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const { item, counter } = await loadControlItem(ex, p, id);
  assertItemActive(item.status);
  for (const u of body.responsibleUserIds) await userAtCounter(ex, p, u, counter);
  const serials = [...new Set(body.serials ?? [])];
  if (item.kind === "document") {
    if (serials.length === 0) throw new DomainError("validation", "serials_required", "Name the lost serials");
    const outside = serials.filter((s) => !serialInRange(s, { from: item.serial_from!, to: item.serial_to! }));
    if (outside.length > 0) throw new DomainError("unprocessable", "serial_out_of_range", "Serials outside the item's range", { serials: outside, held: { from: item.serial_from, to: item.serial_to } });
  } else if (serials.length > 0) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
  }
  const now = ctx.clock.now();
  const occurredOn = body.occurredOn ?? businessDateOf(counter, now);
  if (occurredOn > businessDateOf(counter, now)) throw new DomainError("validation", "loss_in_future", "A loss cannot be in the future");
  const lossId = ulid();
  const count = await ctx.tx((tx) =>
    recordItemLoss(ctx, tx, p, item, counter, { lossId, serials, incompleteSet: body.incompleteSet, responsibleUserIds: body.responsibleUserIds, occurredOn, note: body.note, now, markItemLost: true }),
  );
  return presentItemLoss((await controlItemRepository.findLoss(ex, lossId))!, count);
}
