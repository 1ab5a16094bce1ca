/** POST /api/v1/control/write-offs — K-05 a manual write-off list in duplicate when automatic write-off fails. */
import { DomainError } from "@ccms/core";
import { controlItemRepository, writeOffRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { businessDateOf, counterInScope } from "../../../daily-ops/counter-scope.js";
import { getWriteOff } from "./get-write-off.js";
import type { WriteOffLine } from "./present-write-off.js";

export async function createWriteOff(ctx: AppContext, p: UserPrincipal, body: { counterId: string; reason: string; lines: WriteOffLine[] }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const seen = new Set<string>();
  for (const l of body.lines) {
    const k = `${l.docType}|${l.serial}`;
    if (seen.has(k)) throw new DomainError("validation", "duplicate_write_off_line", "A serial is listed twice", { docType: l.docType, serial: l.serial });
    seen.add(k);
    if (l.itemId) {
      const it = await controlItemRepository.findById(ex, l.itemId);
      if (!it || it.counter_id !== counter.id) throw notFound("control_item", l.itemId);
    }
  }
  const now = ctx.clock.now();
  const day = businessDateOf(counter, now).replaceAll("-", "");
  const id = ulid();
  await ctx.tx(async (tx) => {
    const sameDay = await writeOffRepository.countOnDay(tx, counter.id, day);
    await writeOffRepository.insert(tx, {
      id,
      counter_id: counter.id,
      list_no: `WO-${counter.code}-${day}-${String(sameDay + 1).padStart(3, "0")}`,
      reason: body.reason,
      lines: JSON.stringify(body.lines),
      prepared_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "write_off.created", entityType: "write_off_list", entityId: id, orgUnitId: counter.id, details: { lines: body.lines.length } });
  });
  return getWriteOff(ctx, p, id);
}
