/** POST /api/v1/control/archives/borrowings — K-11 requested (approved before the archive leaves); one open borrowing per archive. */
import { DomainError } from "@ccms/core";
import { archiveBorrowingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { businessDateOf, counterInScope } from "../../../daily-ops/counter-scope.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { getArchiveBorrowing } from "./get-archive-borrowing.js";

export async function requestArchiveBorrowing(
  ctx: AppContext,
  p: UserPrincipal,
  body: { counterId: string; archiveRef: string; title: string; borrowerId?: string | undefined; purpose: string; dueDate: string },
) {
  requirePermission(p, "archive.borrow");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const borrower = body.borrowerId ?? p.userId;
  if (body.borrowerId) await userAtCounter(ex, p, body.borrowerId, counter);
  const now = ctx.clock.now();
  if (body.dueDate < businessDateOf(counter, now)) throw new DomainError("validation", "due_date_in_past", "The due date is in the past");
  const out = (await archiveBorrowingRepository.listOfArchive(ex, counter.id, body.archiveRef)).find((b) => b.status === "lent" || b.status === "approved" || b.status === "requested");
  if (out) throw new DomainError("conflict", "archive_already_out", "This archive is already requested or lent", { borrowingId: out.id });
  const id = ulid();
  await ctx.tx(async (tx) => {
    await archiveBorrowingRepository.insert(tx, {
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
