/** K-13 the fixed-asset register: every asset with a named custodian; handovers recorded (move, exit, rotation); audited. */
import { type AssetHandoverReason, DomainError, assertHandoverToOther } from "@ccms/core";
import { assetRepository, orgUnitRepository } from "@ccms/db";
import type { FixedAssetView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { userAtCounter } from "../../daily-ops/staff-in-scope.js";
import { appendAudit } from "../audit.js";
import { presentAssets } from "./present-assets.js";

const REASON_WORDS: Record<AssetHandoverReason, string> = { move: "岗位调动", exit: "离职", rotation: "轮换", other: "其他" };

export async function listAssets(ctx: AppContext, p: UserPrincipal, q: { counterId: string; custodianId?: string | undefined }): Promise<{ items: FixedAssetView[] }> {
  requirePermission(p, "asset.count");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  return { items: await presentAssets(ex, await assetRepository.listAssets(ex, [counter.id], { custodianId: q.custodianId })) };
}

export async function registerAsset(
  ctx: AppContext,
  principal: UserPrincipal,
  body: { counterId: string; assetNo: string; name: string; category?: string | undefined; location?: string | undefined; quantity: number; custodianId: string; sharedHall: boolean },
): Promise<FixedAssetView> {
  const p = requirePermission(principal, "asset.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const custodian = await userAtCounter(ex, p, body.custodianId, counter);
  if (await assetRepository.findAssetByNo(ex, counter.id, body.assetNo)) throw new DomainError("conflict", "asset_no_taken", "This asset number is already registered", { assetNo: body.assetNo });
  const now = ctx.clock.now().toISOString();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await assetRepository.insertAsset(tx, { id, counter_id: counter.id, asset_no: body.assetNo, name: body.name, category: body.category ?? null, location: body.location ?? null, quantity: body.quantity, custodian_id: custodian.id, shared_hall: body.sharedHall ? 1 : 0, status: "active", created_by: p.userId, created_at: now, updated_at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), { action: "asset.registered", entityType: "fixed_asset", entityId: id, orgUnitId: counter.id, details: { 编号: body.assetNo, 名称: body.name, 数量: body.quantity, 保管人: custodian.displayName, 大厅公用: body.sharedHall ? "是" : "否" } });
  });
  return (await presentAssets(ex, [(await assetRepository.findAsset(ex, id))!]))[0]!;
}

export async function handOverAsset(ctx: AppContext, principal: UserPrincipal, id: string, body: { toUserId: string; reason: AssetHandoverReason; note?: string | undefined }): Promise<FixedAssetView> {
  const p = requirePermission(principal, "asset.manage");
  const ex = ctx.database.db;
  const asset = await assetRepository.findAsset(ex, id);
  const counter = asset ? await orgUnitRepository.findById(ex, asset.counter_id) : undefined;
  if (!asset || !counter) throw notFound("fixed_asset", id);
  assertPathInScope(p, counter.path, "fixed_asset", id);
  const to = await userAtCounter(ex, p, body.toUserId, counter);
  assertHandoverToOther(asset.custodian_id, to.id);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await assetRepository.setCustodian(tx, id, to.id, now.toISOString());
    await assetRepository.insertAssetHandover(tx, { id: ulid(), asset_id: id, counter_id: counter.id, from_user_id: asset.custodian_id, to_user_id: to.id, reason: body.reason, note: body.note ?? null, handed_at: now.toISOString(), recorded_by: p.userId });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "asset.handed_over", entityType: "fixed_asset", entityId: id, orgUnitId: counter.id, details: { 编号: asset.asset_no, 名称: asset.name, 交出: asset.custodian_name, 接收: to.displayName, 原因: REASON_WORDS[body.reason], 说明: body.note ?? "" } });
  });
  return (await presentAssets(ex, [(await assetRepository.findAsset(ex, id))!]))[0]!;
}
