/**
 * I-03 knowledge base: typical cases (from closed cases and meeting case studies), key knowledge
 * points, service techniques; categories, Chinese search without a search server, versions, read
 * counts, publish/retire, training material for People I.
 */
import { z } from "zod";
import { Id, Instant } from "./common.js";

export const KnowledgeKind = z.enum(["typicalCase", "keyPoint", "serviceTechnique"]);
export const KnowledgeState = z.enum(["draft", "published", "retired"]);

export const KnowledgeCategory = z.object({ id: z.string(), name: z.string() });
export const KnowledgeCategoryList = z.object({ items: z.array(KnowledgeCategory) });
export type KnowledgeCategoryList = z.infer<typeof KnowledgeCategoryList>;

const Tags = z.array(z.string().trim().min(1).max(20)).max(10);

export const CreateKnowledgeEntryRequest = z.strictObject({
  kind: KnowledgeKind,
  categoryId: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20000),
  tags: Tags.default([]),
  training: z.boolean().default(false),
  /** default: the caller's unit */
  orgUnitId: Id.optional(),
});
export type CreateKnowledgeEntryRequest = z.infer<typeof CreateKnowledgeEntryRequest>;

export const KnowledgeFromCaseRequest = z.strictObject({ caseId: Id, categoryId: z.string().trim().min(1).max(40).optional() });
export type KnowledgeFromCaseRequest = z.infer<typeof KnowledgeFromCaseRequest>;

export const KnowledgeFromMeetingRequest = z.strictObject({ meetingId: Id, index: z.number().int().min(0).max(19), categoryId: z.string().trim().min(1).max(40).optional() });
export type KnowledgeFromMeetingRequest = z.infer<typeof KnowledgeFromMeetingRequest>;

export const EditKnowledgeEntryRequest = z.strictObject({
  kind: KnowledgeKind.optional(),
  categoryId: z.string().trim().min(1).max(40).optional(),
  title: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(20000).optional(),
  tags: Tags.optional(),
  training: z.boolean().optional(),
  /** what changed, kept with the version */
  note: z.string().trim().max(500).optional(),
});
export type EditKnowledgeEntryRequest = z.infer<typeof EditKnowledgeEntryRequest>;

export const KnowledgeSearchQuery = z.strictObject({
  q: z.string().max(100).optional(),
  kind: KnowledgeKind.optional(),
  categoryId: z.string().max(40).optional(),
  state: KnowledgeState.optional(),
});
export type KnowledgeSearchQuery = z.infer<typeof KnowledgeSearchQuery>;

export const KnowledgeEntrySummary = z.object({
  id: Id,
  kind: KnowledgeKind,
  categoryId: z.string(),
  categoryName: z.string(),
  title: z.string(),
  excerpt: z.string(),
  tags: z.array(z.string()),
  state: KnowledgeState,
  version: z.number().int(),
  training: z.boolean(),
  readCount: z.number().int(),
  unitName: z.string(),
  createdByName: z.string(),
  updatedAt: Instant,
  publishedAt: Instant.nullable(),
  sourceCaseNumber: z.string().nullable(),
});
export const KnowledgeEntryList = z.object({ items: z.array(KnowledgeEntrySummary), terms: z.array(z.string()) });
export type KnowledgeEntryList = z.infer<typeof KnowledgeEntryList>;

export const KnowledgeEntryView = KnowledgeEntrySummary.extend({
  body: z.string(),
  orgUnitId: Id,
  sourceCaseId: Id.nullable(),
  sourceMeetingId: Id.nullable(),
  publishedByName: z.string().nullable(),
  retiredAt: Instant.nullable(),
  canEdit: z.boolean(),
  canPublish: z.boolean(),
});
export type KnowledgeEntryView = z.infer<typeof KnowledgeEntryView>;

export const KnowledgeVersionView = z.object({
  version: z.number().int(),
  kind: KnowledgeKind,
  categoryName: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  training: z.boolean(),
  note: z.string().nullable(),
  editedByName: z.string(),
  editedAt: Instant,
});
export const KnowledgeVersionList = z.object({ items: z.array(KnowledgeVersionView) });
export type KnowledgeVersionList = z.infer<typeof KnowledgeVersionList>;

/** People I: the published entries flagged as training material, visible to the caller. */
export const TrainingMaterialList = z.object({
  items: z.array(z.object({ id: Id, kind: KnowledgeKind, categoryName: z.string(), title: z.string(), version: z.number().int(), readCount: z.number().int(), unitName: z.string(), publishedAt: Instant.nullable() })),
});
export type TrainingMaterialList = z.infer<typeof TrainingMaterialList>;
