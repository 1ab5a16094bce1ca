/**
 * I-04 a periodic report as a printable PDF (issue 16 item 3): the report of the unit, period and
 * template laid out by render-report-pdf.ts, in a heavy-work slot like every export, and audited as
 * an export (K-09: who, what, filter, format) before it is sent. Times are the unit's local times.
 */
import type { ReportPeriodKind } from "@ccms/contracts";
import { localDateOf, localTimeOf } from "@ccms/core";
import { caseCauseRepository } from "@ccms/db";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { withHeavySlot } from "../control/data-export.js";
import { renderReportPdf } from "./render-report-pdf.js";
import { buildPeriodicReport } from "./view-periodic-report.js";

const localText = (instant: Date, tz: string) => `${localDateOf(instant, tz)} ${localTimeOf(instant, tz)}`;

function contentDisposition(stem: string): string {
  const name = `${stem}.pdf`;
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replaceAll('"', "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function printPeriodicReport(
  ctx: AppContext,
  principal: Principal | null,
  reply: FastifyReply,
  q: { orgUnitId?: string | undefined; period: ReportPeriodKind; date: string; template?: string | undefined },
): Promise<FastifyReply> {
  const p = requirePermission(principal, "reporting.read");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return withHeavySlot(ctx, p, reply, async () => {
    const report = await buildPeriodicReport(ctx, unit, q.period, q.date, q.template);
    const now = ctx.clock.now();
    const pdf = await renderReportPdf(report, report.sections, {
      now,
      printedAt: localText(now, unit.timeZone),
      printedBy: p.displayName,
      submittedAt: report.submittedAt ? localText(new Date(report.submittedAt), unit.timeZone) : null,
      texts: report.texts,
      causeNames: await caseCauseRepository.namesZh(ctx.database.db),
    });
    const title = `${unit.name}${report.title}（${report.from}至${report.to}）`;
    // K-09 every export is attributable
    await ctx.tx((tx) =>
      appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: "data.exported",
        entityType: "export",
        entityId: "periodic-report",
        orgUnitId: unit.id,
        details: { kind: "periodic-report", title, format: "pdf", filter: { orgUnitId: unit.id, period: q.period, date: q.date, template: report.template }, rows: report.kpis.length + report.units.length, truncated: false, masked: true },
      }),
    );
    return reply.header("content-type", "application/pdf").header("content-disposition", contentDisposition(title)).header("cache-control", "no-store").send(pdf);
  });
}
