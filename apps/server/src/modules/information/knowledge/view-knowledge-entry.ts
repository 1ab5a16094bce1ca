/** I-03 one entry; reading a published entry counts once more (the read count). */
import type { KnowledgeEntryView } from "@ccms/contracts";
import { type KnowledgeState, countsAsReading } from "@ccms/core";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, notFound, requirePermission } from "../../../http/principal.js";
import { assertEntryVisible, entryViewOf } from "./knowledge-views.js";

export async function viewKnowledgeEntry(ctx: AppContext, principal: Principal | null, id: string): Promise<KnowledgeEntryView> {
  const p = requirePermission(principal, "information.knowledge.read");
  const ex = ctx.database.db;
  const row = await knowledgeRepository.find(ex, id);
  if (!row) throw notFound("knowledge_entry", id);
  assertEntryVisible(p, row);
  if (countsAsReading(row.state as KnowledgeState)) {
    await ctx.tx((tx) => knowledgeRepository.countReading(tx, id));
    row.read_count += 1;
  }
  return entryViewOf(p, row);
}
