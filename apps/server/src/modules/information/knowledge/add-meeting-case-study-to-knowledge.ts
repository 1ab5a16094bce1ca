/** I-03 a case study discussed at a morning meeting (D-01) becomes a draft typical case of the meeting's counter. */
import type { KnowledgeEntryView, KnowledgeFromMeetingRequest } from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { knowledgeRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type Principal, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { draftKnowledgeEntry } from "./draft-knowledge-entry.js";

export async function addMeetingCaseStudyToKnowledge(ctx: AppContext, principal: Principal | null, input: KnowledgeFromMeetingRequest): Promise<KnowledgeEntryView> {
  const p = requirePermission(principal, "information.knowledge.write");
  const ex = ctx.database.db;
  const meeting = await knowledgeRepository.meetingCaseStudies(ex, input.meetingId);
  const unit = meeting ? await orgUnitRepository.findById(ex, meeting.counter_id) : undefined;
  if (!meeting || !unit) throw notFound("meeting", input.meetingId);
  assertPathInScope(p, unit.path, "meeting", meeting.id);
  const study = meeting.studies[input.index];
  if (!study) throw new DomainError("validation", "knowledge_case_study_unknown", "The meeting has no case study at that position", { index: input.index });
  return draftKnowledgeEntry(ctx, p, unit, {
    kind: "typicalCase",
    categoryId: input.categoryId ?? "complaint",
    title: study.title,
    body: [`${meeting.business_date} 晨会案例分析`, study.notes ?? "（请补充处理经过与启示）"].join("\n"),
    tags: ["晨会"],
    training: false,
    sourceMeetingId: meeting.id,
  });
}
