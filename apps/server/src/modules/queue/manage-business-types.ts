/** Q-01 business types per counter: list, create, update (audited). */
import type { BusinessTypeResponse, CreateBusinessTypeRequest, UpdateBusinessTypeRequest } from "@ccms/contracts";
import { DomainError, WEEKDAYS } from "@ccms/core";
import { type BusinessTypeRow, businessTypeRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, notFound } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { forgetCounterCaches } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { businessTypeView } from "./queue-views.js";

export async function listBusinessTypes(ctx: AppContext, p: Principal, counterId: string): Promise<{ items: BusinessTypeResponse[] }> {
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  return { items: (await businessTypeRepository.list(ctx.database.db, counter.id)).map(businessTypeView) };
}

const days = (d: readonly string[]) => WEEKDAYS.filter((w) => d.includes(w));

export async function createBusinessType(ctx: AppContext, p: Principal, counterId: string, input: CreateBusinessTypeRequest): Promise<BusinessTypeResponse> {
  requireQueuePermission(p, "queue.manage");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.tx(async (tx) => {
    if (await businessTypeRepository.findByCode(tx, counter.id, input.code)) {
      throw new DomainError("conflict", "business_type_exists", `Business type ${input.code} exists`, { code: input.code });
    }
    const row: BusinessTypeRow = {
      id: ulid(),
      counter_id: counter.id,
      code: input.code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      prefix: input.prefix,
      active: input.active === false ? 0 : 1,
      served_days: JSON.stringify(days(input.servedDays ?? WEEKDAYS)),
      sort_order: input.sortOrder ?? 100,
      created_at: at,
      updated_at: at,
    };
    await businessTypeRepository.insertIfAbsent(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "businessType.created", entityType: "business_type", entityId: row.id, orgUnitId: counter.id, details: input });
    forgetCounterCaches(counter.id);
    return businessTypeView(row);
  });
}

export async function updateBusinessType(ctx: AppContext, p: Principal, id: string, input: UpdateBusinessTypeRequest): Promise<BusinessTypeResponse> {
  requireQueuePermission(p, "queue.manage");
  const ex = ctx.database.db;
  const existing = await businessTypeRepository.findById(ex, id);
  if (!existing) throw notFound("business_type", id);
  const counter = await counterInScope(ex, p, existing.counter_id).catch(() => {
    throw notFound("business_type", id);
  });
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.tx(async (tx) => {
    const patch: Partial<BusinessTypeRow> = { updated_at: at };
    if (input.nameZh !== undefined) patch.name_zh = input.nameZh;
    if (input.nameEn !== undefined) patch.name_en = input.nameEn;
    if (input.prefix !== undefined) patch.prefix = input.prefix;
    if (input.active !== undefined) patch.active = input.active ? 1 : 0;
    if (input.servedDays !== undefined) patch.served_days = JSON.stringify(days(input.servedDays));
    if (input.sortOrder !== undefined) patch.sort_order = input.sortOrder;
    await businessTypeRepository.update(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "businessType.updated", entityType: "business_type", entityId: id, orgUnitId: counter.id, details: input });
    forgetCounterCaches(counter.id);
    return businessTypeView({ ...existing, ...patch });
  });
}
