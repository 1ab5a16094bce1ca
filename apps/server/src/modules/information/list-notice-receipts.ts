/** I-01 who has read a notice and who has not (overdue past the date to read by), for the levels above. */
import type { NoticeReceipts } from "@ccms/contracts";
import { isInSubtree, localDateOf, noticeReadStatus } from "@ccms/core";
import { noticeRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, notFound, requirePermission } from "../../http/principal.js";

export async function listNoticeReceipts(ctx: AppContext, principal: Principal | null, id: string): Promise<NoticeReceipts> {
  const p = requirePermission(principal, "information.publish");
  const ex = ctx.database.db;
  const notice = await noticeRepository.findById(ex, id);
  if (!notice || !isInSubtree(notice.org_path, p.scopePath)) throw notFound("notice", id);
  const [audience, receipts, unit] = await Promise.all([noticeRepository.audience(ex, notice.org_path), noticeRepository.receiptsOf(ex, [id]), orgUnitRepository.findById(ex, notice.org_unit_id)]);
  const units = new Map((await orgUnitRepository.findByIds(ex, [...new Set([...audience.map((u) => u.org_unit_id), ...receipts.map((r) => r.org_unit_id)])])).map((u) => [u.id, u.name]));
  const read = new Map(receipts.map((r) => [r.user_id, r]));
  const today = localDateOf(ctx.clock.now(), unit?.timeZone ?? "Asia/Shanghai");
  return {
    noticeId: id,
    title: notice.title,
    readBy: notice.read_by,
    readCount: receipts.length,
    audience: audience.length,
    readers: receipts
      .sort((a, b) => a.read_at.localeCompare(b.read_at))
      .map((r) => ({ userId: r.user_id, name: r.user_name, unitName: units.get(r.org_unit_id) ?? "—", readAt: r.read_at })),
    unread: audience
      .filter((u) => !read.has(u.id))
      .map((u) => ({ userId: u.id, name: u.display_name, unitName: units.get(u.org_unit_id) ?? "—", overdue: noticeReadStatus(notice.read_by, null, today) === "overdue" })),
  };
}
