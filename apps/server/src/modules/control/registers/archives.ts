/** K-11 archives are borrowed only through a recorded procedure: request → approval → lend → return; overdue reminders. */
import { type ArchiveBorrowingStatus, DomainError, isArchiveOverdue, localDateOf, nextArchiveStatus } from "@ccms/core";
import { type RegisterRow, controlTables, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { businessDateOf, counterIdsInScope, counterInScope, userAtCounter, usersByIds } from "../../daily-ops/ops-shared.js";

async function present(ctx: AppContext, rows: Array<RegisterRow<"archive_borrowings">>) {
  const ex = ctx.database.db;
  const names = await usersByIds(ex, rows.map((r) => r.borrower_id));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  const now = ctx.clock.now();
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    archiveRef: r.archive_ref,
    title: r.title,
    borrowerId: r.borrower_id,
    borrowerName: names.get(r.borrower_id)?.displayName ?? null,
    purpose: r.purpose,
    dueDate: r.due_date,
    status: r.status as ArchiveBorrowingStatus,
    decidedById: r.decided_by,
    decisionNote: r.decision_note,
    lentAt: r.lent_at,
    returnedAt: r.returned_at,
    returnNote: r.return_note,
    overdue: isArchiveOverdue(r.status as ArchiveBorrowingStatus, r.due_date, localDateOf(now, units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai")),
    createdAt: r.created_at,
  }));
}

export async function requestArchiveBorrowing(ctx: AppContext, p: UserPrincipal, body: { counterId: string; archiveRef: string; title: string; borrowerId?: string | undefined; purpose: string; dueDate: string }) {
  requirePermission(p, "archive.borrow");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const borrower = body.borrowerId ?? p.userId;
  if (body.borrowerId) await userAtCounter(ex, p, body.borrowerId, counter);
  const now = ctx.clock.now();
  if (body.dueDate < businessDateOf(counter, now)) throw new DomainError("validation", "due_date_in_past", "The due date is in the past");
  const out = (await controlTables.archiveBorrowings.list(ex, { counterIds: [counter.id], eq: { archive_ref: body.archiveRef } })).find((b) => b.status === "lent" || b.status === "approved" || b.status === "requested");
  if (out) throw new DomainError("conflict", "archive_already_out", "This archive is already requested or lent", { borrowingId: out.id });
  const id = ulid();
  await ctx.tx(async (tx) => {
    await controlTables.archiveBorrowings.insert(tx, {
      id,
      counter_id: counter.id,
      archive_ref: body.archiveRef,
      title: body.title,
      borrower_id: borrower,
      purpose: body.purpose,
      due_date: body.dueDate,
      status: "requested",
      decided_by: null,
      decision_note: null,
      lent_at: null,
      returned_at: null,
      return_note: null,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "archive.requested", entityType: "archive_borrowing", entityId: id, orgUnitId: counter.id, details: { archiveRef: body.archiveRef, borrower } });
  });
  return getArchiveBorrowing(ctx, p, id);
}

export async function getArchiveBorrowing(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const r = await controlTables.archiveBorrowings.findById(ctx.database.db, id);
  if (!r) throw notFound("archive_borrowing", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("archive_borrowing", id);
  });
  return (await present(ctx, [r]))[0]!;
}

async function transition(ctx: AppContext, p: UserPrincipal, id: string, action: "decide" | "lend" | "return", patch: (to: ArchiveBorrowingStatus, now: Date) => Record<string, unknown>, approved = true) {
  requirePermission(p, "archive.manage");
  const b = await getArchiveBorrowing(ctx, p, id);
  const to = nextArchiveStatus(b.status, action, approved);
  if (action === "decide" && b.borrowerId === p.userId) throw new DomainError("forbidden", "approve_own_borrowing", "Another person approves the borrowing");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await controlTables.archiveBorrowings.updateWhere(tx, id, "status", b.status, { status: to, ...patch(to, now) });
    if (n === 0) throw new DomainError("conflict", "archive_transition_invalid", "The borrowing changed meanwhile");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: `archive.${to}`, entityType: "archive_borrowing", entityId: id, orgUnitId: b.counterId, details: { from: b.status, to } });
  });
  return getArchiveBorrowing(ctx, p, id);
}

export const decideArchiveBorrowing = (ctx: AppContext, p: UserPrincipal, id: string, body: { approved: boolean; note?: string | undefined }) =>
  transition(ctx, p, id, "decide", () => ({ decided_by: p.userId, decision_note: body.note ?? null }), body.approved);
export const lendArchive = (ctx: AppContext, p: UserPrincipal, id: string) => transition(ctx, p, id, "lend", (_to, now) => ({ lent_at: now.toISOString() }));
export const returnArchive = (ctx: AppContext, p: UserPrincipal, id: string, body: { complete: boolean; note?: string | undefined }) =>
  transition(ctx, p, id, "return", (_to, now) => ({ returned_at: now.toISOString(), return_note: `${body.complete ? "完整" : "不完整"}${body.note ? ` ${body.note}` : ""}` }));

export async function listArchiveBorrowings(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: string | undefined; overdue?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const items = await present(ctx, await controlTables.archiveBorrowings.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { status: q.status }, orderBy: "due_date" }));
  return { items: q.overdue === "true" ? items.filter((i) => i.overdue) : q.overdue === "false" ? items.filter((i) => !i.overdue) : items };
}
