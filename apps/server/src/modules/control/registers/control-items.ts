/**
 * K-01…K-05 seals and controlled documents: inventory per counter (type, serial ranges), custody
 * per person, issue / return / handover with counting (已清点), usage log with a required document
 * reference (K-03), losses with the monthly rule (K-04), all audited.
 */
import {
  COUNTED_MARK,
  type ControlItemStatus,
  DomainError,
  assertItemActive,
  assertItemHeldBy,
  assertRangeWithin,
  assertSerialRange,
  assertUsageReference,
  documentCompensationDue,
  documentsLostBy,
  lossFindingKind,
  monthOf,
  monthlyDocumentLossCount,
  rangesOverlap,
  serialInRange,
  serialRangeQuantity,
  splitSerialRange,
} from "@ccms/core";
import type { RegisterControlItemRequest } from "@ccms/contracts";
import { type DB, type Executor, type OrgUnit, type RegisterRow, controlTables } from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { businessDateOf, counterIdsInScope, counterInScope, userAtCounter, usersByIds } from "../../daily-ops/ops-shared.js";
import { raiseFinding } from "./findings.js";

type ItemRow = RegisterRow<"control_items">;

export async function presentItems(ex: Executor, rows: ItemRow[]) {
  const names = await usersByIds(ex, rows.map((r) => r.custodian_id ?? ""));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    kind: r.kind as "seal" | "document",
    itemType: r.item_type,
    name: r.name,
    prefix: r.prefix,
    serialFrom: r.serial_from,
    serialTo: r.serial_to,
    quantity: r.quantity,
    custodianId: r.custodian_id,
    custodianName: r.custodian_id ? (names.get(r.custodian_id)?.displayName ?? null) : null,
    inSafe: r.in_safe === 1,
    status: r.status as ControlItemStatus,
    parentId: r.parent_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

async function loadItem(ex: Executor, p: UserPrincipal, id: string): Promise<{ item: ItemRow; counter: OrgUnit }> {
  const item = await controlTables.items.findById(ex, id);
  if (!item) throw notFound("control_item", id);
  const counter = await counterInScope(ex, p, item.counter_id).catch(() => {
    throw notFound("control_item", id);
  });
  return { item, counter };
}

async function movement(
  tx: Transaction<DB>,
  m: { itemId: string; counterId: string; kind: string; from: string | null; to: string | null; counted: boolean; serialFrom?: string | null; serialTo?: string | null; note?: string | null; by: string; at: Date },
): Promise<void> {
  await controlTables.movements.insert(tx, {
    id: ulid(),
    item_id: m.itemId,
    counter_id: m.counterId,
    kind: m.kind,
    from_user_id: m.from,
    to_user_id: m.to,
    counted: m.counted ? 1 : 0,
    serial_from: m.serialFrom ?? null,
    serial_to: m.serialTo ?? null,
    note: m.note ?? null,
    by_id: m.by,
    at: m.at.toISOString(),
  });
}

export async function registerControlItem(ctx: AppContext, p: UserPrincipal, body: RegisterControlItemRequest) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const custodianId = body.custodianId ?? p.userId;
  if (body.custodianId) await userAtCounter(ex, p, body.custodianId, counter);
  let range: { from: string; to: string } | null = null;
  if (body.kind === "document") {
    range = { from: body.serialFrom!, to: body.serialTo! };
    assertSerialRange(range);
    const same = await controlTables.items.list(ex, { counterIds: [counter.id], eq: { kind: "document", item_type: body.itemType } });
    const clash = same.find((s) => s.serial_from && s.serial_to && (s.prefix ?? "") === (body.prefix ?? "") && rangesOverlap({ from: s.serial_from, to: s.serial_to }, range!));
    if (clash) throw new DomainError("conflict", "serial_range_overlap", "These serials are already registered", { itemId: clash.id });
  } else if (body.serialFrom || body.serialTo) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serial range");
  }
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await controlTables.items.insert(tx, {
      id,
      counter_id: counter.id,
      kind: body.kind,
      item_type: body.itemType,
      name: body.name,
      prefix: body.prefix ?? null,
      serial_from: range?.from ?? null,
      serial_to: range?.to ?? null,
      quantity: range ? serialRangeQuantity(range) : 1,
      custodian_id: custodianId,
      in_safe: 1,
      status: "active",
      parent_id: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await movement(tx, { itemId: id, counterId: counter.id, kind: "registered", from: null, to: custodianId, counted: true, serialFrom: range?.from, serialTo: range?.to, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.registered",
      entityType: "control_item",
      entityId: id,
      orgUnitId: counter.id,
      details: { kind: body.kind, itemType: body.itemType, name: body.name, range, custodianId },
    });
  });
  return getControlItem(ctx, p, id);
}

export async function getControlItem(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const { item } = await loadItem(ctx.database.db, p, id);
  return (await presentItems(ctx.database.db, [item]))[0]!;
}

export async function listControlItems(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; kind?: string | undefined; custodianId?: string | undefined; status?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.items.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { kind: q.kind, custodian_id: q.custodianId, status: q.status }, orderBy: "created_at" });
  return { items: await presentItems(ex, rows) };
}

/** Out of the safe to a person, counted. A sub-range of a document batch splits the batch. */
export async function issueControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { toUserId: string; serialFrom?: string | undefined; serialTo?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const { item, counter } = await loadItem(ex, p, id);
  assertItemActive(item.status as ControlItemStatus);
  await userAtCounter(ex, p, body.toUserId, counter);
  if (!item.in_safe) throw new DomainError("conflict", "item_not_in_safe", "Issue from the safe only; use handover between persons", { custodianId: item.custodian_id });
  if ((body.serialFrom === undefined) !== (body.serialTo === undefined)) throw new DomainError("validation", "serial_range_incomplete", "Give both serialFrom and serialTo");
  if (item.kind === "seal" && body.serialFrom) throw new DomainError("validation", "seal_has_no_serials", "A seal has no serial range");
  const now = ctx.clock.now();
  let issuedId = id;
  let issuedRange: { from: string; to: string } | null = item.serial_from && item.serial_to ? { from: item.serial_from, to: item.serial_to } : null;
  let split: ReturnType<typeof splitSerialRange> | null = null;
  if (item.kind === "document" && body.serialFrom && body.serialTo) {
    const outer = { from: item.serial_from!, to: item.serial_to! };
    assertRangeWithin({ from: body.serialFrom, to: body.serialTo }, outer);
    split = splitSerialRange(outer, { from: body.serialFrom, to: body.serialTo });
    if (split.before || split.after) issuedId = ulid();
    issuedRange = split.taken;
  }
  await ctx.tx(async (tx) => {
    const base = { counter_id: item.counter_id, kind: item.kind, item_type: item.item_type, name: item.name, prefix: item.prefix, status: "active", created_at: now.toISOString(), updated_at: now.toISOString() };
    if (split && issuedId !== id) {
      // The original keeps the first remaining piece; a further remaining piece becomes a new item.
      const keep = split.before ?? split.after!;
      const extra = split.before && split.after ? split.after : null;
      const n = await controlTables.items.updateWhere(tx, id, "in_safe", 1, { serial_from: keep.from, serial_to: keep.to, quantity: serialRangeQuantity(keep), updated_at: now.toISOString() });
      if (n === 0) throw new DomainError("conflict", "item_not_in_safe", "The item left the safe meanwhile");
      await controlTables.items.insert(tx, { ...base, id: issuedId, serial_from: split.taken.from, serial_to: split.taken.to, quantity: serialRangeQuantity(split.taken), custodian_id: body.toUserId, in_safe: 0, parent_id: id });
      await movement(tx, { itemId: id, counterId: item.counter_id, kind: "split", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: split.taken.from, serialTo: split.taken.to, note: issuedId, by: p.userId, at: now });
      if (extra) {
        const extraId = ulid();
        await controlTables.items.insert(tx, { ...base, id: extraId, serial_from: extra.from, serial_to: extra.to, quantity: serialRangeQuantity(extra), custodian_id: item.custodian_id, in_safe: 1, parent_id: id });
        await movement(tx, { itemId: extraId, counterId: item.counter_id, kind: "split", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: extra.from, serialTo: extra.to, note: id, by: p.userId, at: now });
      }
    } else {
      const n = await controlTables.items.updateWhere(tx, id, "in_safe", 1, { custodian_id: body.toUserId, in_safe: 0, updated_at: now.toISOString() });
      if (n === 0) throw new DomainError("conflict", "item_not_in_safe", "The item left the safe meanwhile");
    }
    await movement(tx, { itemId: issuedId, counterId: item.counter_id, kind: "issued", from: item.custodian_id, to: body.toUserId, counted: true, serialFrom: issuedRange?.from, serialTo: issuedRange?.to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.issued",
      entityType: "control_item",
      entityId: issuedId,
      orgUnitId: item.counter_id,
      details: { from: item.custodian_id, to: body.toUserId, range: issuedRange, counted: COUNTED_MARK, splitFrom: issuedId !== id ? id : null },
    });
  });
  return getControlItem(ctx, p, issuedId);
}

/** K-01 back into the safe (end of day, or leaving the counter), counted. */
export async function returnControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined; incompleteSerials?: string[] | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item, counter } = await loadItem(ex, p, id);
  assertItemActive(item.status as ControlItemStatus);
  if (item.custodian_id !== p.userId && !p.permissions.has("seal.manage")) assertItemHeldBy(item.custodian_id, p.userId);
  if (item.in_safe) throw new DomainError("conflict", "item_already_in_safe", "The item is already in the safe");
  // K-04 回缴单证联次不全的视同为遗失单证: serials returned incomplete are recorded as lost with the return.
  const incomplete = [...new Set(body.incompleteSerials ?? [])];
  if (incomplete.length > 0) {
    if (item.kind !== "document") throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
    const outside = incomplete.filter((s) => !serialInRange(s, { from: item.serial_from!, to: item.serial_to! }));
    if (outside.length > 0) throw new DomainError("unprocessable", "serial_out_of_range", "Serials outside the item's range", { serials: outside, held: { from: item.serial_from, to: item.serial_to } });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    if (incomplete.length > 0) {
      await recordLossInTx(ctx, tx, p, item, counter, {
        lossId: ulid(),
        serials: incomplete,
        incompleteSet: true,
        responsibleUserIds: item.custodian_id ? [item.custodian_id] : [p.userId],
        occurredOn: businessDateOf(counter, now),
        note: body.note ?? "回缴单证联次不全",
        now,
        markItemLost: false,
      });
    }
    const n = await controlTables.items.updateWhere(tx, id, "in_safe", 0, { in_safe: 1, updated_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "item_already_in_safe", "The item is already in the safe");
    await movement(tx, { itemId: id, counterId: item.counter_id, kind: "returned", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: item.serial_from, serialTo: item.serial_to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.returned", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { custodianId: item.custodian_id, counted: COUNTED_MARK } });
  });
  return getControlItem(ctx, p, id);
}

/** Handover between persons: only what the giver holds (409 item_not_held), counted. */
export async function handoverControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { fromUserId?: string | undefined; toUserId: string; note?: string | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item, counter } = await loadItem(ex, p, id);
  assertItemActive(item.status as ControlItemStatus);
  const from = body.fromUserId ?? p.userId;
  if (from !== p.userId) requirePermission(p, "seal.manage");
  assertItemHeldBy(item.custodian_id, from);
  if (body.toUserId === from) throw new DomainError("validation", "handover_to_self", "Hand over to another person");
  await userAtCounter(ex, p, body.toUserId, counter);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await controlTables.items.updateWhere(tx, id, "custodian_id", from, { custodian_id: body.toUserId, updated_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "item_not_held", "The item is not held by this person");
    await movement(tx, { itemId: id, counterId: item.counter_id, kind: "handed_over", from, to: body.toUserId, counted: true, serialFrom: item.serial_from, serialTo: item.serial_to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.handed_over", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { from, to: body.toUserId, counted: COUNTED_MARK } });
  });
  return getControlItem(ctx, p, id);
}

export async function presentMovements(ex: Executor, rows: Array<RegisterRow<"custody_movements">>) {
  return rows.map((m) => ({
    id: m.id,
    itemId: m.item_id,
    kind: m.kind as "registered" | "issued" | "returned" | "handed_over" | "hand_back" | "lost" | "written_off" | "split",
    fromUserId: m.from_user_id,
    toUserId: m.to_user_id,
    counted: m.counted === 1,
    countedMark: m.counted === 1 ? COUNTED_MARK : null,
    serialFrom: m.serial_from,
    serialTo: m.serial_to,
    note: m.note,
    byId: m.by_id,
    at: m.at,
  }));
}

export async function listItemMovements(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  await loadItem(ex, p, id);
  return { items: await presentMovements(ex, await controlTables.movements.list(ex, { eq: { item_id: id }, orderBy: "at" })) };
}

export async function listMovements(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.movements.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), rangeColumn: "at", from: q.from, to: q.to ? `${q.to}T23:59:59.999Z` : undefined, orderBy: "at", desc: true, limit: 5000 });
  return { items: await presentMovements(ex, rows) };
}

// ---------------------------------------------------------------- usage (K-03)

function presentUsage(r: RegisterRow<"item_usages">) {
  return { id: r.id, itemId: r.item_id, counterId: r.counter_id, userId: r.user_id, documentRef: r.document_ref, purpose: r.purpose, serial: r.serial, usedAt: r.used_at };
}

export async function recordItemUsage(ctx: AppContext, p: UserPrincipal, id: string, body: { documentRef: string; purpose: string; serial?: string | undefined; usedAt?: string | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item } = await loadItem(ex, p, id);
  assertItemActive(item.status as ControlItemStatus);
  assertUsageReference(body.documentRef);
  assertItemHeldBy(item.custodian_id, p.userId);
  if (item.kind === "document") {
    if (!body.serial) throw new DomainError("validation", "serial_required", "Name the serial used");
    if (!serialInRange(body.serial, { from: item.serial_from!, to: item.serial_to! })) {
      throw new DomainError("unprocessable", "serial_out_of_range", "This serial is not in the range held", { serial: body.serial, held: { from: item.serial_from, to: item.serial_to } });
    }
    const used = await controlTables.usages.count(ex, { counterIds: [item.counter_id], eq: { serial: body.serial, item_id: id } });
    if (used > 0) throw new DomainError("conflict", "serial_already_used", "This serial was already used", { serial: body.serial });
  } else if (body.serial) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
  }
  const now = ctx.clock.now();
  const usageId = ulid();
  await ctx.tx(async (tx) => {
    await controlTables.usages.insert(tx, {
      id: usageId,
      item_id: id,
      counter_id: item.counter_id,
      user_id: p.userId,
      document_ref: body.documentRef.trim(),
      purpose: body.purpose,
      serial: body.serial ?? null,
      used_at: body.usedAt ? new Date(body.usedAt).toISOString() : now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.used", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { documentRef: body.documentRef, serial: body.serial ?? null } });
  });
  return presentUsage((await controlTables.usages.findById(ex, usageId))!);
}

export async function listItemUsages(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; itemId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.usages.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { item_id: q.itemId }, rangeColumn: "used_at", from: q.from, to: q.to ? `${q.to}T23:59:59.999Z` : undefined, orderBy: "used_at", desc: true, limit: 5000 });
  return { items: rows.map(presentUsage) };
}

// ---------------------------------------------------------------- losses (K-04)

type LossRow = RegisterRow<"item_losses">;

function presentLoss(r: LossRow, monthCount: number) {
  return {
    id: r.id,
    itemId: r.item_id,
    counterId: r.counter_id,
    kind: r.kind as "seal" | "document",
    serials: JSON.parse(r.serials) as string[],
    quantity: r.quantity,
    incompleteSet: r.incomplete_set === 1,
    responsibleUserIds: JSON.parse(r.responsible_user_ids) as string[],
    occurredOn: r.occurred_on,
    note: r.note,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
    monthCount,
    findingId: r.finding_id,
  };
}

/** K-04 important documents lost at the counter in the month (seal losses excluded). */
async function monthLossCount(ex: Executor, counterId: string, month: string): Promise<number> {
  const rows = await controlTables.losses.list(ex, { counterIds: [counterId], eq: { month } });
  return monthlyDocumentLossCount(rows.map((r) => ({ kind: r.kind as "seal" | "document", serialCount: r.quantity, incompleteSet: r.incomplete_set === 1 })));
}

async function counterManagers(ex: Executor, counterId: string): Promise<string[]> {
  const rows = await ex
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select("users.id")
    .where("users.org_unit_id", "=", counterId)
    .where("user_roles.role", "=", "counterManager")
    .where("users.active", "=", 1)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * K-04 write one loss inside a transaction: the record, the movement, and the finding it raises (a
 * lost seal: its own `seal_loss`; documents: the monthly compensation finding past 2). Returns the
 * month's count of important documents lost at the counter.
 */
async function recordLossInTx(
  ctx: AppContext,
  tx: Transaction<DB>,
  p: UserPrincipal,
  item: ItemRow,
  counter: OrgUnit,
  input: { lossId: string; serials: string[]; incompleteSet: boolean; responsibleUserIds: string[]; occurredOn: string; note: string; now: Date; markItemLost: boolean },
): Promise<number> {
  const { lossId, serials, occurredOn, now } = input;
  const id = item.id;
  const month = monthOf(occurredOn);
  const record = { kind: item.kind as "seal" | "document", serialCount: serials.length, incompleteSet: input.incompleteSet };
  const quantity = item.kind === "seal" ? 1 : documentsLostBy(record);
  await controlTables.losses.insert(tx, {
    id: lossId,
    item_id: id,
    counter_id: item.counter_id,
    kind: item.kind,
    serials: JSON.stringify(serials),
    quantity,
    incomplete_set: input.incompleteSet ? 1 : 0,
    responsible_user_ids: JSON.stringify(input.responsibleUserIds),
    occurred_on: occurredOn,
    month,
    note: input.note,
    recorded_by: p.userId,
    created_at: now.toISOString(),
    finding_id: null,
  });
  if (input.markItemLost && (item.kind === "seal" || (item.kind === "document" && quantity >= item.quantity))) {
    await controlTables.items.update(tx, id, { status: "lost", updated_at: now.toISOString() });
  }
  await movement(tx, { itemId: id, counterId: item.counter_id, kind: "lost", from: item.custodian_id, to: null, counted: true, note: input.note, by: p.userId, at: now });
  const monthCount = await monthLossCount(tx, item.counter_id, month);
  if (lossFindingKind(record, monthCount) === "seal_loss") {
    const managers = await counterManagers(tx, item.counter_id);
    const findingId = await raiseFinding(ctx, tx, actorOf(p), now, {
      kind: "seal_loss",
      orgUnitId: counter.id,
      orgUnitPath: counter.path,
      subjectUserIds: [...input.responsibleUserIds, ...(item.custodian_id ? [item.custodian_id] : []), ...managers],
      title: `印章遗失：${item.name}`,
      details: { itemId: id, itemName: item.name, itemType: item.item_type, occurredOn, lossId, custodianId: item.custodian_id, responsibleUserIds: input.responsibleUserIds, managerIds: managers, note: input.note },
    });
    await controlTables.losses.update(tx, lossId, { finding_id: findingId });
  } else if (documentCompensationDue(monthCount)) {
    const dedupeKey = `k04:${item.counter_id}:${month}`;
    const managers = await counterManagers(tx, item.counter_id);
    const monthLosses = (await controlTables.losses.list(tx, { counterIds: [item.counter_id], eq: { month } })).filter((l) => l.kind === "document");
    const responsible = [...new Set(monthLosses.flatMap((l) => JSON.parse(l.responsible_user_ids) as string[]))];
    const details = { month, lostCount: monthCount, lossIds: monthLosses.map((l) => l.id), responsibleUserIds: responsible, managerIds: managers };
    const existing = await tx.selectFrom("control_findings").select(["id"]).where("dedupe_key", "=", dedupeKey).executeTakeFirst();
    let findingId: string;
    if (existing) {
      findingId = existing.id;
      await controlTables.findings.update(tx, findingId, { subject_user_ids: JSON.stringify([...new Set([...responsible, ...managers])]), details: JSON.stringify(details) });
    } else {
      findingId = await raiseFinding(ctx, tx, actorOf(p), now, {
        kind: "seal_loss_compensation",
        orgUnitId: counter.id,
        orgUnitPath: counter.path,
        subjectUserIds: [...responsible, ...managers],
        title: `重要单证当月遗失超过2份（${month}）`,
        details,
        dedupeKey,
      });
    }
    await controlTables.losses.update(tx, lossId, { finding_id: findingId });
  }
  await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.lost", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { serials, quantity, incompleteSet: input.incompleteSet, monthCount } });
  return monthCount;
}

/**
 * K-04 record a loss; more than 2 important documents lost at one counter in one month (2 itself
 * does not) → compensation finding naming the responsible persons and the counter manager (one per
 * counter and month, extended by later losses). An incomplete returned set counts as lost. Seals
 * never count as documents: a lost seal raises its own `seal_loss` finding at once.
 */
export async function reportItemLoss(ctx: AppContext, p: UserPrincipal, id: string, body: { serials?: string[] | undefined; incompleteSet: boolean; responsibleUserIds: string[]; occurredOn?: string | undefined; note: string }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const { item, counter } = await loadItem(ex, p, id);
  assertItemActive(item.status as ControlItemStatus);
  for (const u of body.responsibleUserIds) await userAtCounter(ex, p, u, counter);
  const serials = [...new Set(body.serials ?? [])];
  if (item.kind === "document") {
    if (serials.length === 0) throw new DomainError("validation", "serials_required", "Name the lost serials");
    const outside = serials.filter((s) => !serialInRange(s, { from: item.serial_from!, to: item.serial_to! }));
    if (outside.length > 0) throw new DomainError("unprocessable", "serial_out_of_range", "Serials outside the item's range", { serials: outside, held: { from: item.serial_from, to: item.serial_to } });
  } else if (serials.length > 0) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
  }
  const now = ctx.clock.now();
  const occurredOn = body.occurredOn ?? businessDateOf(counter, now);
  if (occurredOn > businessDateOf(counter, now)) throw new DomainError("validation", "loss_in_future", "A loss cannot be in the future");
  const lossId = ulid();
  const count = await ctx.tx((tx) =>
    recordLossInTx(ctx, tx, p, item, counter, { lossId, serials, incompleteSet: body.incompleteSet, responsibleUserIds: body.responsibleUserIds, occurredOn, note: body.note, now, markItemLost: true }),
  );
  return presentLoss((await controlTables.losses.findById(ex, lossId))!, count);
}

export async function listItemLosses(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; month?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.losses.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { month: q.month }, orderBy: "occurred_on", desc: true });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.counter_id}|${r.month}`, await monthLossCount(ex, r.counter_id, r.month));
  return { items: rows.map((r) => presentLoss(r, counts.get(`${r.counter_id}|${r.month}`) ?? 0)) };
}
