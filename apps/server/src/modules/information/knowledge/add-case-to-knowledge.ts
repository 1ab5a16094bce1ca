/**
 * I-03 "加入案例库": a closed case becomes a draft typical case referencing it (number, summary, cause),
 * at the case's unit; a case is in the library once (the second call answers the existing entry).
 */
import type { KnowledgeEntryView, KnowledgeFromCaseRequest } from "@ccms/contracts";
import { assertCaseCanBecomeKnowledge } from "@ccms/core";
import { caseRepository, knowledgeRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { draftKnowledgeEntry } from "./draft-knowledge-entry.js";
import { assertEntryVisible, entryViewOf } from "./knowledge-views.js";

const KIND_WORDS: Record<string, string> = { complaint: "投诉", enquiry: "咨询", opinion: "意见建议", praise: "表扬" };

export async function addCaseToKnowledge(ctx: AppContext, principal: Principal | null, input: KnowledgeFromCaseRequest): Promise<{ created: boolean; entry: KnowledgeEntryView }> {
  const p = requirePermission(principal, "information.knowledge.write");
  const ex = ctx.database.db;
  const c = await caseRepository.findById(ex, input.caseId);
  if (!c) throw notFound("case", input.caseId);
  assertPathInScope(p, c.org_path, "case", c.id);
  assertCaseCanBecomeKnowledge(c.state);
  const existing = await knowledgeRepository.findByCase(ex, c.id);
  if (existing) {
    assertEntryVisible(p, existing);
    return { created: false, entry: entryViewOf(p, existing) };
  }
  const unit = await orgUnitRepository.findById(ex, c.org_unit_id);
  if (!unit) throw notFound("org_unit", c.org_unit_id);
  const kindWord = KIND_WORDS[c.kind] ?? c.kind;
  const body = [`案件编号：${c.number}`, `类型：${kindWord}`, `诉求概要：${c.summary}`, c.cause ? `原因：${c.cause}` : null, "处理经过与启示：（请补充）"].filter(Boolean).join("\n");
  const entry = await draftKnowledgeEntry(ctx, p, unit, {
    kind: "typicalCase",
    categoryId: input.categoryId ?? (c.kind === "complaint" ? "complaint" : "servicing"),
    title: `${kindWord}案例：${c.summary.slice(0, 60)}`,
    body,
    tags: [kindWord],
    training: false,
    sourceCaseId: c.id,
    sourceCaseNumber: c.number,
  });
  return { created: true, entry };
}
