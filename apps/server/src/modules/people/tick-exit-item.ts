/** P-15 one item of the hand-over checklist done (K-02: seals only when the person holds none). Audited. */
import { DomainError, type ExitChecklist } from "@ccms/core";
import { orgUnitRepository, staffExitRepository } from "@ccms/db";
import type { ExitView, TickExitItemRequest } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertNoAssetsHeld } from "../control/assets/held-by.js";
import { exitViews } from "./exit-view.js";

const ITEM_WORDS: Record<TickExitItemRequest["item"], string> = { workHandover: "工作交接", materials: "资料文件", seals: "印章单证", property: "办公用品及公物" };

export async function tickExitItem(ctx: AppContext, p: UserPrincipal, id: string, body: TickExitItemRequest): Promise<ExitView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const row = await staffExitRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit) throw notFound("staff_exit", id);
  assertPathInScope(p, unit.path, "staff_exit", id);
  if (row.state !== "open") throw new DomainError("conflict", "exit_closed", "This exit is closed");
  // K-02 / P-15 seals and controlled documents come back through the custody register first.
  if (body.item === "seals") {
    const held = await staffExitRepository.countHeldItems(ex, row.user_id);
    if (held > 0) throw new DomainError("conflict", "exit_items_still_held", "The person still holds seals or controlled documents", { held });
  }
  // K-13 fixed assets, keys and the alarm code are handed over before the property item is done.
  if (body.item === "property") await assertNoAssetsHeld(ex, row.user_id);
  const list = JSON.parse(row.checklist) as ExitChecklist;
  const now = ctx.clock.now();
  list[body.item] = { doneAt: now.toISOString(), doneBy: p.userId, note: body.note ?? null };
  await ctx.tx(async (tx) => {
    await staffExitRepository.update(tx, id, { checklist: JSON.stringify(list) });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.exit_item_done",
      entityType: "staff_exit",
      entityId: id,
      orgUnitId: row.org_unit_id,
      details: { 交接事项: ITEM_WORDS[body.item], 说明: body.note ?? null },
    });
  });
  return (await exitViews(ex, [(await staffExitRepository.findById(ex, id))!]))[0]!;
}
