/**
 * Inspections as data (D-02 patrol with P-16 etiquette, D-04 security check, D-05 monthly safety,
 * D-11 environment standard): versioned templates, answers checked against the exact version,
 * scored; every failure becomes a corrective action with an owner and a due date; critical
 * failures also raise a finding. Trends per counter.
 */
import {
  type InspectionAnswerValue,
  type InspectionKind,
  type InspectionTemplateSection,
  DomainError,
  addWorkingDays,
  applicableTemplateVersions,
  assertInspectionSubmittable,
  mergeInspectionAnswers,
  templateAppliesAt,
  templateItems,
  templateVisibleTo,
  validateInspectionTemplate,
} from "@ccms/core";
import type { CreateInspectionTemplateRequest, InspectionAnswer, StartInspectionRequest } from "@ccms/contracts";
import { type Executor, type RegisterRow, dailyOpsTables, controlTables, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { raiseFinding } from "../control/registers/findings.js";
import { businessDateOf, counterIdsInScope, counterInScope, parseJson, userAtCounter, usersByIds } from "./ops-shared.js";

type TemplateRow = RegisterRow<"inspection_templates">;
type InspectionRow = RegisterRow<"inspections">;

function presentTemplate(r: TemplateRow, current: boolean) {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    kind: r.kind as InspectionKind,
    description: r.description,
    sections: parseJson<InspectionTemplateSection[]>(r.sections, []),
    current,
    createdAt: r.created_at,
  };
}

type ScopedTemplate = TemplateRow & { unitPath: string | null };

/** ORG-01 every version with the path of its author's unit (null = everywhere, like HQ's). */
async function scopedTemplates(ex: Executor, rows?: TemplateRow[]): Promise<ScopedTemplate[]> {
  const all = rows ?? (await dailyOpsTables.inspectionTemplates.list(ex));
  const paths = new Map<string, string | null>();
  for (const r of all) {
    if (r.org_unit_id && !paths.has(r.org_unit_id)) paths.set(r.org_unit_id, (await orgUnitRepository.findById(ex, r.org_unit_id))?.path ?? null);
  }
  return all.map((r) => ({ ...r, unitPath: r.org_unit_id ? (paths.get(r.org_unit_id) ?? null) : null }));
}

/**
 * ORG-01 templates as the caller sees them: the version in force at their unit is `current` (the
 * nearest unit's latest version); versions written outside their subtree and not above it are hidden.
 */
export async function listInspectionTemplates(ctx: AppContext, p: UserPrincipal, q: { kind?: string | undefined; all?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const all = await scopedTemplates(ex);
  const current = new Set([...applicableTemplateVersions(all, p.scopePath).values()].map((v) => v.id));
  return {
    items: all
      .filter((r) => (q.kind === undefined || r.kind === q.kind) && templateVisibleTo(r, p.scopePath))
      .filter((r) => q.all === "true" || current.has(r.id))
      .sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version)
      .map((r) => presentTemplate(r, current.has(r.id))),
  };
}

export async function getInspectionTemplate(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const all = await scopedTemplates(ex);
  const r = all.find((t) => t.id === id);
  if (!r || !templateVisibleTo(r, p.scopePath)) throw notFound("inspection_template", id);
  const current = applicableTemplateVersions(all, p.scopePath).get(r.code);
  return presentTemplate(r, current?.id === r.id);
}

/** A new template, or a new version of an existing code (old versions stay for past inspections). */
export async function createInspectionTemplate(ctx: AppContext, p: UserPrincipal, body: CreateInspectionTemplateRequest) {
  requirePermission(p, "dailyops.template");
  const sections = body.sections.map((s) => ({
    key: s.key,
    title: s.title,
    items: s.items.map((i) => ({
      key: i.key,
      text: i.text,
      weight: i.weight,
      requirePhotoOnFail: i.requirePhotoOnFail,
      requireCommentOnFail: i.requireCommentOnFail,
      critical: i.critical,
      ...(i.ruleId ? { ruleId: i.ruleId } : {}),
    })),
  }));
  validateInspectionTemplate({ code: body.code, name: body.name, kind: body.kind, sections });
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    const versions = await dailyOpsTables.inspectionTemplates.list(tx, { eq: { code: body.code } });
    const version = versions.reduce((m, v) => Math.max(m, v.version), 0) + 1;
    await dailyOpsTables.inspectionTemplates.insert(tx, {
      id,
      code: body.code,
      version,
      name: body.name,
      kind: body.kind,
      description: body.description ?? null,
      sections: JSON.stringify(sections),
      created_by: p.userId,
      created_at: now.toISOString(),
      // ORG-01 the version applies in the author's subtree only (HQ's everywhere)
      org_unit_id: p.orgUnitId,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "inspection_template.created",
      entityType: "inspection_template",
      entityId: id,
      orgUnitId: p.orgUnitId,
      details: { code: body.code, version, items: templateItems({ sections }).length },
    });
  });
  return getInspectionTemplate(ctx, p, id);
}

async function presentInspections(ex: Executor, rows: InspectionRow[], withPhotos: boolean) {
  const templates = new Map<string, TemplateRow>();
  for (const r of rows) {
    if (!templates.has(r.template_id)) {
      const t = await dailyOpsTables.inspectionTemplates.findById(ex, r.template_id);
      if (t) templates.set(r.template_id, t);
    }
  }
  const names = await usersByIds(ex, rows.map((r) => r.inspector_id));
  const actions = rows.length
    ? await controlTables.correctiveActions.list(ex, { eq: { source: "inspection" } }).then((a) => a.filter((x) => rows.some((r) => r.id === x.source_id)))
    : [];
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
      kind: r.kind as InspectionKind,
      businessDate: r.business_date,
      inspectorId: r.inspector_id,
      inspectorName: names.get(r.inspector_id)?.displayName ?? null,
      participants: parseJson<string[]>(r.participants, []),
      status: r.status as "in_progress" | "submitted",
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

async function loadInspection(ctx: AppContext, p: UserPrincipal, ex: Executor, id: string) {
  const r = await dailyOpsTables.inspections.findById(ex, id);
  if (!r) throw notFound("inspection", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("inspection", id);
  });
  const t = await dailyOpsTables.inspectionTemplates.findById(ex, r.template_id);
  if (!t) throw notFound("inspection_template", r.template_id);
  return { row: r, template: { sections: parseJson<InspectionTemplateSection[]>(t.sections, []) } };
}

export async function getInspection(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const { row } = await loadInspection(ctx, p, ctx.database.db, id);
  return (await presentInspections(ctx.database.db, [row], true))[0]!;
}

function toAnswerValues(answers: readonly InspectionAnswer[]): InspectionAnswerValue[] {
  return answers.map((a) => ({
    itemKey: a.itemKey,
    result: a.result,
    ...(a.comment ? { comment: a.comment } : {}),
    ...(a.photos?.length ? { photos: a.photos } : {}),
    ...(a.ownerId ? { ownerId: a.ownerId } : {}),
    ...(a.dueDate ? { dueDate: a.dueDate } : {}),
  }));
}

export async function startInspection(ctx: AppContext, p: UserPrincipal, body: StartInspectionRequest) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const t = await dailyOpsTables.inspectionTemplates.findById(ex, body.templateId);
  if (!t) throw notFound("inspection_template", body.templateId);
  // ORG-01 a version written for another subtree does not exist at this counter
  const [scoped] = await scopedTemplates(ex, [t]);
  if (!templateAppliesAt(scoped!, counter.path)) throw notFound("inspection_template", body.templateId);
  const template = { sections: parseJson<InspectionTemplateSection[]>(t.sections, []) };
  const answers = mergeInspectionAnswers(template, [], toAnswerValues(body.answers ?? []));
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await dailyOpsTables.inspections.insert(tx, {
      id,
      counter_id: counter.id,
      template_id: t.id,
      kind: t.kind,
      business_date: body.businessDate ?? businessDateOf(counter, now),
      inspector_id: p.userId,
      participants: JSON.stringify(body.participants ?? []),
      status: "in_progress",
      answers: JSON.stringify(answers),
      score: null,
      failed_count: 0,
      note: null,
      started_at: now.toISOString(),
      submitted_at: null,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "inspection.started",
      entityType: "inspection",
      entityId: id,
      orgUnitId: counter.id,
      details: { templateId: t.id, code: t.code, version: t.version },
    });
  });
  return getInspection(ctx, p, id);
}

export async function saveInspectionAnswers(ctx: AppContext, p: UserPrincipal, id: string, answers: readonly InspectionAnswer[]) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const { row, template } = await loadInspection(ctx, p, ex, id);
  if (row.status !== "in_progress") throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  const merged = mergeInspectionAnswers(template, parseJson<InspectionAnswerValue[]>(row.answers, []), toAnswerValues(answers));
  await ctx.tx(async (tx) => {
    const n = await dailyOpsTables.inspections.updateWhere(tx, id, "status", "in_progress", { answers: JSON.stringify(merged) });
    if (n === 0) throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  });
  return getInspection(ctx, p, id);
}

export async function submitInspection(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const { row, template } = await loadInspection(ctx, p, ex, id);
  if (row.status !== "in_progress") throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  const answers = parseJson<InspectionAnswerValue[]>(row.answers, []);
  const score = assertInspectionSubmittable(template, answers);
  const counter = await counterInScope(ex, p, row.counter_id);
  const calendar = await calendarForUnit(ex, counter);
  const byKey = new Map(answers.map((a) => [a.itemKey, a]));
  // Validate owners and due dates before any write.
  const planned: Array<{ itemKey: string; text: string; ownerId: string; dueDate: string; critical: boolean }> = [];
  for (const item of score.failed) {
    const a = byKey.get(item.key)!;
    const ownerId = a.ownerId ?? p.userId;
    if (a.ownerId) await userAtCounter(ex, p, a.ownerId, counter);
    const dueDate = a.dueDate ?? addWorkingDays(row.business_date, 1, calendar);
    if (dueDate < row.business_date) throw new DomainError("validation", "due_date_before_inspection", "A due date cannot be before the inspection", { itemKey: item.key });
    planned.push({ itemKey: item.key, text: `${item.text}${a.comment ? ` — ${a.comment}` : ""}`, ownerId, dueDate, critical: item.critical });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await dailyOpsTables.inspections.updateWhere(tx, id, "status", "in_progress", {
      status: "submitted",
      score: Math.round(score.score * 10),
      failed_count: score.failed.length,
      note: body.note ?? null,
      submitted_at: now.toISOString(),
    });
    if (n === 0) throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
    for (const pl of planned) {
      const caId = ulid();
      await controlTables.correctiveActions.insert(tx, {
        id: caId,
        counter_id: row.counter_id,
        source: "inspection",
        source_id: id,
        item_key: pl.itemKey,
        description: pl.text,
        owner_id: pl.ownerId,
        due_date: pl.dueDate,
        status: "open",
        resolution_note: null,
        photos: "[]",
        done_at: null,
        verified_by: null,
        created_at: now.toISOString(),
      });
    }
    const critical = planned.filter((x) => x.critical);
    if (critical.length > 0) {
      await raiseFinding(ctx, tx, actorOf(p), now, {
        kind: "inspection_failure",
        orgUnitId: counter.id,
        orgUnitPath: counter.path,
        subjectUserIds: [...new Set(critical.map((c) => c.ownerId))],
        title: "巡检关键项不合格",
        details: { inspectionId: id, itemKeys: critical.map((c) => c.itemKey), businessDate: row.business_date },
      });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "inspection.submitted",
      entityType: "inspection",
      entityId: id,
      orgUnitId: row.counter_id,
      details: { score: score.score, failed: score.failed.map((f) => f.key) },
    });
  });
  void ctx.bus.publish(`counter:${row.counter_id}`, { type: "inspection.submitted", data: { id, score: score.score, failed: score.failed.length } });
  return getInspection(ctx, p, id);
}

export async function listInspections(
  ctx: AppContext,
  p: UserPrincipal,
  q: { counterId?: string | undefined; kind?: string | undefined; status?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyOpsTables.inspections.list(ex, {
    counterIds,
    rangeColumn: "business_date",
    from: q.from,
    to: q.to,
    eq: { kind: q.kind, status: q.status },
    orderBy: "started_at",
    desc: true,
    limit: 1000,
  });
  return { items: await presentInspections(ex, rows, false) };
}

/** Trends per counter: average score and failed items per date and kind; the most failed items. */
export async function inspectionTrends(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; kind?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyOpsTables.inspections.list(ex, { counterIds, rangeColumn: "business_date", from: q.from, to: q.to, eq: { kind: q.kind, status: "submitted" }, orderBy: "business_date" });
  const points = new Map<string, { counterId: string; businessDate: string; kind: InspectionKind; inspections: number; scoreSum: number; failedItems: number }>();
  const failures = new Map<string, { templateCode: string; itemKey: string; text: string; failures: number }>();
  const templates = new Map<string, TemplateRow | undefined>();
  for (const r of rows) {
    const key = `${r.counter_id}|${r.business_date}|${r.kind}`;
    const pt = points.get(key) ?? { counterId: r.counter_id, businessDate: r.business_date, kind: r.kind as InspectionKind, inspections: 0, scoreSum: 0, failedItems: 0 };
    pt.inspections++;
    pt.scoreSum += (r.score ?? 0) / 10;
    pt.failedItems += r.failed_count;
    points.set(key, pt);
    if (!templates.has(r.template_id)) templates.set(r.template_id, await dailyOpsTables.inspectionTemplates.findById(ex, r.template_id));
    const t = templates.get(r.template_id);
    const texts = new Map(templateItems({ sections: parseJson<InspectionTemplateSection[]>(t?.sections, []) }).map((i) => [i.key, i.text]));
    for (const a of parseJson<InspectionAnswerValue[]>(r.answers, [])) {
      if (a.result !== "fail") continue;
      const fk = `${t?.code ?? ""}|${a.itemKey}`;
      const f = failures.get(fk) ?? { templateCode: t?.code ?? "", itemKey: a.itemKey, text: texts.get(a.itemKey) ?? a.itemKey, failures: 0 };
      f.failures++;
      failures.set(fk, f);
    }
  }
  return {
    points: [...points.values()].map(({ scoreSum, ...pt }) => ({ ...pt, averageScore: Math.round((scoreSum / pt.inspections) * 10) / 10 })),
    topFailures: [...failures.values()].sort((a, b) => b.failures - a.failures).slice(0, 20),
  };
}
