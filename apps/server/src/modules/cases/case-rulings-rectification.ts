/**
 * Work lists: rulings and appeals (C-12), the rectification board and the bulletin of units with
 * findings left without (effective) rectification (C-14).
 */
import { localDateOf } from "@ccms/core";
import { caseRepository, caseWorkRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";
import { need } from "./case-scope.js";
import { findingView, rectificationView, rulingView } from "./case-views.js";

async function scopeOf(ctx: AppContext, p: UserPrincipal, orgUnitId: string | undefined) {
  return orgUnitId ? (await unitInScope(ctx.database.db, p, orgUnitId)).path : p.scopePath;
}

async function numbers(ctx: AppContext, ids: string[]) {
  const rows = await caseRepository.findByIds(ctx.database.db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.number]));
}

export async function listRulings(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined; appealStatus?: string | undefined }) {
  need(p, "case.read");
  const rows = await caseWorkRepository.listRulings(ctx.database.db, await scopeOf(ctx, p, q.orgUnitId), q.appealStatus);
  const nos = await numbers(ctx, rows.map((r) => r.case_id));
  return { items: rows.map((r) => ({ ...rulingView(r), caseNumber: nos.get(r.case_id) ?? "" })) };
}

export async function rectificationBoard(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined; status?: string | undefined }) {
  need(p, "case.read");
  const ex = ctx.database.db;
  const path = await scopeOf(ctx, p, q.orgUnitId);
  const [findings, rects, own] = await Promise.all([
    caseWorkRepository.listFindings(ex, path),
    caseWorkRepository.listRectifications(ex, path, q.status),
    orgUnitRepository.findById(ex, p.orgUnitId),
  ]);
  const allRects = q.status ? await caseWorkRepository.listRectifications(ex, path) : rects;
  const today = localDateOf(ctx.clock.now(), own?.timeZone ?? "Asia/Shanghai");
  const nos = await numbers(ctx, [...findings.map((f) => f.case_id), ...rects.map((r) => r.case_id)]);
  return {
    findings: findings.map((f) => ({ ...findingView(f), caseNumber: nos.get(f.case_id) ?? "", rectified: allRects.some((r) => r.finding_id === f.id && r.status === "done") })),
    rectifications: rects.map((r) => ({ ...rectificationView(r), caseNumber: nos.get(r.case_id) ?? "", overdue: r.status === "open" && r.due_date < today })),
  };
}

/** C-14 units named in the bulletin: findings without any rectification, or with open rectification past its due date. */
export async function rectificationBulletin(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined }) {
  need(p, "case.report");
  const ex = ctx.database.db;
  const path = await scopeOf(ctx, p, q.orgUnitId);
  const [findings, rects, own] = await Promise.all([
    caseWorkRepository.listFindings(ex, path),
    caseWorkRepository.listRectifications(ex, path),
    orgUnitRepository.findById(ex, p.orgUnitId),
  ]);
  const today = localDateOf(ctx.clock.now(), own?.timeZone ?? "Asia/Shanghai");
  const byUnit = new Map<string, { findings: number; withoutRectification: number; openOverdue: number }>();
  const get = (id: string) => {
    let x = byUnit.get(id);
    if (!x) byUnit.set(id, (x = { findings: 0, withoutRectification: 0, openOverdue: 0 }));
    return x;
  };
  for (const f of findings) {
    const x = get(f.org_unit_id);
    x.findings++;
    const rs = rects.filter((r) => r.finding_id === f.id || (r.finding_id === null && r.case_id === f.case_id));
    if (rs.length === 0) x.withoutRectification++;
  }
  for (const r of rects) if (r.status === "open" && r.due_date < today) get(r.org_unit_id).openOverdue++;
  const units = await orgUnitRepository.findByIds(ex, [...byUnit.keys()]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const items = [...byUnit.entries()]
    .filter(([, x]) => x.withoutRectification > 0 || x.openOverdue > 0)
    .map(([orgUnitId, x]) => ({ orgUnitId, name: names.get(orgUnitId) ?? "", ...x }))
    .sort((a, b) => b.withoutRectification + b.openOverdue - (a.withoutRectification + a.openOverdue));
  return { items };
}

export async function listCaseAlerts(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined; limit?: number | undefined }) {
  need(p, "case.read");
  const rows = await caseWorkRepository.listAlerts(ctx.database.db, await scopeOf(ctx, p, q.orgUnitId), q.limit ?? 100);
  return {
    items: rows.map((a) => ({
      id: a.id,
      caseId: a.case_id,
      orgUnitId: a.org_unit_id,
      metric: a.metric as "reply",
      kind: a.kind as "warning" | "breach",
      threshold: a.threshold,
      dueAt: a.due_at,
      raisedAt: a.raised_at,
    })),
  };
}
