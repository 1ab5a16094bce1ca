/**
 * I-03 search the knowledge base in Chinese without a search server: the query's terms (character
 * bigrams, core searchTerms) must all occur in the entry's normalised text; titles holding more
 * terms first. Published entries of the caller's subtree and the units above; writers also see
 * their subtree's drafts and retired entries.
 */
import type { KnowledgeEntryList, KnowledgeSearchQuery } from "@ccms/contracts";
import { searchRank, searchTerms } from "@ccms/core";
import { knowledgeRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission } from "../../../http/principal.js";
import { pathsUpTo } from "../unit-paths.js";
import { canWriteKnowledge, summaryOf } from "./knowledge-views.js";

export async function searchKnowledge(ctx: AppContext, principal: Principal | null, q: KnowledgeSearchQuery): Promise<KnowledgeEntryList> {
  const p = requirePermission(principal, "information.knowledge.read");
  const terms = searchTerms(q.q ?? "");
  const rows = await knowledgeRepository.search(ctx.database.db, {
    subtreePath: p.scopePath,
    ancestorPaths: pathsUpTo(p.scopePath),
    withUnpublished: canWriteKnowledge(p),
    terms,
    kind: q.kind,
    categoryId: q.categoryId,
    state: q.state,
    limit: 200,
  });
  const ranked = terms.length ? rows.map((r, i) => ({ r, i, rank: searchRank(r.title, terms) })).sort((a, b) => b.rank - a.rank || a.i - b.i).map((x) => x.r) : rows;
  return { items: ranked.map(summaryOf), terms };
}
