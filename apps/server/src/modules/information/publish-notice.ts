/**
 * I-01 a business notice 业务通知 from any level to its whole subtree, with a date to read by; audited.
 * ORG-01: only to the publisher's own unit or a unit below it.
 */
import type { NoticeView } from "@ccms/contracts";
import { DomainError, localDateOf } from "@ccms/core";
import { noticeRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

export interface PublishNoticeInput {
  orgUnitId?: string | undefined;
  title: string;
  body: string;
  category?: "business" | "hours" | "product" | "system" | "other" | undefined;
  readBy?: string | undefined;
}

export async function publishNotice(ctx: AppContext, principal: Principal | null, input: PublishNoticeInput): Promise<NoticeView> {
  const p = requirePermission(principal, "information.publish");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId ?? p.orgUnitId);
  const now = ctx.clock.now();
  if (input.readBy && input.readBy < localDateOf(now, unit.timeZone)) {
    throw new DomainError("validation", "notice_read_by_past", "The date to read by must not be in the past", { readBy: input.readBy });
  }
  const row = {
    id: ulid(),
    org_unit_id: unit.id,
    org_path: unit.path,
    title: input.title,
    body: input.body,
    category: input.category ?? "business",
    read_by: input.readBy ?? null,
    published_by: p.userId,
    published_by_name: p.displayName,
    published_at: now.toISOString(),
  };
  const audience = await ctx.tx(async (tx) => {
    await noticeRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "notice.published",
      entityType: "notice",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { 标题: row.title, 发布范围: unit.name, 阅读期限: row.read_by ?? "无" },
    });
    return (await noticeRepository.audience(tx, unit.path)).length;
  });
  return {
    id: row.id,
    orgUnitId: unit.id,
    unitName: unit.name,
    title: row.title,
    body: row.body,
    category: row.category as NoticeView["category"],
    readBy: row.read_by,
    publishedByName: row.published_by_name,
    publishedAt: row.published_at,
    readAt: null,
    readStatus: "unread",
    readCount: 0,
    audience,
  };
}
