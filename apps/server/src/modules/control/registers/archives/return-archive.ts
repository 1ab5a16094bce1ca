/** POST /api/v1/control/archives/borrowings/:id/return — back, complete (完整) or not (不完整). */
import type { AppContext } from "../../../../context.js";
import type { UserPrincipal } from "../../../../http/principal.js";
import { moveArchiveBorrowing } from "./move-archive-borrowing.js";

export const returnArchive = (ctx: AppContext, p: UserPrincipal, id: string, body: { complete: boolean; note?: string | undefined }) =>
  moveArchiveBorrowing(ctx, p, id, "return", (_to, now) => ({ returned_at: now.toISOString(), return_note: `${body.complete ? "完整" : "不完整"}${body.note ? ` ${body.note}` : ""}` }));
