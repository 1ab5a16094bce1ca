/** I-03 / People I: published entries flagged as training material that the caller may read. */
import type { TrainingMaterialList } from "@ccms/contracts";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission } from "../../../http/principal.js";
import { pathsUpTo } from "../unit-paths.js";

export async function listTrainingMaterials(ctx: AppContext, principal: Principal | null): Promise<TrainingMaterialList> {
  const p = requirePermission(principal, "information.knowledge.read");
  const rows = await knowledgeRepository.search(ctx.database.db, { subtreePath: p.scopePath, ancestorPaths: pathsUpTo(p.scopePath), withUnpublished: false, terms: [], trainingOnly: true, limit: 500 });
  return {
    items: rows.map((r) => ({ id: r.id, kind: r.kind as TrainingMaterialList["items"][number]["kind"], categoryName: r.category_name, title: r.title, version: r.version, readCount: r.read_count, unitName: r.unit_name, publishedAt: r.published_at })),
  };
}
