/** K-11 one step of a borrowing (the steps: `nextArchiveStatus` in core), compare-and-set, audited. */
import { type ArchiveBorrowingStatus, DomainError, nextArchiveStatus } from "@ccms/core";
import { type ArchiveBorrowingPatch, archiveBorrowingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { getArchiveBorrowing } from "./get-archive-borrowing.js";

export async function moveArchiveBorrowing(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  action: "decide" | "lend" | "return",
  patch: (to: ArchiveBorrowingStatus, now: Date) => ArchiveBorrowingPatch,
  approved = true,
) {
  requirePermission(p, "archive.manage");
  const b = await getArchiveBorrowing(ctx, p, id);
  const to = nextArchiveStatus(b.status, action, approved);
  if (action === "decide" && b.borrowerId === p.userId) throw new DomainError("forbidden", "approve_own_borrowing", "Another person approves the borrowing");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await archiveBorrowingRepository.transition(tx, id, b.status, to, patch(to, now));
    if (n === 0) throw new DomainError("conflict", "archive_transition_invalid", "The borrowing changed meanwhile");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: `archive.${to}`, entityType: "archive_borrowing", entityId: id, orgUnitId: b.counterId, details: { from: b.status, to } });
  });
  return getArchiveBorrowing(ctx, p, id);
}
