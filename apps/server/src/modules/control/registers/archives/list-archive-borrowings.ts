/** GET /api/v1/control/archives/borrowings?counterId=&status=&overdue= — earliest due first. */
import type { ArchiveBorrowingStatus } from "@ccms/core";
import { archiveBorrowingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentArchiveBorrowings } from "./present-archive-borrowing.js";

export async function listArchiveBorrowings(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: ArchiveBorrowingStatus | undefined; overdue?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const items = await presentArchiveBorrowings(ex, await archiveBorrowingRepository.listAtCounters(ex, await counterIdsInScope(ex, p, q.counterId), { status: q.status }), ctx.clock.now());
  return { items: q.overdue === "true" ? items.filter((i) => i.overdue) : q.overdue === "false" ? items.filter((i) => !i.overdue) : items };
}
