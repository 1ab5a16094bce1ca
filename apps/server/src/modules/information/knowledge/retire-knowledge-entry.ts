/** I-03 retire a published entry that is no longer current (kept with its history, not deleted); audited. */
import type { KnowledgeEntryView } from "@ccms/contracts";
import { type KnowledgeState, nextKnowledgeState } from "@ccms/core";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { assertEntryWritable, entryViewOf } from "./knowledge-views.js";

export async function retireKnowledgeEntry(ctx: AppContext, principal: Principal | null, id: string): Promise<KnowledgeEntryView> {
  const p = requirePermission(principal, "information.knowledge.publish");
  const row = await knowledgeRepository.find(ctx.database.db, id);
  if (!row) throw notFound("knowledge_entry", id);
  assertEntryWritable(p, row, "publish");
  const state = nextKnowledgeState("retire", row.state as KnowledgeState);
  const now = ctx.clock.now();
  const patch = { state, retired_at: now.toISOString(), updated_at: now.toISOString() };
  await ctx.tx(async (tx) => {
    await knowledgeRepository.update(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "knowledge.retired",
      entityType: "knowledge_entry",
      entityId: id,
      orgUnitId: row.org_unit_id,
      details: { 标题: row.title, 版本: row.version },
    });
  });
  return entryViewOf(p, { ...row, ...patch });
}
