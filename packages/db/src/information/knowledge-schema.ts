/** I-03 knowledge base tables (migration 026). */
export interface KnowledgeCategoryTable {
  id: string;
  name: string;
  sort_order: number;
}

export interface KnowledgeEntryTable {
  id: string;
  org_unit_id: string;
  org_path: string;
  /** typicalCase | keyPoint | serviceTechnique */
  kind: string;
  category_id: string;
  title: string;
  body: string;
  /** JSON string[] */
  tags: string;
  /** normalised title, body and tags (core searchDocument) */
  search_text: string;
  /** draft | published | retired */
  state: string;
  version: number;
  training: number;
  source_case_id: string | null;
  source_case_number: string | null;
  source_meeting_id: string | null;
  read_count: number;
  created_by: string;
  created_by_name: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by_name: string | null;
  retired_at: string | null;
}

export interface KnowledgeVersionTable {
  id: string;
  entry_id: string;
  version: number;
  kind: string;
  category_id: string;
  title: string;
  body: string;
  tags: string;
  training: number;
  note: string | null;
  edited_by_name: string;
  edited_at: string;
}

export interface KnowledgeTables {
  knowledge_categories: KnowledgeCategoryTable;
  knowledge_entries: KnowledgeEntryTable;
  knowledge_versions: KnowledgeVersionTable;
}
