/** I-03 an edit makes a new version (the old one stays in the history); the state is kept; audited. */
import type { EditKnowledgeEntryRequest, KnowledgeEntryView } from "@ccms/contracts";
import { type KnowledgeState, nextKnowledgeState, searchDocument } from "@ccms/core";
import { knowledgeRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { assertCategory } from "./draft-knowledge-entry.js";
import { assertEntryWritable, entryViewOf, tagsOf } from "./knowledge-views.js";

export async function editKnowledgeEntry(ctx: AppContext, principal: Principal | null, id: string, input: EditKnowledgeEntryRequest): Promise<KnowledgeEntryView> {
  const p = requirePermission(principal, "information.knowledge.write");
  const ex = ctx.database.db;
  const row = await knowledgeRepository.find(ex, id);
  if (!row) throw notFound("knowledge_entry", id);
  assertEntryWritable(p, row, "write");
  const state = nextKnowledgeState("edit", row.state as KnowledgeState);
  const category = input.categoryId ? await assertCategory(ex, input.categoryId) : { id: row.category_id, name: row.category_name };
  const now = ctx.clock.now();
  const tags = input.tags ?? tagsOf(row.tags);
  const next = {
    kind: input.kind ?? row.kind,
    category_id: category.id,
    title: input.title ?? row.title,
    body: input.body ?? row.body,
    tags: JSON.stringify(tags),
    training: input.training === undefined ? row.training : input.training ? 1 : 0,
  };
  const patch = { ...next, state, version: row.version + 1, search_text: searchDocument([next.title, next.body, tags.join(" ")]), updated_at: now.toISOString() };
  await ctx.tx(async (tx) => {
    await knowledgeRepository.update(tx, id, patch);
    await knowledgeRepository.insertVersion(tx, { id: ulid(), entry_id: id, version: patch.version, ...next, note: input.note ?? null, edited_by_name: p.displayName, edited_at: patch.updated_at });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "knowledge.edited",
      entityType: "knowledge_entry",
      entityId: id,
      orgUnitId: row.org_unit_id,
      details: { 标题: next.title, 版本: patch.version, ...(input.note ? { 修改说明: input.note } : {}) },
    });
  });
  return entryViewOf(p, { ...row, ...patch, category_name: category.name });
}
