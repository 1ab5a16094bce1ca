/**
 * Reading the audit log (K-09; issue 10 item 4): entries in words (action, object, actor and unit by
 * name, details as text), filters from choice lists, an export for auditors (itself audited), and
 * verification of the keyed chain (incremental from the last signed checkpoint; `full` from seq 1).
 */
import type { AuditExportQuery, AuditQuery } from "@ccms/contracts";
import { type AuditRow, auditRepository } from "@ccms/db";
import type { FastifyReply } from "fastify";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { ACTION_LABELS, ENTITY_TYPE_LABELS, actionLabel, detailsText, entityTypeLabel, idsInDetails } from "./audit-labels.js";
import { verifyAuditChain } from "./audit.js";
import { runExport } from "./data-export.js";
import { NameBook } from "./export-format.js";

type Query = z.infer<typeof AuditQuery>;

function repoQuery(p: UserPrincipal, q: Omit<Query, "beforeSeq" | "limit">) {
  const actions = q.actions
    ? q.actions
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean)
    : undefined;
  return {
    scopePath: p.scopePath,
    entityType: q.entityType,
    entityId: q.entityId,
    actorId: q.actorId,
    action: q.action,
    actions,
    orgUnitId: q.orgUnitId,
    from: q.from ? new Date(q.from).toISOString() : undefined,
    to: q.to ? new Date(q.to).toISOString() : undefined,
  };
}

function parseDetails(r: AuditRow): unknown {
  try {
    return JSON.parse(r.details) as unknown;
  } catch {
    return r.details;
  }
}

/** Who acted, in words: the person's name, a device's name, or the system job. */
function actorWords(r: AuditRow, names: NameBook): string {
  if (r.actor_id) {
    const n = names.user(r.actor_id);
    if (n) return n;
  }
  const raw = r.actor_name ?? "";
  if (raw.startsWith("device:")) return `设备：${raw.slice(7)}`;
  if (raw === "system" || raw.startsWith("system:")) return "系统";
  return raw || (r.actor_id ? "" : "系统");
}

/** Names of the actors, units and every person or unit named by id in the entries' details. */
async function namesFor(ex: AppContext["database"]["db"], rows: readonly AuditRow[], moreUnits: ReadonlyArray<string | null>): Promise<NameBook> {
  const ids = new Set<string>();
  for (const r of rows) idsInDetails(parseDetails(r), ids);
  return new NameBook(ex).load([...rows.map((r) => r.actor_id), ...ids], [...rows.map((r) => r.org_unit_id), ...moreUnits, ...ids]);
}

function entryView(r: AuditRow, names: NameBook) {
  const details = parseDetails(r);
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorDisplayName: actorWords(r, names),
    orgUnitId: r.org_unit_id,
    orgUnitName: names.unit(r.org_unit_id) || null,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entityType: r.entity_type,
    entityTypeLabel: entityTypeLabel(r.entity_type),
    entityId: r.entity_id,
    details,
    detailsText: detailsText(details, (id) => names.user(id) || names.unit(id) || undefined),
    hash: r.hash,
  };
}

export async function listAudit(ctx: AppContext, p: UserPrincipal, q: Query) {
  const ex = ctx.database.db;
  const limit = q.limit ?? 100;
  const rows = await auditRepository.list(ex, { ...repoQuery(p, q), beforeSeq: q.beforeSeq, limit });
  const names = await namesFor(ex, rows, []);
  return { items: rows.map((r) => entryView(r, names)), nextBeforeSeq: rows.length === limit ? rows[rows.length - 1]!.seq : null };
}

/** Choice lists: every known action and object type in words, plus any other code present in the log. */
export async function auditFilterOptions(ctx: AppContext) {
  const ex = ctx.database.db;
  const [actions, types] = await Promise.all([auditRepository.distinctValues(ex, "action"), auditRepository.distinctValues(ex, "entity_type")]);
  const act = [...new Set([...Object.keys(ACTION_LABELS), ...actions])];
  const ent = [...new Set([...Object.keys(ENTITY_TYPE_LABELS), ...types])];
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "zh-CN");
  return {
    actions: act.map((value) => ({ value, label: actionLabel(value) })).sort(byLabel),
    entityTypes: ent.map((value) => ({ value, label: entityTypeLabel(value) })).sort(byLabel),
  };
}

const AUDIT_EXPORT_CAP = 100_000;

/** K-09 audit export for auditors (xlsx or CSV), itself audited like every export. */
export async function exportAudit(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, q: z.infer<typeof AuditExportQuery>) {
  return runExport(ctx, p, reply, async () => {
    const ex = ctx.database.db;
    const cap = Math.min(ctx.config.exportRowCap ?? 50_000, AUDIT_EXPORT_CAP);
    const rows: AuditRow[] = [];
    let beforeSeq: number | undefined;
    // pages of 1000, newest first, one more than the cap so truncation shows
    while (rows.length <= cap) {
      const page = await auditRepository.list(ex, { ...repoQuery(p, q), beforeSeq, limit: 1000 });
      rows.push(...page);
      if (page.length < 1000) break;
      beforeSeq = page[page.length - 1]!.seq;
      await new Promise<void>((r) => setImmediate(r));
    }
    const names = await namesFor(ex, rows, [p.orgUnitId]);
    const views = rows.map((r) => entryView(r, names));
    return {
      kind: "audit",
      title: "审计日志",
      format: q.format ?? "xlsx",
      filter: q,
      orgUnitId: p.orgUnitId,
      masked: true,
      rows: views,
      columns: [
        { header: "序号", width: 8, value: (r) => r.seq },
        { header: "时间", width: 18, value: (r) => names.time(r.at, r.orgUnitId ?? p.orgUnitId) },
        { header: "操作人", value: (r) => r.actorDisplayName },
        { header: "单位", width: 24, value: (r) => r.orgUnitName ?? "" },
        { header: "操作", width: 22, value: (r) => r.actionLabel },
        { header: "对象", value: (r) => r.entityTypeLabel },
        { header: "对象编号", width: 28, value: (r) => r.entityId },
        { header: "详细内容", width: 60, value: (r) => r.detailsText },
        { header: "操作人编号", width: 28, value: (r) => r.actorId },
        { header: "操作代码", width: 24, value: (r) => r.action },
      ],
    };
  });
}

export async function verifyAudit(ctx: AppContext, q: { full?: string | undefined }) {
  return verifyAuditChain(ctx.database.db, { full: q.full === "true" || q.full === "1", now: ctx.clock.now() });
}
