/** I-03 knowledge base: entries, versions, categories. SQL only, no rules. */
import { sql } from "kysely";
import type { Executor } from "../shared/database.js";
import type { KnowledgeCategoryTable, KnowledgeEntryTable, KnowledgeVersionTable } from "./knowledge-schema.js";

export type KnowledgeEntryRow = KnowledgeEntryTable & { unit_name: string; category_name: string };

export interface KnowledgeQuery {
  /** units whose published entries the caller reads: their own subtree, and the units above them */
  subtreePath: string;
  ancestorPaths: readonly string[];
  /** include drafts and retired entries of the subtree (writers) */
  withUnpublished: boolean;
  /** normalised terms that must all occur in search_text (bigram matching, core searchTerms) */
  terms: readonly string[];
  kind?: string | undefined;
  categoryId?: string | undefined;
  state?: string | undefined;
  trainingOnly?: boolean | undefined;
  limit: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function base(ex: Executor) {
  return ex
    .selectFrom("knowledge_entries")
    .innerJoin("org_units", "org_units.id", "knowledge_entries.org_unit_id")
    .innerJoin("knowledge_categories", "knowledge_categories.id", "knowledge_entries.category_id")
    .selectAll("knowledge_entries")
    .select(["org_units.name as unit_name", "knowledge_categories.name as category_name"]);
}

export const knowledgeRepository = {
  async categories(ex: Executor): Promise<KnowledgeCategoryTable[]> {
    return ex.selectFrom("knowledge_categories").selectAll().orderBy("sort_order").execute();
  },
  async findCategory(ex: Executor, id: string): Promise<KnowledgeCategoryTable | undefined> {
    return ex.selectFrom("knowledge_categories").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async insert(ex: Executor, row: KnowledgeEntryTable): Promise<void> {
    await ex.insertInto("knowledge_entries").values(row).execute();
  },
  async find(ex: Executor, id: string): Promise<KnowledgeEntryRow | undefined> {
    return base(ex).where("knowledge_entries.id", "=", id).executeTakeFirst();
  },
  async findByCase(ex: Executor, caseId: string): Promise<KnowledgeEntryRow | undefined> {
    return base(ex).where("knowledge_entries.source_case_id", "=", caseId).executeTakeFirst();
  },
  async update(ex: Executor, id: string, patch: Partial<Omit<KnowledgeEntryTable, "id" | "created_at" | "created_by">>): Promise<void> {
    await ex.updateTable("knowledge_entries").set(patch).where("id", "=", id).execute();
  },
  /** One more reading, counted in SQL (no lost update between concurrent readers). */
  async countReading(ex: Executor, id: string): Promise<void> {
    await ex.updateTable("knowledge_entries").set({ read_count: sql`read_count + 1` }).where("id", "=", id).execute();
  },
  /** Published entries of the subtree and the units above; with unpublished, also the subtree's drafts and retired ones. */
  async search(ex: Executor, q: KnowledgeQuery): Promise<KnowledgeEntryRow[]> {
    let s = base(ex).where((eb) => {
      const published = eb.and([
        eb("knowledge_entries.state", "=", "published"),
        eb.or([eb("knowledge_entries.org_path", "like", `${q.subtreePath}%`), ...(q.ancestorPaths.length ? [eb("knowledge_entries.org_path", "in", [...q.ancestorPaths])] : [])]),
      ]);
      return q.withUnpublished ? eb.or([published, eb("knowledge_entries.org_path", "like", `${q.subtreePath}%`)]) : published;
    });
    for (const t of q.terms) s = s.where(sql<boolean>`knowledge_entries.search_text like ${`%${escapeLike(t)}%`} escape '\\'`);
    if (q.kind) s = s.where("knowledge_entries.kind", "=", q.kind);
    if (q.categoryId) s = s.where("knowledge_entries.category_id", "=", q.categoryId);
    if (q.state) s = s.where("knowledge_entries.state", "=", q.state);
    if (q.trainingOnly) s = s.where("knowledge_entries.training", "=", 1);
    return s.orderBy("knowledge_entries.updated_at", "desc").orderBy("knowledge_entries.id", "desc").limit(q.limit).execute();
  },
  /** I-03 a morning meeting's case studies (D-01), the hook for "加入案例库" from a meeting. */
  async meetingCaseStudies(ex: Executor, meetingId: string): Promise<{ id: string; counter_id: string; business_date: string; studies: Array<{ title: string; notes?: string }> } | undefined> {
    const m = await ex.selectFrom("daily_meetings").select(["id", "counter_id", "business_date", "case_studies"]).where("id", "=", meetingId).executeTakeFirst();
    if (!m) return undefined;
    let studies: Array<{ title: string; notes?: string }> = [];
    try {
      const v = JSON.parse(m.case_studies) as unknown;
      if (Array.isArray(v)) studies = v.filter((x): x is { title: string; notes?: string } => typeof x === "object" && x !== null && typeof (x as { title?: unknown }).title === "string");
    } catch {
      studies = [];
    }
    return { id: m.id, counter_id: m.counter_id, business_date: m.business_date, studies };
  },
  async insertVersion(ex: Executor, row: KnowledgeVersionTable): Promise<void> {
    await ex.insertInto("knowledge_versions").values(row).execute();
  },
  async versions(ex: Executor, entryId: string): Promise<KnowledgeVersionTable[]> {
    return ex.selectFrom("knowledge_versions").selectAll().where("entry_id", "=", entryId).orderBy("version", "desc").execute();
  },
};
