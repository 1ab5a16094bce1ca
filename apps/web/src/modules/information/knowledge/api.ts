/** Types of the knowledge base API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type KnowledgeEntryList = z.infer<typeof C.KnowledgeEntryList>;
export type KnowledgeEntryView = z.infer<typeof C.KnowledgeEntryView>;
export type KnowledgeVersionList = z.infer<typeof C.KnowledgeVersionList>;
export type KnowledgeCategoryList = z.infer<typeof C.KnowledgeCategoryList>;
export type CaseList = z.infer<typeof C.CaseList>;

const base = "/api/v1/information/knowledge";
export const KNOWLEDGE_API = {
  list: base,
  categories: `${base}/categories`,
  fromCase: `${base}/from-case`,
  entry: (id: string) => `${base}/${id}`,
  versions: (id: string) => `${base}/${id}/versions`,
  publish: (id: string) => `${base}/${id}/publish`,
  retire: (id: string) => `${base}/${id}/retire`,
  closedCases: "/api/v1/cases",
} as const;
