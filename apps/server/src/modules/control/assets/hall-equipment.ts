/**
 * K-13 shared hall equipment: a rotating daily custodian (the rota in order, one person a day) counts it
 * at the daily close; the close shows whether it was counted and nothing is short. Audited.
 */
import { DomainError, hallCountShortfalls, hallCustodianOf, hallEquipmentCheck, localDateOf } from "@ccms/core";
import { type Executor, type OrgUnit, assetRepository, staffLookupRepository } from "@ccms/db";
import type { HallDayView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { userAtCounter } from "../../daily-ops/staff-in-scope.js";
import type { ExtraCloseCheck } from "../../daily-ops/extra-close-checks.js";
import { appendAudit } from "../audit.js";
import { presentAssets } from "./present-assets.js";

async function custodianOfDay(ex: Executor, counterId: string, date: string): Promise<{ rota: { startDate: string; userIds: string[] } | null; custodianId: string | null }> {
  const r = await assetRepository.rota(ex, counterId);
  const rota = r ? { startDate: r.start_date, userIds: JSON.parse(r.user_ids) as string[] } : null;
  return { rota, custodianId: hallCustodianOf(rota, date) };
}

export async function viewHallDay(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }): Promise<HallDayView> {
  requirePermission(p, "asset.count");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  return hallDay(ctx, ex, counter, q.date ?? localDateOf(ctx.clock.now(), counter.timeZone));
}

async function hallDay(_ctx: AppContext, ex: Executor, counter: OrgUnit, date: string): Promise<HallDayView> {
  const { rota, custodianId } = await custodianOfDay(ex, counter.id, date);
  const assets = await assetRepository.listAssets(ex, [counter.id], { sharedHall: true });
  const count = await assetRepository.latestHallCount(ex, counter.id, date);
  const names = new Map((await staffLookupRepository.findByIds(ex, [...(rota?.userIds ?? []), ...(count ? [count.counted_by] : [])])).map((u) => [u.id, u.displayName]));
  const byId = new Map(assets.map((a) => [a.id, a]));
  return {
    counterId: counter.id,
    date,
    rota: (rota?.userIds ?? []).map((u) => ({ userId: u, name: names.get(u) ?? "" })),
    rotaStartDate: rota?.startDate ?? null,
    custodianId,
    custodianName: custodianId ? (names.get(custodianId) ?? null) : null,
    assets: await presentAssets(ex, assets.filter((a) => a.status === "active"), false),
    count: count
      ? {
          id: count.id,
          countedByName: names.get(count.counted_by) ?? "",
          countedAt: count.counted_at,
          shortCount: count.short_count,
          lines: (JSON.parse(count.lines) as Array<{ assetId: string; expected: number; present: number }>).map((l) => ({ ...l, assetNo: byId.get(l.assetId)?.asset_no ?? "", name: byId.get(l.assetId)?.name ?? "" })),
        }
      : null,
  };
}

export async function saveHallRota(ctx: AppContext, principal: UserPrincipal, body: { counterId: string; startDate: string; userIds: string[] }): Promise<HallDayView> {
  const p = requirePermission(principal, "asset.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const people: Array<{ displayName: string }> = [];
  for (const u of body.userIds) people.push(await userAtCounter(ex, p, u, counter));
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await assetRepository.saveRota(tx, { counter_id: counter.id, start_date: body.startDate, user_ids: JSON.stringify(body.userIds), updated_by: p.userId, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "hall_rota.saved", entityType: "org_unit", entityId: counter.id, orgUnitId: counter.id, details: { 网点: counter.name, 起始日: body.startDate, 轮值人员: people.map((x) => x.displayName).join("、") } });
  });
  return hallDay(ctx, ex, counter, localDateOf(now, counter.timeZone));
}

export async function recordHallCount(ctx: AppContext, principal: UserPrincipal, body: { counterId: string; date?: string | undefined; lines: Array<{ assetId: string; present: number }> }): Promise<HallDayView> {
  const p = requirePermission(principal, "asset.count");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const date = body.date ?? localDateOf(now, counter.timeZone);
  const { custodianId } = await custodianOfDay(ex, counter.id, date);
  if (!custodianId) throw new DomainError("unprocessable", "hall_rota_missing", "Set the hall custodian rota first", { rule: "K-13" });
  if (custodianId !== p.userId && !p.permissions.has("asset.manage")) {
    throw new DomainError("forbidden", "hall_count_not_custodian", "The day's hall custodian counts the shared equipment", { rule: "K-13" });
  }
  const assets = new Map((await assetRepository.listAssets(ex, [counter.id], { sharedHall: true })).filter((a) => a.status === "active").map((a) => [a.id, a]));
  const lines = body.lines.map((l) => {
    const a = assets.get(l.assetId);
    if (!a) throw new DomainError("validation", "hall_asset_unknown", "Not shared hall equipment of this counter", { assetId: l.assetId });
    return { assetId: a.id, expected: a.quantity, present: l.present };
  });
  const missing = [...assets.keys()].filter((id) => !lines.some((l) => l.assetId === id));
  if (missing.length) throw new DomainError("validation", "hall_count_incomplete", "Count every piece of shared hall equipment", { missing });
  const short = hallCountShortfalls(lines);
  await ctx.tx(async (tx) => {
    const id = ulid();
    await assetRepository.insertHallCount(tx, { id, counter_id: counter.id, business_date: date, custodian_id: custodianId, lines: JSON.stringify(lines), short_count: short.length, counted_by: p.userId, counted_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "hall_equipment.counted",
      entityType: "org_unit",
      entityId: counter.id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 日期: date, 清点人: p.displayName, 短缺: short.map((s) => `${assets.get(s.assetId)?.name ?? ""} 应有${s.expected} 实有${s.present}`).join("；") || "无" },
    });
  });
  return hallDay(ctx, ex, counter, date);
}

/** K-13 daily-close check: shared hall equipment counted that day and nothing short (informational). */
export const hallEquipmentCloseCheck: ExtraCloseCheck = async (ex, counter, date) => {
  const n = await assetRepository.countHallAssets(ex, counter.id);
  if (n === 0) return null;
  const count = await assetRepository.latestHallCount(ex, counter.id, date);
  return hallEquipmentCheck(n, count ? { custodianId: count.custodian_id, lines: JSON.parse(count.lines) as Array<{ assetId: string; expected: number; present: number }> } : null);
};
