/** I-03 the knowledge base's categories (data, migration 026). */
import type { KnowledgeCategoryList } from "@ccms/contracts";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission } from "../../../http/principal.js";

export async function listKnowledgeCategories(ctx: AppContext, principal: Principal | null): Promise<KnowledgeCategoryList> {
  requirePermission(principal, "information.knowledge.read");
  const rows = await knowledgeRepository.categories(ctx.database.db);
  return { items: rows.map((c) => ({ id: c.id, name: c.name })) };
}
