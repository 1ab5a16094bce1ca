/**
 * I-01 the notices addressed to the caller (published at their unit or above), with their own reading;
 * or, for publishers, the notices published in their subtree with how many have read them.
 */
import type { NoticeList, NoticeView } from "@ccms/contracts";
import { localDateOf, noticeReadStatus } from "@ccms/core";
import { type NoticeRow, noticeRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission } from "../../http/principal.js";
import { pathsUpTo } from "./unit-paths.js";

export async function listNotices(ctx: AppContext, principal: Principal | null, q: { scope?: "received" | "published" | undefined }): Promise<NoticeList> {
  const p = requirePermission(principal, "information.read");
  const ex = ctx.database.db;
  const published = q.scope === "published" && p.permissions.has("information.publish");
  const rows: NoticeRow[] = published ? await noticeRepository.listPublishedIn(ex, p.scopePath, 200) : await noticeRepository.listAddressedTo(ex, pathsUpTo(p.scopePath), 200);
  const ids = rows.map((r) => r.id);
  const [mine, units, all] = await Promise.all([
    noticeRepository.receiptsBy(ex, p.userId, ids),
    orgUnitRepository.findByIds(ex, [...new Set([...rows.map((r) => r.org_unit_id), p.orgUnitId])]),
    published ? noticeRepository.receiptsOf(ex, ids) : Promise.resolve([]),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const myReads = new Map(mine.map((r) => [r.notice_id, r.read_at]));
  const tz = unitOf.get(p.orgUnitId)?.timeZone ?? "Asia/Shanghai";
  const today = localDateOf(ctx.clock.now(), tz);
  const audiences = published ? await Promise.all(rows.map(async (r) => (await noticeRepository.audience(ex, r.org_path)).length)) : [];
  const items: NoticeView[] = rows.map((r, i) => {
    const readAt = myReads.get(r.id) ?? null;
    return {
      id: r.id,
      orgUnitId: r.org_unit_id,
      unitName: unitOf.get(r.org_unit_id)?.name ?? "—",
      title: r.title,
      body: r.body,
      category: r.category as NoticeView["category"],
      readBy: r.read_by,
      publishedByName: r.published_by_name,
      publishedAt: r.published_at,
      readAt,
      readStatus: noticeReadStatus(r.read_by, readAt ? localDateOf(new Date(readAt), tz) : null, today),
      readCount: published ? all.filter((x) => x.notice_id === r.id).length : null,
      audience: published ? audiences[i]! : null,
    };
  });
  return { items };
}
