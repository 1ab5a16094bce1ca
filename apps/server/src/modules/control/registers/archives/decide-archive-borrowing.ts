/** POST /api/v1/control/archives/borrowings/:id/decide — approved or rejected by archive.manage, not the borrower. */
import type { AppContext } from "../../../../context.js";
import type { UserPrincipal } from "../../../../http/principal.js";
import { moveArchiveBorrowing } from "./move-archive-borrowing.js";

export const decideArchiveBorrowing = (ctx: AppContext, p: UserPrincipal, id: string, body: { approved: boolean; note?: string | undefined }) =>
  moveArchiveBorrowing(ctx, p, id, "decide", () => ({ decided_by: p.userId, decision_note: body.note ?? null }), body.approved);
