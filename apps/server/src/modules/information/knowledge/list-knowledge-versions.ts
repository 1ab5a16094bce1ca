/** I-03 an entry's versions, newest first (who edited, when, what it said). */
import type { KnowledgeVersionList } from "@ccms/contracts";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, notFound, requirePermission } from "../../../http/principal.js";
import { assertEntryVisible, tagsOf } from "./knowledge-views.js";

export async function listKnowledgeVersions(ctx: AppContext, principal: Principal | null, id: string): Promise<KnowledgeVersionList> {
  const p = requirePermission(principal, "information.knowledge.read");
  const ex = ctx.database.db;
  const row = await knowledgeRepository.find(ex, id);
  if (!row) throw notFound("knowledge_entry", id);
  assertEntryVisible(p, row);
  const [versions, categories] = await Promise.all([knowledgeRepository.versions(ex, id), knowledgeRepository.categories(ex)]);
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  return {
    items: versions.map((v) => ({
      version: v.version,
      kind: v.kind as KnowledgeVersionList["items"][number]["kind"],
      categoryName: nameOf.get(v.category_id) ?? v.category_id,
      title: v.title,
      body: v.body,
      tags: tagsOf(v.tags),
      training: v.training === 1,
      note: v.note,
      editedByName: v.edited_by_name,
      editedAt: v.edited_at,
    })),
  };
}
