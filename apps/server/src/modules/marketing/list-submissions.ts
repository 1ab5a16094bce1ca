/** M-01 the results sent to the sales department: a counter's own, or every counter's below the caller. */
import type { SubmissionList } from "@ccms/contracts";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requireUser } from "../../http/principal.js";
import { DomainError } from "@ccms/core";
import { counterInScope, submissionViewOf } from "./marketing-shared.js";

export async function listSubmissions(ctx: AppContext, principal: Principal | null, q: { counterId?: string | undefined }): Promise<SubmissionList> {
  const p = requireUser(principal);
  if (!["marketing.read", "marketing.receive"].some((a) => p.permissions.has(a))) throw new DomainError("forbidden", "permission_denied", "Missing permission marketing.read", { action: "marketing.read" });
  const ex = ctx.database.db;
  const counter = q.counterId ? await counterInScope(ex, p, q.counterId) : undefined;
  const rows = await marketingRepository.submissions(ex, p.scopePath, counter?.id);
  return { items: rows.map(submissionViewOf) };
}
