/** POST /api/v1/control/archives/borrowings/:id/lend — an approved borrowing leaves the archive. */
import type { AppContext } from "../../../../context.js";
import type { UserPrincipal } from "../../../../http/principal.js";
import { moveArchiveBorrowing } from "./move-archive-borrowing.js";

export const lendArchive = (ctx: AppContext, p: UserPrincipal, id: string) => moveArchiveBorrowing(ctx, p, id, "lend", (_to, now) => ({ lent_at: now.toISOString() }));
