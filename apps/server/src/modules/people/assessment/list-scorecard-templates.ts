/** P-14 the scorecard templates in force (active and drafts needing correction), newest version first. */
import { scorecardTemplateRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../http/principal.js";
import { templateView } from "./template-view.js";

export async function listScorecardTemplates(ctx: AppContext, p: UserPrincipal, q: { post?: string | undefined; includeSuperseded?: "true" | "false" | undefined }) {
  requirePermission(p, "people.read");
  const rows = await scorecardTemplateRepository.list(ctx.database.db, { post: q.post, includeSuperseded: q.includeSuperseded === "true" });
  return { items: rows.map(templateView) };
}
