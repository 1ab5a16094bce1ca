/** GET /api/v1/control/archives/borrowings/:id (404 outside scope). */
import type { ArchiveBorrowingResponse } from "@ccms/contracts";
import { archiveBorrowingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { presentArchiveBorrowings } from "./present-archive-borrowing.js";

export async function getArchiveBorrowing(ctx: AppContext, p: UserPrincipal, id: string): Promise<ArchiveBorrowingResponse> {
  requirePermission(p, "control.read");
  const r = await archiveBorrowingRepository.findById(ctx.database.db, id);
  if (!r) throw notFound("archive_borrowing", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("archive_borrowing", id);
  });
  return (await presentArchiveBorrowings(ctx.database.db, [r], ctx.clock.now()))[0]!;
}
