/** I-01 a reader confirms a notice addressed to them (one receipt each; reading again keeps the first). */
import type { NoticeView } from "@ccms/contracts";
import { isInSubtree } from "@ccms/core";
import { noticeRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, notFound, requirePermission } from "../../http/principal.js";
import { listNotices } from "./list-notices.js";

export async function readNotice(ctx: AppContext, principal: Principal | null, id: string): Promise<NoticeView> {
  const p = requirePermission(principal, "information.read");
  const ex = ctx.database.db;
  const notice = await noticeRepository.findById(ex, id);
  // addressed to the reader: published at the reader's unit or above it
  if (!notice || !isInSubtree(p.scopePath, notice.org_path)) throw notFound("notice", id);
  await ctx.tx((tx) =>
    noticeRepository.insertReceiptIfAbsent(tx, { notice_id: id, user_id: p.userId, user_name: p.displayName, org_unit_id: p.orgUnitId, read_at: ctx.clock.now().toISOString() }),
  );
  const list = await listNotices(ctx, p, { scope: "received" });
  return list.items.find((n) => n.id === id)!;
}
