/** I-03 who sees which entry, and the entry as the API shows it. */
import type { KnowledgeEntryView } from "@ccms/contracts";
import { DomainError, isInSubtree } from "@ccms/core";
import type { KnowledgeEntryRow } from "@ccms/db";
import { type UserPrincipal, notFound } from "../../../http/principal.js";
import { pathsUpTo } from "../unit-paths.js";

export const canWriteKnowledge = (p: UserPrincipal) => p.permissions.has("information.knowledge.write");
export const canPublishKnowledge = (p: UserPrincipal) => p.permissions.has("information.knowledge.publish");

/**
 * ORG-01 / I-03 published entries are read in their unit's whole subtree and by the units above
 * it; drafts and retired entries only by writers above or at the entry's unit. Anything else is 404.
 */
export function assertEntryVisible(p: UserPrincipal, row: KnowledgeEntryRow): void {
  const inSubtree = isInSubtree(row.org_path, p.scopePath);
  const fromAbove = pathsUpTo(p.scopePath).includes(row.org_path);
  const visible = row.state === "published" ? inSubtree || fromAbove : inSubtree && canWriteKnowledge(p);
  if (!visible) throw notFound("knowledge_entry", row.id);
}

/** Only writers at or above the entry's unit change it. */
export function assertEntryWritable(p: UserPrincipal, row: KnowledgeEntryRow, permission: "write" | "publish"): void {
  assertEntryVisible(p, row);
  const ok = permission === "write" ? canWriteKnowledge(p) : canPublishKnowledge(p);
  if (!ok || !isInSubtree(row.org_path, p.scopePath)) {
    throw new DomainError("forbidden", "permission_denied", `Missing permission information.knowledge.${permission}`, { action: `information.knowledge.${permission}` });
  }
}

export const tagsOf = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

export const excerptOf = (body: string) => (body.length > 120 ? `${body.slice(0, 120)}…` : body);

export function summaryOf(row: KnowledgeEntryRow) {
  return {
    id: row.id,
    kind: row.kind as KnowledgeEntryView["kind"],
    categoryId: row.category_id,
    categoryName: row.category_name,
    title: row.title,
    excerpt: excerptOf(row.body),
    tags: tagsOf(row.tags),
    state: row.state as KnowledgeEntryView["state"],
    version: row.version,
    training: row.training === 1,
    readCount: row.read_count,
    unitName: row.unit_name,
    createdByName: row.created_by_name,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    sourceCaseNumber: row.source_case_number,
  };
}

export function entryViewOf(p: UserPrincipal, row: KnowledgeEntryRow): KnowledgeEntryView {
  const own = isInSubtree(row.org_path, p.scopePath);
  return {
    ...summaryOf(row),
    body: row.body,
    orgUnitId: row.org_unit_id,
    sourceCaseId: row.source_case_id,
    sourceMeetingId: row.source_meeting_id,
    publishedByName: row.published_by_name,
    retiredAt: row.retired_at,
    canEdit: own && canWriteKnowledge(p),
    canPublish: own && canPublishKnowledge(p),
  };
}
