/** Inspection templates and inspections as the contracts show them (ORG-01 template scope included). */
import { type InspectionAnswerValue, type InspectionTemplateSection } from "@ccms/core";
import type { InspectionResponse, InspectionTemplateResponse } from "@ccms/contracts";
import { type Executor, type InspectionRow, type InspectionTemplateRow, correctiveActionRepository, inspectionRepository, inspectionTemplateRepository, orgUnitRepository } from "@ccms/db";
import { type UserPrincipal, notFound } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { parseJson } from "./parse-json.js";
import { usersByIds } from "./staff-in-scope.js";

export function presentTemplate(r: InspectionTemplateRow, current: boolean): InspectionTemplateResponse {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    kind: r.kind,
    description: r.description,
    sections: parseJson<InspectionTemplateSection[]>(r.sections, []),
    current,
    createdAt: r.created_at,
  };
}

export type ScopedTemplate = InspectionTemplateRow & { unitPath: string | null };

/** ORG-01 every version with the path of its author's unit (null = everywhere, like HQ's). */
export async function scopedTemplates(ex: Executor, rows?: InspectionTemplateRow[]): Promise<ScopedTemplate[]> {
  const all = rows ?? (await inspectionTemplateRepository.listAll(ex));
  const paths = new Map<string, string | null>();
  for (const r of all) {
    if (r.org_unit_id && !paths.has(r.org_unit_id)) paths.set(r.org_unit_id, (await orgUnitRepository.findById(ex, r.org_unit_id))?.path ?? null);
  }
  return all.map((r) => ({ ...r, unitPath: r.org_unit_id ? (paths.get(r.org_unit_id) ?? null) : null }));
}

export async function presentInspections(ex: Executor, rows: InspectionRow[], withPhotos: boolean): Promise<InspectionResponse[]> {
  const templates = new Map<string, InspectionTemplateRow>();
  for (const r of rows) {
    if (!templates.has(r.template_id)) {
      const t = await inspectionTemplateRepository.findById(ex, r.template_id);
      if (t) templates.set(r.template_id, t);
    }
  }
  const names = await usersByIds(ex, rows.map((r) => r.inspector_id));
  const actions = await correctiveActionRepository.listForSources(ex, "inspection", rows.map((r) => r.id));
  return rows.map((r) => {
    const t = templates.get(r.template_id);
    const answers = parseJson<InspectionAnswerValue[]>(r.answers, []).map((a) => (withPhotos ? a : { ...a, photos: a.photos ? a.photos.map(() => "omitted") : undefined }));
    return {
      id: r.id,
      counterId: r.counter_id,
      templateId: r.template_id,
      templateCode: t?.code ?? "",
      templateVersion: t?.version ?? 0,
      templateName: t?.name ?? "",
      kind: r.kind,
      businessDate: r.business_date,
      inspectorId: r.inspector_id,
      inspectorName: names.get(r.inspector_id)?.displayName ?? null,
      participants: parseJson<string[]>(r.participants, []),
      status: r.status,
      answers,
      score: r.score === null ? null : r.score / 10,
      failedCount: r.failed_count,
      note: r.note,
      startedAt: r.started_at,
      submittedAt: r.submitted_at,
      correctiveActionIds: actions.filter((a) => a.source_id === r.id).map((a) => a.id),
    };
  });
}

/** An inspection in the caller's scope with the sections of its exact template version (404 otherwise). */
export async function loadInspection(p: UserPrincipal, ex: Executor, id: string) {
  const r = await inspectionRepository.findById(ex, id);
  if (!r) throw notFound("inspection", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("inspection", id);
  });
  const t = await inspectionTemplateRepository.findById(ex, r.template_id);
  if (!t) throw notFound("inspection_template", r.template_id);
  return { row: r, template: { sections: parseJson<InspectionTemplateSection[]>(t.sections, []) } };
}
