/** Helpers shared by the daily-operations and control-register use cases (scope, dates, names, xlsx). */
import { DomainError, localDateOf } from "@ccms/core";
import { type Executor, type OrgUnit, orgUnitRepository } from "@ccms/db";
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import type { Kysely } from "kysely";
import { type UserPrincipal, notFound, unitInScope } from "../../http/principal.js";

/** A counter in the caller's subtree (404 outside it, ORG-01; 400 when the unit is not a counter). */
export async function counterInScope(ex: Executor, p: UserPrincipal, id: string): Promise<OrgUnit> {
  const unit = await unitInScope(ex, p, id);
  if (unit.kind !== "counter") throw new DomainError("validation", "not_a_counter", "This needs a counter", { id });
  return unit;
}

/** Counters the caller may see: the given one, or every counter in their subtree. */
export async function counterIdsInScope(ex: Executor, p: UserPrincipal, counterId?: string): Promise<string[]> {
  if (counterId) return [(await counterInScope(ex, p, counterId)).id];
  return (await orgUnitRepository.listSubtree(ex, p.scopePath)).filter((u) => u.kind === "counter").map((u) => u.id);
}

export function businessDateOf(unit: OrgUnit, now: Date): string {
  return localDateOf(now, unit.timeZone);
}

export interface UserLite {
  id: string;
  displayName: string;
  orgUnitId: string;
  active: boolean;
  path: string;
}

export async function usersByIds(ex: Executor, ids: readonly string[]): Promise<Map<string, UserLite>> {
  const uniq = [...new Set(ids.filter((i) => i))];
  if (uniq.length === 0) return new Map();
  const rows = await (ex as unknown as Kysely<any>)
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id as id", "users.display_name as display_name", "users.org_unit_id as org_unit_id", "users.active as active", "org_units.path as path"])
    .where("users.id", "in", uniq)
    .execute();
  return new Map(
    rows.map((r: any) => [r.id as string, { id: r.id, displayName: r.display_name, orgUnitId: r.org_unit_id, active: Number(r.active) === 1, path: r.path }]),
  );
}

/** A person named in a request must exist and sit in the caller's subtree (else 404 user_not_found). */
export async function userInScope(ex: Executor, p: UserPrincipal, userId: string): Promise<UserLite> {
  const u = (await usersByIds(ex, [userId])).get(userId);
  if (!u || !u.path.startsWith(p.scopePath)) throw notFound("user", userId);
  return u;
}

/** A person who works at (or above) the counter: the counter's own staff or its ancestors' staff. */
export async function userAtCounter(ex: Executor, p: UserPrincipal, userId: string, counter: OrgUnit): Promise<UserLite> {
  const u = await userInScope(ex, p, userId);
  if (!counter.path.startsWith(u.path) && u.orgUnitId !== counter.id) {
    throw new DomainError("unprocessable", "user_not_at_counter", "This person does not work at this counter", { userId, counterId: counter.id });
  }
  return u;
}

export function parseJson<T>(s: string | null | undefined, fallback: T): T {
  if (s === null || s === undefined || s === "") return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export const bool = (n: number | null | undefined): boolean => Number(n) === 1;

export interface XlsxColumn<R> {
  header: string;
  width?: number;
  value: (r: R) => string | number | boolean | null | undefined;
}

/** Build and send an xlsx workbook with one sheet. */
export async function sendXlsx<R>(reply: FastifyReply, filename: string, sheetName: string, columns: ReadonlyArray<XlsxColumn<R>>, rows: readonly R[]): Promise<FastifyReply> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCMS";
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 18 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const rec: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const v = c.value(r);
      rec[`c${i}`] = typeof v === "boolean" ? (v ? "是" : "否") : (v ?? "");
    });
    ws.addRow(rec);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return reply
    .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .header("content-disposition", `attachment; filename="${encodeURIComponent(filename)}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}.xlsx`)
    .send(buf);
}

export const fenToYuan = (fen: number): string => (fen / 100).toFixed(2);
