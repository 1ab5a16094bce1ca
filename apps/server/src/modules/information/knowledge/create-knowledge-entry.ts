/** I-03 a writer drafts a typical case, key knowledge point or service technique for their unit (or one below). */
import type { CreateKnowledgeEntryRequest, KnowledgeEntryView } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../../http/principal.js";
import { draftKnowledgeEntry } from "./draft-knowledge-entry.js";

export async function createKnowledgeEntry(ctx: AppContext, principal: Principal | null, input: CreateKnowledgeEntryRequest): Promise<KnowledgeEntryView> {
  const p = requirePermission(principal, "information.knowledge.write");
  const unit = await unitInScope(ctx.database.db, p, input.orgUnitId ?? p.orgUnitId);
  return draftKnowledgeEntry(ctx, p, unit, { kind: input.kind, categoryId: input.categoryId, title: input.title, body: input.body, tags: input.tags, training: input.training });
}
