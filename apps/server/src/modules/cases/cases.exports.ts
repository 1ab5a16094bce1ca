/**
 * Case export (I-04; C-11, K-09; issue 9 items 3–4, issue 10 item 4): CSV (formula-neutralised by
 * csv-stringify) or xlsx (streamed), Chinese headers and values, people and units by name, times in
 * the handling unit's local time, customer and free text masked, at most the row cap per request,
 * audited, and throttled with the other heavy work.
 */
import { type ComputedDeadline, maskPersonalData } from "@ccms/core";
import { type CaseRow, caseCauseRepository, caseRepository } from "@ccms/db";
import type { ListCasesQuery } from "@ccms/contracts";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { type ExportColumn, runExport, yieldToLoop } from "../control/data-export.js";
import { NameBook, label } from "../control/export-format.js";
import { deadlinesOf } from "./case-deadlines.js";
import { need } from "./case-scope.js";
import { customerView } from "./case-views.js";
import { UnitContextCache } from "./unit-context.js";
import {
  CASE_CAUSE_LABELS,
  CASE_CHANNEL_LABELS,
  CASE_EXPORT_HEADERS as H,
  CASE_EXPORT_TITLE,
  CASE_KIND_LABELS,
  CASE_LEVEL_LABELS,
  CASE_STATE_LABELS,
  DEADLINE_STATUS_LABELS,
} from "./export-labels.js";
import { caseFilter } from "./list-cases.js";

interface ExportRow {
  row: CaseRow;
  deadlines: ComputedDeadline[];
}

/** Deadlines per case, in chunks with event-loop yields (CPU work kept off other users' way). */
async function withDeadlines(ctx: AppContext, rows: CaseRow[]): Promise<ExportRow[]> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const out: ExportRow[] = [];
  const units = new UnitContextCache(ex);
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const events = await caseRepository.listEventsFor(ex, chunk.map((r) => r.id));
    const byCase = new Map<string, typeof events>();
    for (const e of events) {
      const list = byCase.get(e.case_id) ?? [];
      list.push(e);
      byCase.set(e.case_id, list);
    }
    for (const row of chunk) {
      const u = await units.get(row.org_unit_id);
      out.push({ row, deadlines: deadlinesOf(row, byCase.get(row.id) ?? [], u, now, false) });
    }
    await yieldToLoop();
  }
  return out;
}

export async function exportCases(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, q: ListCasesQuery & { format?: "csv" | "xlsx" | undefined }): Promise<FastifyReply> {
  need(p, "case.report");
  return runExport(ctx, p, reply, async () => {
    const ex = ctx.database.db;
    const cap = ctx.config.exportRowCap ?? 50_000;
    const f = await caseFilter(ctx, p, q);
    // one more than the cap, so the response can say it was truncated
    const rows = (await caseRepository.listAll(ex, { ...f, limit: undefined, offset: undefined })).slice(0, cap + 1);
    const list = await withDeadlines(ctx, rows);
    const names = await new NameBook(ex).load(
      list.flatMap(({ row }) => [row.first_responder_id, row.handler_id]),
      list.flatMap(({ row }) => [row.org_unit_id, row.origin_unit_id]),
    );
    const reply_ = (d: ComputedDeadline[]) => d.find((x) => x.metric === "reply");
    // case causes by their names in the managed list (issue 10 item 4), older codes by the fixed labels
    const causeNames = { ...CASE_CAUSE_LABELS, ...(await caseCauseRepository.namesZh(ex)) };
    const columns: Array<ExportColumn<ExportRow>> = [
      { header: H.number, width: 22, value: ({ row }) => row.number },
      { header: H.kind, width: 10, value: ({ row }) => label(CASE_KIND_LABELS, row.kind) },
      { header: H.channel, width: 12, value: ({ row }) => label(CASE_CHANNEL_LABELS, row.channel) },
      { header: H.state, width: 12, value: ({ row }) => label(CASE_STATE_LABELS, row.state) },
      { header: H.unit, width: 22, value: ({ row }) => names.unit(row.org_unit_id) },
      { header: H.originUnit, width: 22, value: ({ row }) => names.unit(row.origin_unit_id) },
      { header: H.level, width: 12, value: ({ row }) => label(CASE_LEVEL_LABELS, row.level) },
      { header: H.receivedAt, width: 18, value: ({ row }) => names.time(row.received_at, row.org_unit_id) },
      // C-11 the export carries the same masking rule as the API
      { header: H.customer, width: 10, value: ({ row }) => customerView(row).name },
      { header: H.phone, width: 14, value: ({ row }) => customerView(row).phone },
      { header: H.cause, width: 12, value: ({ row }) => label(causeNames, row.cause) },
      { header: H.summary, width: 40, value: ({ row }) => maskPersonalData(row.summary) },
      { header: H.firstResponder, width: 10, value: ({ row }) => names.user(row.first_responder_id) || row.first_responder_name },
      { header: H.handler, width: 10, value: ({ row }) => names.user(row.handler_id) },
      { header: H.replyDueAt, width: 18, value: ({ deadlines, row }) => names.time(reply_(deadlines)?.dueAt.toISOString(), row.org_unit_id) },
      { header: H.replyStatus, width: 12, value: ({ deadlines }) => label(DEADLINE_STATUS_LABELS, reply_(deadlines)?.status) },
      { header: H.overdue, width: 10, value: ({ deadlines }) => deadlines.some((d) => d.status === "breached") },
      { header: H.closedAt, width: 18, value: ({ row }) => names.time(row.closed_at, row.org_unit_id) },
      { header: H.id, width: 28, value: ({ row }) => row.id },
    ];
    return {
      kind: "cases",
      auditAction: "case.exported",
      title: CASE_EXPORT_TITLE,
      format: q.format ?? "csv",
      filter: q,
      orgUnitId: p.orgUnitId,
      masked: true,
      rows: list,
      columns,
    };
  });
}
