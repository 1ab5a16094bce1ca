/** Knowledge base routes (I-03; issue 16 item 5). Thin. */
import {
  CreateKnowledgeEntryRequest,
  EditKnowledgeEntryRequest,
  IdParams,
  KnowledgeCategoryList,
  KnowledgeEntryList,
  KnowledgeEntryView,
  KnowledgeFromCaseRequest,
  KnowledgeFromMeetingRequest,
  KnowledgeSearchQuery,
  KnowledgeVersionList,
  TrainingMaterialList,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { addCaseToKnowledge } from "./add-case-to-knowledge.js";
import { addMeetingCaseStudyToKnowledge } from "./add-meeting-case-study-to-knowledge.js";
import { createKnowledgeEntry } from "./create-knowledge-entry.js";
import { editKnowledgeEntry } from "./edit-knowledge-entry.js";
import { listKnowledgeCategories } from "./list-knowledge-categories.js";
import { listKnowledgeVersions } from "./list-knowledge-versions.js";
import { listTrainingMaterials } from "./list-training-materials.js";
import { publishKnowledgeEntry } from "./publish-knowledge-entry.js";
import { retireKnowledgeEntry } from "./retire-knowledge-entry.js";
import { searchKnowledge } from "./search-knowledge.js";
import { viewKnowledgeEntry } from "./view-knowledge-entry.js";

export function knowledgeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["information"];
  const base = "/api/v1/information/knowledge";
  r.get(`${base}/categories`, { schema: { tags, summary: "Knowledge base categories", response: { 200: KnowledgeCategoryList } } }, async (req) => listKnowledgeCategories(ctx, req.principal));
  r.get(base, {
    schema: { tags, summary: "Search the knowledge base (Chinese by character bigrams, no search server)", querystring: KnowledgeSearchQuery, response: { 200: KnowledgeEntryList } },
  }, async (req) => searchKnowledge(ctx, req.principal, req.query));
  r.post(base, {
    schema: { tags, summary: "Draft a typical case, key knowledge point or service technique", body: CreateKnowledgeEntryRequest, response: { 201: KnowledgeEntryView } },
  }, async (req, reply) => reply.status(201).send(await createKnowledgeEntry(ctx, req.principal, req.body)));
  r.post(`${base}/from-case`, {
    schema: { tags, summary: "Add a closed case to the case library (a draft typical case referencing it; once per case)", body: KnowledgeFromCaseRequest, response: { 200: KnowledgeEntryView, 201: KnowledgeEntryView } },
  }, async (req, reply) => {
    const r2 = await addCaseToKnowledge(ctx, req.principal, req.body);
    return reply.status(r2.created ? 201 : 200).send(r2.entry);
  });
  r.post(`${base}/from-meeting`, {
    schema: { tags, summary: "Add a morning meeting's case study to the case library (a draft typical case)", body: KnowledgeFromMeetingRequest, response: { 201: KnowledgeEntryView } },
  }, async (req, reply) => reply.status(201).send(await addMeetingCaseStudyToKnowledge(ctx, req.principal, req.body)));
  r.get(`${base}/training-materials`, {
    schema: { tags, summary: "Published entries flagged as training material (for People I)", response: { 200: TrainingMaterialList } },
  }, async (req) => listTrainingMaterials(ctx, req.principal));
  r.get(`${base}/:id`, {
    schema: { tags, summary: "One entry; reading a published entry counts", params: IdParams, response: { 200: KnowledgeEntryView } },
  }, async (req) => viewKnowledgeEntry(ctx, req.principal, req.params.id));
  r.put(`${base}/:id`, {
    schema: { tags, summary: "Edit an entry: a new version, the old one kept (audited)", params: IdParams, body: EditKnowledgeEntryRequest, response: { 200: KnowledgeEntryView } },
  }, async (req) => editKnowledgeEntry(ctx, req.principal, req.params.id, req.body));
  r.get(`${base}/:id/versions`, {
    schema: { tags, summary: "An entry's versions, newest first", params: IdParams, response: { 200: KnowledgeVersionList } },
  }, async (req) => listKnowledgeVersions(ctx, req.principal, req.params.id));
  r.post(`${base}/:id/publish`, {
    schema: { tags, summary: "Publish an entry (audited)", params: IdParams, response: { 200: KnowledgeEntryView } },
  }, async (req) => publishKnowledgeEntry(ctx, req.principal, req.params.id));
  r.post(`${base}/:id/retire`, {
    schema: { tags, summary: "Retire a published entry (audited; kept with its history)", params: IdParams, response: { 200: KnowledgeEntryView } },
  }, async (req) => retireKnowledgeEntry(ctx, req.principal, req.params.id));
}
