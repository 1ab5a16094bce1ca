/** One template version as the caller sees it (ORG-01: 404 outside their subtree and not above it). */
import { applicableTemplateVersions, templateVisibleTo } from "@ccms/core";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { presentTemplate, scopedTemplates } from "./present-inspections.js";

export async function getInspectionTemplate(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const all = await scopedTemplates(ex);
  const r = all.find((t) => t.id === id);
  if (!r || !templateVisibleTo(r, p.scopePath)) throw notFound("inspection_template", id);
  const current = applicableTemplateVersions(all, p.scopePath).get(r.code);
  return presentTemplate(r, current?.id === r.id);
}
