/**
 * K-10 AML register: large-amount receipts/payments (thresholds per unit, inherited downwards),
 * entered or imported from CSV (all-or-nothing), suspicious flags with reasons and reporting,
 * periodic report, self-inspection with rectification rate and a deadline below 100%.
 */
import { DEFAULT_AML_THRESHOLDS, DomainError, ancestorIds, assertRectificationDeadline, isLargeAmount, localDateOf, maskIdNo, maskName, maskPersonalData, rectificationRate, zonedInstant } from "@ccms/core";
import { type Executor, type OrgUnit, type RegisterRow, controlTables, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { addDays } from "@ccms/core";
import { counterIdsInScope, counterInScope, parseJson } from "../../daily-ops/ops-shared.js";

export async function thresholdsFor(ex: Executor, unit: OrgUnit) {
  const chain = ancestorIds(unit.path).reverse(); // nearest first
  for (const id of chain) {
    const s = await controlTables.amlSettings.findById(ex, id, "org_unit_id");
    if (s) return { sourceUnitId: id, cashThresholdFen: Number(s.cash_threshold_fen), transferThresholdFen: Number(s.transfer_threshold_fen) };
  }
  return { sourceUnitId: null, ...DEFAULT_AML_THRESHOLDS };
}

export async function getAmlSettings(ctx: AppContext, p: UserPrincipal, unitId: string) {
  requirePermission(p, "control.read");
  const unit = await unitInScope(ctx.database.db, p, unitId);
  return { unitId: unit.id, ...(await thresholdsFor(ctx.database.db, unit)) };
}

export async function putAmlSettings(ctx: AppContext, p: UserPrincipal, body: { unitId: string; cashThresholdFen: number; transferThresholdFen: number }) {
  requirePermission(p, "aml.manage");
  const unit = await unitInScope(ctx.database.db, p, body.unitId);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = { cash_threshold_fen: body.cashThresholdFen, transfer_threshold_fen: body.transferThresholdFen, updated_by: p.userId, updated_at: now.toISOString() };
    const n = await controlTables.amlSettings.update(tx, unit.id, row, "org_unit_id");
    if (n === 0) await controlTables.amlSettings.insert(tx, { org_unit_id: unit.id, ...row });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.settings_changed", entityType: "aml_settings", entityId: unit.id, orgUnitId: unit.id, details: body });
  });
  return getAmlSettings(ctx, p, unit.id);
}

type TxRow = RegisterRow<"aml_transactions">;
/**
 * K-09 the customer's name and ID number (and any number typed into the note or reasons) are masked
 * in every list, response and export — holding `customer.unmask` is not enough: one record at a
 * time, with a reason, through unmaskAmlTransaction (audited).
 */
function presentTx(r: TxRow, unmask = false) {
  return {
    id: r.id,
    counterId: r.counter_id,
    occurredAt: r.occurred_at,
    direction: r.direction as "receipt" | "payment",
    method: r.method as "cash" | "transfer",
    amountFen: Number(r.amount_fen),
    customerName: unmask ? r.customer_name : (maskName(r.customer_name) ?? ""),
    customerIdType: r.customer_id_type,
    customerIdNo: unmask ? r.customer_id_no : (maskIdNo(r.customer_id_no) ?? ""),
    identified: r.identified === 1,
    policyNo: r.policy_no,
    largeAmount: r.large_amount === 1,
    suspicious: r.suspicious === 1,
    suspiciousReasons: parseJson<string[]>(r.suspicious_reasons, []).map((x) => (unmask ? x : maskPersonalData(x))),
    reportedAt: r.reported_at,
    reportRef: r.report_ref,
    note: unmask ? r.note : maskPersonalData(r.note),
    masked: !unmask,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}

export interface AmlTxInput {
  occurredAt: string;
  direction: "receipt" | "payment";
  method: "cash" | "transfer";
  amountFen: number;
  customerName: string;
  customerIdType: string;
  customerIdNo: string;
  identified: boolean;
  policyNo?: string | undefined;
  suspiciousReasons?: string[] | undefined;
  note?: string | undefined;
}

function txRow(counterId: string, t: AmlTxInput, thresholds: { cashThresholdFen: number; transferThresholdFen: number }, by: string, now: Date): TxRow {
  const reasons = (t.suspiciousReasons ?? []).filter((r) => r.trim());
  return {
    id: ulid(),
    counter_id: counterId,
    occurred_at: new Date(t.occurredAt).toISOString(),
    direction: t.direction,
    method: t.method,
    amount_fen: t.amountFen,
    customer_name: t.customerName,
    customer_id_type: t.customerIdType,
    customer_id_no: t.customerIdNo,
    identified: t.identified ? 1 : 0,
    policy_no: t.policyNo ?? null,
    large_amount: isLargeAmount(t.method, t.amountFen, thresholds) ? 1 : 0,
    suspicious: reasons.length > 0 ? 1 : 0,
    suspicious_reasons: JSON.stringify(reasons),
    reported_at: null,
    report_ref: null,
    note: t.note ?? null,
    recorded_by: by,
    created_at: now.toISOString(),
  };
}

export async function recordAmlTransaction(ctx: AppContext, p: UserPrincipal, body: AmlTxInput & { counterId: string }) {
  requirePermission(p, "aml.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  if (new Date(body.occurredAt).getTime() > now.getTime()) throw new DomainError("validation", "occurred_in_future", "occurredAt is in the future");
  const row = txRow(counter.id, body, await thresholdsFor(ex, counter), p.userId, now);
  await ctx.tx(async (tx) => {
    await controlTables.amlTransactions.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.transaction_recorded", entityType: "aml_transaction", entityId: row.id, orgUnitId: counter.id, details: { amountFen: body.amountFen, largeAmount: row.large_amount === 1, suspicious: row.suspicious === 1 } });
  });
  return presentTx(row);
}

const CSV_HEADER = ["occurredAt", "direction", "method", "amountFen", "customerName", "customerIdType", "customerIdNo", "identified", "policyNo", "suspiciousReasons", "note"];

/** Minimal RFC-4180 CSV parser (quotes, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let q = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else q = false;
      } else cell += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

export async function importAmlTransactions(ctx: AppContext, p: UserPrincipal, body: { counterId: string; csv: string }) {
  requirePermission(p, "aml.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const rows = parseCsv(body.csv);
  const header = rows[0]?.map((h) => h.trim());
  if (!header || CSV_HEADER.some((h, i) => header[i] !== h)) throw new DomainError("validation", "csv_header_invalid", "Unexpected CSV header", { expected: CSV_HEADER.join(","), got: header?.join(",") ?? "" });
  const now = ctx.clock.now();
  const thresholds = await thresholdsFor(ex, counter);
  const errors: Array<{ line: number; code: string; field?: string }> = [];
  const out: TxRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const v = (k: string) => (cells[CSV_HEADER.indexOf(k)] ?? "").trim();
    const at = new Date(v("occurredAt"));
    const amount = Number(v("amountFen"));
    if (cells.length !== CSV_HEADER.length) return errors.push({ line, code: "column_count" });
    if (Number.isNaN(at.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(v("occurredAt"))) return errors.push({ line, code: "invalid", field: "occurredAt" });
    if (at.getTime() > now.getTime()) return errors.push({ line, code: "in_future", field: "occurredAt" });
    if (v("direction") !== "receipt" && v("direction") !== "payment") return errors.push({ line, code: "invalid", field: "direction" });
    if (v("method") !== "cash" && v("method") !== "transfer") return errors.push({ line, code: "invalid", field: "method" });
    if (!Number.isSafeInteger(amount) || amount <= 0) return errors.push({ line, code: "invalid", field: "amountFen" });
    for (const f of ["customerName", "customerIdType", "customerIdNo"]) if (!v(f)) return errors.push({ line, code: "required", field: f });
    if (!["true", "false", "1", "0", "是", "否"].includes(v("identified"))) return errors.push({ line, code: "invalid", field: "identified" });
    out.push(
      txRow(
        counter.id,
        {
          occurredAt: at.toISOString(),
          direction: v("direction") as "receipt" | "payment",
          method: v("method") as "cash" | "transfer",
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
    for (const r of out) await controlTables.amlTransactions.insert(tx, r);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.transactions_imported", entityType: "aml_transaction", entityId: null, orgUnitId: counter.id, details: { count: out.length } });
  });
  return { imported: out.length, largeAmount: out.filter((r) => r.large_amount === 1).length, suspicious: out.filter((r) => r.suspicious === 1).length };
}

async function loadTx(ctx: AppContext, p: UserPrincipal, id: string): Promise<TxRow> {
  const r = await controlTables.amlTransactions.findById(ctx.database.db, id);
  if (!r) throw notFound("aml_transaction", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("aml_transaction", id);
  });
  return r;
}

export async function flagAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, body: { reasons: string[] }) {
  requirePermission(p, "aml.manage");
  const r = await loadTx(ctx, p, id);
  const reasons = [...new Set([...parseJson<string[]>(r.suspicious_reasons, []), ...body.reasons])];
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await controlTables.amlTransactions.update(tx, id, { suspicious: 1, suspicious_reasons: JSON.stringify(reasons) });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.flagged", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reasons: body.reasons } });
  });
  return presentTx((await controlTables.amlTransactions.findById(ctx.database.db, id))!);
}

export async function reportAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, body: { reportRef: string }) {
  requirePermission(p, "aml.manage");
  const r = await loadTx(ctx, p, id);
  if (r.suspicious !== 1) throw new DomainError("conflict", "aml_not_suspicious", "Only a suspicious transaction is reported");
  if (r.reported_at) throw new DomainError("conflict", "aml_already_reported", "Already reported");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await controlTables.amlTransactions.update(tx, id, { reported_at: now.toISOString(), report_ref: body.reportRef });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.reported", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reportRef: body.reportRef } });
  });
  return presentTx((await controlTables.amlTransactions.findById(ctx.database.db, id))!);
}

function dateBounds(from?: string, to?: string) {
  // Instants are UTC; a local date range in Asia/Shanghai is widened by the zone offset.
  return {
    from: from ? zonedInstant(from, "00:00", "Asia/Shanghai").toISOString() : undefined,
    to: to ? zonedInstant(addDays(to, 1), "00:00", "Asia/Shanghai", -1).toISOString() : undefined,
  };
}

export async function listAmlTransactions(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; largeAmount?: string | undefined; suspicious?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const b = dateBounds(q.from, q.to);
  const rows = await controlTables.amlTransactions.list(ex, {
    counterIds: await counterIdsInScope(ex, p, q.counterId),
    rangeColumn: "occurred_at",
    from: b.from,
    to: b.to,
    eq: { large_amount: q.largeAmount === undefined ? undefined : q.largeAmount === "true" ? 1 : 0, suspicious: q.suspicious === undefined ? undefined : q.suspicious === "true" ? 1 : 0 },
    orderBy: "occurred_at",
    desc: true,
    limit: 5000,
  });
  return { items: rows.map((r) => presentTx(r)) };
}

/** K-09 one transaction's customer in full: `customer.unmask` and a reason, audited (never the data itself). */
export async function unmaskAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, reason: string) {
  requirePermission(p, "control.read");
  const r = await loadTx(ctx, p, id);
  requirePermission(p, "customer.unmask");
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "customer.unmasked", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reason } }),
  );
  return presentTx(r, true);
}

export async function amlReport(ctx: AppContext, p: UserPrincipal, q: { unitId: string; from: string; to: string }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.unitId);
  if (q.from > q.to) throw new DomainError("validation", "range_reversed", "from is after to");
  const counters = (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => u.kind === "counter").map((u) => u.id);
  const b = dateBounds(q.from, q.to);
  const rows = await controlTables.amlTransactions.list(ex, { counterIds: counters, rangeColumn: "occurred_at", from: b.from, to: b.to });
  const large = rows.filter((r) => r.large_amount === 1);
  const susp = rows.filter((r) => r.suspicious === 1);
  return {
    unitId: unit.id,
    from: q.from,
    to: q.to,
    total: rows.length,
    largeAmount: { count: large.length, amountFen: large.reduce((s, r) => s + Number(r.amount_fen), 0), cash: large.filter((r) => r.method === "cash").length, transfer: large.filter((r) => r.method === "transfer").length },
    suspicious: { count: susp.length, reported: susp.filter((r) => r.reported_at).length, unreported: susp.filter((r) => !r.reported_at).length },
    unidentified: rows.filter((r) => r.identified !== 1).length,
    byCounter: counters
      .map((c) => ({ counterId: c, total: rows.filter((r) => r.counter_id === c).length, largeAmount: large.filter((r) => r.counter_id === c).length, suspicious: susp.filter((r) => r.counter_id === c).length }))
      .filter((c) => c.total > 0),
  };
}

// ---------------------------------------------------------------- self-inspection

type SelfItem = { text: string; compliant: boolean; rectified: boolean; note?: string };
async function presentSelf(ctx: AppContext, rows: Array<RegisterRow<"aml_self_inspections">>) {
  const units = await orgUnitRepository.findByIds(ctx.database.db, [...new Set(rows.map((r) => r.counter_id))]);
  const now = ctx.clock.now();
  return rows.map((r) => {
    const items = parseJson<SelfItem[]>(r.items, []);
    const rate = rectificationRate(items);
    const tz = units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai";
    return {
      id: r.id,
      counterId: r.counter_id,
      period: r.period,
      items,
      nonCompliant: rate.nonCompliant,
      rectified: rate.rectified,
      rectificationRate: rate.rate,
      rectificationDeadline: r.rectification_deadline,
      overdue: rate.rate < 100 && !!r.rectification_deadline && localDateOf(now, tz) > r.rectification_deadline,
      recordedById: r.recorded_by,
      createdAt: r.created_at,
    };
  });
}

export async function recordAmlSelfInspection(ctx: AppContext, p: UserPrincipal, body: { counterId: string; period: string; items: SelfItem[]; rectificationDeadline?: string | undefined }) {
  requirePermission(p, "aml.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const items = body.items.map((i) => ({ ...i, rectified: i.compliant ? false : i.rectified }));
  const rate = rectificationRate(items);
  assertRectificationDeadline(rate.rate, body.rectificationDeadline);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await controlTables.amlSelfInspections.insert(tx, { id, counter_id: counter.id, period: body.period, items: JSON.stringify(items), rectification_deadline: body.rectificationDeadline ?? null, recorded_by: p.userId, created_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.self_inspection_recorded", entityType: "aml_self_inspection", entityId: id, orgUnitId: counter.id, details: { period: body.period, rate: rate.rate } });
  });
  return (await presentSelf(ctx, [(await controlTables.amlSelfInspections.findById(ctx.database.db, id))!]))[0]!;
}

export async function rectifyAmlItem(ctx: AppContext, p: UserPrincipal, id: string, index: number, body: { note: string }) {
  requirePermission(p, "aml.manage");
  const r = await controlTables.amlSelfInspections.findById(ctx.database.db, id);
  if (!r) throw notFound("aml_self_inspection", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("aml_self_inspection", id);
  });
  const items = parseJson<SelfItem[]>(r.items, []);
  const it = items[index];
  if (!it) throw notFound("aml_self_inspection_item", `${id}/${index}`);
  if (it.compliant || it.rectified) throw new DomainError("conflict", "aml_item_not_open", "Nothing to rectify on this item");
  it.rectified = true;
  it.note = body.note;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await controlTables.amlSelfInspections.update(tx, id, { items: JSON.stringify(items) });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.item_rectified", entityType: "aml_self_inspection", entityId: id, orgUnitId: r.counter_id, details: { index } });
  });
  return (await presentSelf(ctx, [(await controlTables.amlSelfInspections.findById(ctx.database.db, id))!]))[0]!;
}

export async function listAmlSelfInspections(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  return { items: await presentSelf(ctx, await controlTables.amlSelfInspections.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), orderBy: "created_at", desc: true })) };
}
