/**
 * I-03 a new knowledge entry starts as a draft, version 1, its first version kept; audited. Shared by
 * the plain form, "加入案例库" from a closed case and a morning meeting's case study.
 */
import type { KnowledgeEntryView } from "@ccms/contracts";
import { DomainError, searchDocument } from "@ccms/core";
import { type Executor, type KnowledgeEntryTable, type OrgUnit, knowledgeRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { entryViewOf } from "./knowledge-views.js";

export interface DraftInput {
  kind: "typicalCase" | "keyPoint" | "serviceTechnique";
  categoryId: string;
  title: string;
  body: string;
  tags: string[];
  training: boolean;
  sourceCaseId?: string | null;
  sourceCaseNumber?: string | null;
  sourceMeetingId?: string | null;
}

export async function assertCategory(ex: Executor, id: string): Promise<{ id: string; name: string }> {
  const c = await knowledgeRepository.findCategory(ex, id);
  if (!c) throw new DomainError("validation", "knowledge_category_unknown", "Unknown knowledge category", { categoryId: id });
  return c;
}

export async function draftKnowledgeEntry(ctx: AppContext, p: UserPrincipal, unit: OrgUnit, input: DraftInput): Promise<KnowledgeEntryView> {
  const now = ctx.clock.now().toISOString();
  const category = await assertCategory(ctx.database.db, input.categoryId);
  const row: KnowledgeEntryTable = {
    id: ulid(),
    org_unit_id: unit.id,
    org_path: unit.path,
    kind: input.kind,
    category_id: category.id,
    title: input.title,
    body: input.body,
    tags: JSON.stringify(input.tags),
    search_text: searchDocument([input.title, input.body, input.tags.join(" ")]),
    state: "draft",
    version: 1,
    training: input.training ? 1 : 0,
    source_case_id: input.sourceCaseId ?? null,
    source_case_number: input.sourceCaseNumber ?? null,
    source_meeting_id: input.sourceMeetingId ?? null,
    read_count: 0,
    created_by: p.userId,
    created_by_name: p.displayName,
    created_at: now,
    updated_at: now,
    published_at: null,
    published_by_name: null,
    retired_at: null,
  };
  await ctx.tx(async (tx) => {
    await knowledgeRepository.insert(tx, row);
    await knowledgeRepository.insertVersion(tx, {
      id: ulid(),
      entry_id: row.id,
      version: 1,
      kind: row.kind,
      category_id: row.category_id,
      title: row.title,
      body: row.body,
      tags: row.tags,
      training: row.training,
      note: null,
      edited_by_name: p.displayName,
      edited_at: now,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), {
      action: "knowledge.drafted",
      entityType: "knowledge_entry",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { 标题: row.title, 类别: category.name, ...(row.source_case_number ? { 来源案件: row.source_case_number } : {}), ...(row.source_meeting_id ? { 来源: "晨会案例分析" } : {}) },
    });
  });
  return entryViewOf(p, { ...row, unit_name: unit.name, category_name: category.name });
}
