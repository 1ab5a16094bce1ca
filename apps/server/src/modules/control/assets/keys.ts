/**
 * K-13 door keys and the alarm code: registered to and handed over only between the counter's director
 * and deputy (others refused with key_holder_not_allowed); every handover recorded and audited.
 */
import { type KeyKind, DomainError, assertHandoverToOther, assertMayHoldKeys } from "@ccms/core";
import { type Executor, type OrgUnit, assetRepository, orgUnitRepository, userRepository } from "@ccms/db";
import type { KeyHoldingView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { appendAudit } from "../audit.js";
import { presentKeys } from "./present-assets.js";

const KIND_WORDS: Record<KeyKind, string> = { main_door_key: "大门钥匙", auto_door_key: "自动门钥匙", alarm_code: "报警器密码" };

async function eligibleHolder(ex: Executor, p: UserPrincipal, userId: string, counter: OrgUnit) {
  const user = await userRepository.findById(ex, userId);
  const unit = user ? await orgUnitRepository.findById(ex, user.orgUnitId) : undefined;
  if (!user || !unit || !unit.path.startsWith(p.scopePath)) throw notFound("user", userId);
  assertMayHoldKeys({ roles: user.roles, counterId: user.orgUnitId, active: user.active }, counter.id);
  return user;
}

export async function listKeys(ctx: AppContext, p: UserPrincipal, counterId: string): Promise<{ items: KeyHoldingView[] }> {
  requirePermission(p, "asset.count");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  return { items: await presentKeys(ex, await assetRepository.listKeys(ex, [counter.id])) };
}

export async function registerKey(ctx: AppContext, principal: UserPrincipal, body: { counterId: string; kind: KeyKind; label: string; holderId: string }): Promise<KeyHoldingView> {
  const p = requirePermission(principal, "keys.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const holder = await eligibleHolder(ex, p, body.holderId, counter);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await assetRepository.insertKey(tx, { id, counter_id: counter.id, kind: body.kind, label: body.label, holder_id: holder.id, created_at: now.toISOString(), updated_at: now.toISOString() });
    await assetRepository.insertKeyHandover(tx, { id: ulid(), key_id: id, counter_id: counter.id, from_user_id: null, to_user_id: holder.id, note: "登记", handed_at: now.toISOString(), recorded_by: p.userId });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "key.registered", entityType: "key_holding", entityId: id, orgUnitId: counter.id, details: { 类别: KIND_WORDS[body.kind], 名称: body.label, 保管人: holder.displayName } });
  });
  return (await presentKeys(ex, [(await assetRepository.findKey(ex, id))!]))[0]!;
}

export async function handOverKey(ctx: AppContext, principal: UserPrincipal, id: string, body: { toUserId: string; note?: string | undefined }): Promise<KeyHoldingView> {
  const p = requirePermission(principal, "keys.manage");
  const ex = ctx.database.db;
  const key = await assetRepository.findKey(ex, id);
  const counter = key ? await orgUnitRepository.findById(ex, key.counter_id) : undefined;
  if (!key || !counter) throw notFound("key_holding", id);
  assertPathInScope(p, counter.path, "key_holding", id);
  const to = await eligibleHolder(ex, p, body.toUserId, counter);
  assertHandoverToOther(key.holder_id, to.id);
  if (key.holder_id && key.holder_id !== p.userId && !p.roles.includes("counterManager")) {
    throw new DomainError("forbidden", "key_handover_not_holder", "Only the holder or the director hands a key over", { rule: "K-13" });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await assetRepository.setKeyHolder(tx, id, to.id, now.toISOString());
    await assetRepository.insertKeyHandover(tx, { id: ulid(), key_id: id, counter_id: counter.id, from_user_id: key.holder_id, to_user_id: to.id, note: body.note ?? null, handed_at: now.toISOString(), recorded_by: p.userId });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "key.handed_over", entityType: "key_holding", entityId: id, orgUnitId: counter.id, details: { 类别: KIND_WORDS[key.kind], 名称: key.label, 交出: key.holder_name ?? "", 接收: to.displayName, 说明: body.note ?? "" } });
  });
  return (await presentKeys(ex, [(await assetRepository.findKey(ex, id))!]))[0]!;
}
