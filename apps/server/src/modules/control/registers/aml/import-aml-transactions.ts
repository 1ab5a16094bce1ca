/**
 * POST /api/v1/control/aml/transactions/import — K-10 CSV with a fixed header; all-or-nothing (any bad
 * line → 400 csv_invalid naming the lines), audited.
 */
import { DomainError } from "@ccms/core";
import { type AmlTransactionRow, amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { buildAmlTransactionRow } from "./build-aml-transaction-row.js";
import { findAmlThresholds } from "./find-aml-thresholds.js";
import { parseCsv } from "./parse-csv.js";

const CSV_HEADER = ["occurredAt", "direction", "method", "amountFen", "customerName", "customerIdType", "customerIdNo", "identified", "policyNo", "suspiciousReasons", "note"];

export async function importAmlTransactions(ctx: AppContext, p: UserPrincipal, body: { counterId: string; csv: string }) {
  requirePermission(p, "aml.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const rows = parseCsv(body.csv);
  const header = rows[0]?.map((h) => h.trim());
  if (!header || CSV_HEADER.some((h, i) => header[i] !== h)) throw new DomainError("validation", "csv_header_invalid", "Unexpected CSV header", { expected: CSV_HEADER.join(","), got: header?.join(",") ?? "" });
  const now = ctx.clock.now();
  const thresholds = await findAmlThresholds(ex, counter);
  const errors: Array<{ line: number; code: string; field?: string }> = [];
  const out: AmlTransactionRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const v = (k: string) => (cells[CSV_HEADER.indexOf(k)] ?? "").trim();
    const at = new Date(v("occurredAt"));
    const amount = Number(v("amountFen"));
    if (cells.length !== CSV_HEADER.length) return errors.push({ line, code: "column_count" });
    if (Number.isNaN(at.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(v("occurredAt"))) return errors.push({ line, code: "invalid", field: "occurredAt" });
    if (at.getTime() > now.getTime()) return errors.push({ line, code: "in_future", field: "occurredAt" });
    const direction = v("direction");
    const method = v("method");
    if (direction !== "receipt" && direction !== "payment") return errors.push({ line, code: "invalid", field: "direction" });
    if (method !== "cash" && method !== "transfer") return errors.push({ line, code: "invalid", field: "method" });
    if (!Number.isSafeInteger(amount) || amount <= 0) return errors.push({ line, code: "invalid", field: "amountFen" });
    for (const f of ["customerName", "customerIdType", "customerIdNo"]) if (!v(f)) return errors.push({ line, code: "required", field: f });
    if (!["true", "false", "1", "0", "是", "否"].includes(v("identified"))) return errors.push({ line, code: "invalid", field: "identified" });
    out.push(
      buildAmlTransactionRow(
        counter.id,
        {
          occurredAt: at.toISOString(),
          direction,
          method,
          amountFen: amount,
          customerName: v("customerName"),
          customerIdType: v("customerIdType"),
          customerIdNo: v("customerIdNo"),
          identified: ["true", "1", "是"].includes(v("identified")),
          policyNo: v("policyNo") || undefined,
          suspiciousReasons: v("suspiciousReasons") ? v("suspiciousReasons").split("|") : [],
          note: v("note") || undefined,
        },
        thresholds,
        p.userId,
        now,
      ),
    );
    return undefined;
  });
  if (rows.length < 2) errors.push({ line: 1, code: "no_rows" });
  if (errors.length > 0) throw new DomainError("validation", "csv_invalid", "Some lines are invalid; nothing was imported", { errors: errors.slice(0, 100) });
  await ctx.tx(async (tx) => {
    for (const r of out) await amlRepository.insertTransaction(tx, r);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.transactions_imported", entityType: "aml_transaction", entityId: null, orgUnitId: counter.id, details: { count: out.length } });
  });
  return { imported: out.length, largeAmount: out.filter((r) => r.large_amount === 1).length, suspicious: out.filter((r) => r.suspicious === 1).length };
}
