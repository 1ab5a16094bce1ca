/**
 * P-14 a new version of a post's scorecard template. Refused unless its items add up to the stated
 * total (the error names the offending sum, e.g. the seed's 110-point 制度管理培训岗 card); the post's
 * earlier versions are superseded; cards already computed keep the version they were computed with.
 */
import { type ScorecardItem, assertValidTemplate } from "@ccms/core";
import { type ScorecardTemplateRow, scorecardTemplateRepository } from "@ccms/db";
import type { CreateScorecardTemplateRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { templateView } from "./template-view.js";

export async function createScorecardTemplate(ctx: AppContext, p: UserPrincipal, body: CreateScorecardTemplateRequest) {
  requirePermission(p, "people.manage");
  const items: ScorecardItem[] = body.items.map((i, n) => ({
    code: i.code ?? `i${String(n + 1).padStart(2, "0")}`,
    section: i.section,
    nameZh: i.nameZh,
    nameEn: i.nameEn ?? i.nameZh,
    points: i.points,
    kind: i.kind,
    ...(i.formula ? { formula: i.formula as ScorecardItem["formula"] } : {}),
    ...(i.criteria ? { criteria: i.criteria } : {}),
  }));
  const bands = assertValidTemplate({ post: body.post, nameZh: body.nameZh ?? body.post, nameEn: body.nameEn ?? body.post, total: body.total, items, gradeBands: body.gradeBands });
  const now = ctx.clock.now();
  const row = await ctx.tx(async (tx) => {
    const version = (await scorecardTemplateRepository.latestVersion(tx, body.post)) + 1;
    const r: ScorecardTemplateRow = {
      id: ulid(),
      post: body.post,
      version,
      status: "active",
      name_zh: body.nameZh ?? `${body.post}考核表`,
      name_en: body.nameEn ?? `${body.post} scorecard`,
      total: body.total,
      items: JSON.stringify(items),
      grade_bands: JSON.stringify(bands),
      note: body.note ?? null,
      created_by: p.userId,
      created_at: now.toISOString(),
    };
    await scorecardTemplateRepository.insert(tx, r);
    await scorecardTemplateRepository.supersede(tx, body.post, r.id);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.scorecard_template_created", entityType: "scorecard_template", entityId: r.id, orgUnitId: p.orgUnitId, details: { 岗位: body.post, 版本: version, 总分: body.total } });
    return r;
  });
  return templateView(row);
}
