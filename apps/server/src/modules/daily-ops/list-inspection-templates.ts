/**
 * ORG-01 templates as the caller sees them: the version in force at their unit is `current` (the
 * nearest unit's latest version); versions written outside their subtree and not above it are hidden.
 */
import { applicableTemplateVersions, templateVisibleTo } from "@ccms/core";
import type { InspectionKind } from "@ccms/core";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { presentTemplate, scopedTemplates } from "./present-inspections.js";

export async function listInspectionTemplates(ctx: AppContext, p: UserPrincipal, q: { kind?: InspectionKind | undefined; all?: string | undefined }) {
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
