/**
 * One way out for every export (K-09, I-04; issue 9 items 3–4, issue 10 item 4):
 * - attributable: each export is written to the audit log (who, what, filter, row count, format);
 * - neutralised: CSV through csv-stringify with `escape_formulas` (cells starting = + - @ are prefixed
 *   with '), xlsx through exceljs' streaming WorkbookWriter (strings are never formulas);
 * - bounded: at most `CCMS_EXPORT_ROW_CAP` rows per request, stated in `X-Row-Cap`, `X-Row-Count`
 *   and `X-Truncated`; rows are written in chunks with event-loop yields, streamed to the client;
 * - throttled: heavy reports and exports run a few at a time per user and per server; past that the
 *   answer is 429 with Retry-After;
 * - never cached: `Cache-Control: no-store` (personal data).
 */
import { PassThrough } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "./audit.js";

export type ExportFormat = "csv" | "xlsx";
export type ExportCell = string | number | boolean | null | undefined;

export interface ExportColumn<R> {
  header: string;
  width?: number;
  value: (r: R) => ExportCell;
}

export interface ExportJob<R> {
  /** Stable code of what is exported ("cases", "aml-transactions", "audit" …), in the audit entry. */
  kind: string;
  /** Audit action (default `data.exported`; the case export keeps its `case.exported`). */
  auditAction?: string;
  /** File name stem and sheet name in the users' words ("案件清单"). */
  title: string;
  sheet?: string;
  columns: ReadonlyArray<ExportColumn<R>>;
  rows: readonly R[];
  /** The filter as the caller gave it (audited). */
  filter: unknown;
  orgUnitId: string | null;
  /** Personal data masked in this export (K-09). */
  masked: boolean;
  format: ExportFormat;
}

// ---------------------------------------------------------------- heavy-work limiter
export class HeavyWorkLimiter {
  private readonly perUser = new Map<string, number>();
  private total = 0;
  constructor(
    readonly maxPerUser: number,
    readonly maxTotal: number,
  ) {}

  /** A release function, or null when the user or the server is at its limit. */
  tryAcquire(userId: string): (() => void) | null {
    const mine = this.perUser.get(userId) ?? 0;
    if (mine >= this.maxPerUser || this.total >= this.maxTotal) return null;
    this.perUser.set(userId, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const n = (this.perUser.get(userId) ?? 1) - 1;
      if (n <= 0) this.perUser.delete(userId);
      else this.perUser.set(userId, n);
    };
  }

  get running(): number {
    return this.total;
  }
}

const limiters = new WeakMap<AppContext, HeavyWorkLimiter>();
export function heavyLimiter(ctx: AppContext): HeavyWorkLimiter {
  let l = limiters.get(ctx);
  if (!l) {
    l = new HeavyWorkLimiter(ctx.config.heavyPerUser ?? 2, ctx.config.heavyPerServer ?? 4);
    limiters.set(ctx, l);
  }
  return l;
}

export const RETRY_AFTER_SECONDS = 5;

function tooBusy(reply: FastifyReply): FastifyReply {
  return reply
    .status(429)
    .header("retry-after", String(RETRY_AFTER_SECONDS))
    .header("cache-control", "no-store")
    .send({ error: { code: "too_many_heavy_requests", message: "Too many reports or exports at once; retry later", details: { retryAfterSeconds: RETRY_AFTER_SECONDS } } });
}

/**
 * Run heavy work (a report, an export) in one of the few slots per user and per server; 429 with
 * Retry-After when none is free. `fn` may hand the release over to a stream (return `{ keep: true }`
 * after calling `hold`), otherwise the slot is released when `fn` settles.
 */
export async function withHeavySlot<T>(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, fn: (hold: () => () => void) => Promise<T>): Promise<T | FastifyReply> {
  const release = heavyLimiter(ctx).tryAcquire(p.userId);
  if (!release) return tooBusy(reply);
  let held = false;
  try {
    return await fn(() => {
      held = true;
      return release;
    });
  } finally {
    if (!held) release();
  }
}

/** Yield to the event loop (other users' requests) between chunks of CPU work. */
export const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

// ---------------------------------------------------------------- writing
const CHUNK = 500;

function cellOf(v: ExportCell): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "是" : "否";
  return v;
}

function contentDisposition(stem: string, ext: string): string {
  const name = `${stem}.${ext}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replaceAll('"', "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function writeCsv<R>(out: PassThrough, columns: ReadonlyArray<ExportColumn<R>>, rows: readonly R[]): Promise<void> {
  const csv = stringify({ bom: true, escape_formulas: true, record_delimiter: "windows", quoted_match: /[\r\n"]/ });
  csv.pipe(out);
  const write = (rec: Array<string | number>) =>
    new Promise<void>((resolve, reject) => {
      if (csv.write(rec)) resolve();
      else {
        csv.once("drain", resolve);
        csv.once("error", reject);
      }
    });
  await write(columns.map((c) => c.header));
  for (let i = 0; i < rows.length; i++) {
    await write(columns.map((c) => cellOf(c.value(rows[i]!))));
    if (i % CHUNK === CHUNK - 1) await yieldToLoop();
  }
  csv.end();
}

async function writeXlsx<R>(out: PassThrough, sheet: string, columns: ReadonlyArray<ExportColumn<R>>, rows: readonly R[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "CCMS";
  const ws = wb.addWorksheet(sheet.replace(/[*?:\\/[\]]/g, " ").slice(0, 31) || "Sheet1");
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 18 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    ws.addRow(columns.map((c) => cellOf(c.value(r)))).commit();
    if (i % CHUNK === CHUNK - 1) await yieldToLoop();
  }
  ws.commit();
  await wb.commit();
}

/**
 * Audit the export, then stream it. Row cap and truncation are stated in the response headers;
 * the caller's heavy-work slot (if any) is released when the stream ends.
 */
export async function sendExport<R>(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, job: ExportJob<R>, release?: () => void): Promise<FastifyReply> {
  const cap = ctx.config.exportRowCap ?? 50_000;
  const truncated = job.rows.length > cap;
  const rows = truncated ? job.rows.slice(0, cap) : job.rows;
  const now = ctx.clock.now();
  // K-09 every export is attributable: who (the entry's actor), what, filter, row count.
  try {
    await ctx.tx((tx) =>
      appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: job.auditAction ?? "data.exported",
        entityType: "export",
        entityId: job.kind,
        orgUnitId: job.orgUnitId,
        details: { kind: job.kind, title: job.title, format: job.format, filter: job.filter ?? null, rows: rows.length, truncated, rowCap: cap, masked: job.masked },
      }),
    );
  } catch (e) {
    release?.();
    throw e;
  }
  const out = new PassThrough();
  const done = () => release?.();
  out.once("close", done);
  out.once("end", done);
  out.once("error", done);
  const write = job.format === "csv" ? writeCsv(out, job.columns, rows) : writeXlsx(out, job.sheet ?? job.title, job.columns, rows);
  write.catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return reply
    .header("content-type", job.format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .header("content-disposition", contentDisposition(job.title, job.format))
    .header("cache-control", "no-store")
    .header("x-row-cap", String(cap))
    .header("x-row-count", String(rows.length))
    .header("x-truncated", truncated ? "true" : "false")
    .header("access-control-expose-headers", "X-Row-Cap, X-Row-Count, X-Truncated")
    .send(out);
}

/** Throttled export: a heavy-work slot for the whole stream, 429 when none is free. */
export async function runExport<R>(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, build: () => Promise<ExportJob<R>>): Promise<FastifyReply> {
  const res = await withHeavySlot(ctx, p, reply, async (hold) => {
    const job = await build();
    return sendExport(ctx, p, reply, job, hold());
  });
  return res;
}
