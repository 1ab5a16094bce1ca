/** A new template, or a new version of an existing code (old versions stay for past inspections). */
import { templateItems, validateInspectionTemplate } from "@ccms/core";
import type { CreateInspectionTemplateRequest } from "@ccms/contracts";
import { inspectionTemplateRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getInspectionTemplate } from "./get-inspection-template.js";

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
    const version = (await inspectionTemplateRepository.latestVersionOf(tx, body.code)) + 1;
    await inspectionTemplateRepository.insert(tx, {
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
