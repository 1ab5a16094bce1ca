/**
 * D-09 emergencies by level: level I suggested from facts; level I notifies HQ, province and the
 * local company heads at once (persisted + published); timeline; close-out; drills recorded.
 * D-10 lost property register lives here too (a small register).
 */
import { type IncidentFactsInput, type IncidentLevel, DomainError, ancestorIds, incidentReportingChain, suggestIncidentLevel, maskName, maskPersonalData } from "@ccms/core";
import type { ReportIncidentRequest } from "@ccms/contracts";
import { type Executor, type OrgUnit, type RegisterRow, dailyOpsTables, orgUnitRepository } from "@ccms/db";
import type { DB } from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterIdsInScope, counterInScope, parseJson } from "./ops-shared.js";

type TimelineEntry = { at: string; byId: string | null; kind: string; note: string };

export function suggestLevel(facts: IncidentFactsInput) {
  return suggestIncidentLevel(facts);
}

async function presentIncidents(ex: Executor, rows: Array<RegisterRow<"incidents">>) {
  const notes = rows.length ? await dailyOpsTables.incidentNotifications.list(ex, { counterIds: rows.map((r) => r.id), counterColumn: "incident_id", orderBy: "notified_at" }) : [];
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    title: r.title,
    description: r.description,
    occurredAt: r.occurred_at,
    facts: parseJson<IncidentFactsInput>(r.facts, { surrenderCount: 0, surrenderAmountFen: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false }),
    level: r.level as IncidentLevel,
    suggestion: parseJson<ReturnType<typeof suggestIncidentLevel>>(r.suggestion, { level: null, matched: [] }),
    status: r.status as "open" | "closed",
    reportedById: r.reported_by,
    timeline: parseJson<TimelineEntry[]>(r.timeline, []),
    notifications: notes.filter((n) => n.incident_id === r.id).map((n) => ({ id: n.id, targetLevel: n.target_level as "hq" | "province" | "local", orgUnitId: n.org_unit_id, notifiedAt: n.notified_at })),
    closedAt: r.closed_at,
    summary: r.summary,
    createdAt: r.created_at,
  }));
}

/** Reporting chain units for a counter: HQ (root), province, local company (city, else the counter). */
async function chainUnits(ex: Executor, counter: OrgUnit): Promise<Record<"hq" | "province" | "local", string>> {
  const ids = ancestorIds(counter.path);
  const units = await orgUnitRepository.findByIds(ex, ids);
  const hq = units.find((u) => u.kind === "hq")?.id ?? ids[0]!;
  const province = units.find((u) => u.kind === "province")?.id ?? hq;
  const local = units.find((u) => u.kind === "city")?.id ?? counter.id;
  return { hq, province, local };
}

async function notifyChain(ctx: AppContext, tx: Transaction<DB>, counter: OrgUnit, incidentId: string, level: IncidentLevel, now: Date): Promise<void> {
  const existing = await dailyOpsTables.incidentNotifications.list(tx, { counterIds: [incidentId], counterColumn: "incident_id" });
  const units = await chainUnits(tx, counter);
  for (const target of incidentReportingChain(level)) {
    if (level !== "I" && target === "local") continue; // lower levels: handled locally by the company's own rules
    if (existing.some((e) => e.target_level === target)) continue;
    const id = ulid();
    await dailyOpsTables.incidentNotifications.insert(tx, { id, incident_id: incidentId, target_level: target, org_unit_id: units[target], notified_at: now.toISOString() });
    void ctx.bus.publish(`unit:${units[target]}`, { type: "incident.level_i", data: { incidentId, counterId: counter.id, level, target } });
  }
}

export async function reportIncident(ctx: AppContext, p: UserPrincipal, body: ReportIncidentRequest) {
  requirePermission(p, "incident.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const suggestion = suggestIncidentLevel(body.facts);
  const level: IncidentLevel = body.level ?? suggestion.level ?? "IV";
  const now = ctx.clock.now();
  const id = ulid();
  const timeline: TimelineEntry[] = [{ at: now.toISOString(), byId: p.userId, kind: "reported", note: body.description }];
  if (suggestion.level === "I" && level !== "I") timeline.push({ at: now.toISOString(), byId: p.userId, kind: "level_below_suggestion", note: `suggested I (${suggestion.matched.join(",")}), set ${level}` });
  await ctx.tx(async (tx) => {
    await dailyOpsTables.incidents.insert(tx, {
      id,
      counter_id: counter.id,
      title: body.title,
      description: body.description,
      occurred_at: body.occurredAt ? new Date(body.occurredAt).toISOString() : now.toISOString(),
      facts: JSON.stringify(body.facts),
      level,
      suggestion: JSON.stringify(suggestion),
      status: "open",
      reported_by: p.userId,
      timeline: JSON.stringify(timeline),
      closed_at: null,
      summary: null,
      created_at: now.toISOString(),
    });
    if (level === "I") await notifyChain(ctx, tx, counter, id, level, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.reported", entityType: "incident", entityId: id, orgUnitId: counter.id, details: { level, suggestion } });
  });
  void ctx.bus.publish(`counter:${counter.id}`, { type: "incident.reported", data: { id, level } });
  return getIncident(ctx, p, id);
}

export async function getIncident(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.incidents.findById(ex, id);
  if (!r) throw notFound("incident", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("incident", id);
  });
  return (await presentIncidents(ex, [r]))[0]!;
}

export async function addIncidentEntry(ctx: AppContext, p: UserPrincipal, id: string, body: { note: string; level?: IncidentLevel | undefined }) {
  requirePermission(p, "incident.manage");
  const inc = await getIncident(ctx, p, id);
  if (inc.status !== "open") throw new DomainError("conflict", "incident_closed", "The incident is closed");
  const counter = await counterInScope(ctx.database.db, p, inc.counterId);
  const now = ctx.clock.now();
  const timeline = [...inc.timeline, { at: now.toISOString(), byId: p.userId, kind: body.level && body.level !== inc.level ? `level_${inc.level}_to_${body.level}` : "note", note: body.note }];
  await ctx.tx(async (tx) => {
    await dailyOpsTables.incidents.update(tx, id, { timeline: JSON.stringify(timeline), ...(body.level ? { level: body.level } : {}) });
    if (body.level === "I") await notifyChain(ctx, tx, counter, id, "I", now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.updated", entityType: "incident", entityId: id, orgUnitId: inc.counterId, details: { level: body.level ?? inc.level } });
  });
  return getIncident(ctx, p, id);
}

export async function closeIncident(ctx: AppContext, p: UserPrincipal, id: string, body: { summary: string }) {
  requirePermission(p, "incident.manage");
  const inc = await getIncident(ctx, p, id);
  if (inc.status !== "open") throw new DomainError("conflict", "incident_closed", "The incident is closed");
  const now = ctx.clock.now();
  const timeline = [...inc.timeline, { at: now.toISOString(), byId: p.userId, kind: "closed", note: body.summary }];
  await ctx.tx(async (tx) => {
    const n = await dailyOpsTables.incidents.updateWhere(tx, id, "status", "open", { status: "closed", closed_at: now.toISOString(), summary: body.summary, timeline: JSON.stringify(timeline) });
    if (n === 0) throw new DomainError("conflict", "incident_closed", "The incident is closed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.closed", entityType: "incident", entityId: id, orgUnitId: inc.counterId, details: {} });
  });
  return getIncident(ctx, p, id);
}

export async function listIncidents(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await dailyOpsTables.incidents.list(ex, {
    counterIds: await counterIdsInScope(ex, p, q.counterId),
    rangeColumn: "occurred_at",
    from: q.from,
    to: q.to ? `${q.to}T23:59:59.999Z` : undefined,
    eq: { status: q.status },
    orderBy: "occurred_at",
    desc: true,
    limit: 1000,
  });
  return { items: await presentIncidents(ex, rows) };
}

// ---------------------------------------------------------------- drills

function presentDrill(r: RegisterRow<"emergency_drills">) {
  return {
    id: r.id,
    counterId: r.counter_id,
    date: r.date,
    kind: r.kind as "drill" | "risk_review" | "warning",
    scenario: r.scenario,
    participants: parseJson<string[]>(r.participants, []),
    notes: r.notes,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}

export async function recordDrill(ctx: AppContext, p: UserPrincipal, body: { counterId: string; date: string; kind: "drill" | "risk_review" | "warning"; scenario: string; participants: string[]; notes?: string | undefined }) {
  requirePermission(p, "incident.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await dailyOpsTables.drills.insert(tx, { id, counter_id: counter.id, date: body.date, kind: body.kind, scenario: body.scenario, participants: JSON.stringify(body.participants), notes: body.notes ?? null, recorded_by: p.userId, created_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "drill.recorded", entityType: "emergency_drill", entityId: id, orgUnitId: counter.id, details: { kind: body.kind, date: body.date } });
  });
  return presentDrill((await dailyOpsTables.drills.findById(ctx.database.db, id))!);
}

export async function listDrills(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await dailyOpsTables.drills.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), rangeColumn: "date", from: q.from, to: q.to, orderBy: "date", desc: true });
  return { items: rows.map(presentDrill) };
}

// ---------------------------------------------------------------- lost property (D-10)

/** K-09 the owner's name and any ID / phone / card number typed into the texts are masked unless unmasked (audited). */
export function presentLost(r: RegisterRow<"lost_property">, unmasked = false) {
  const m = (t: string | null) => (unmasked ? t : maskPersonalData(t));
  return {
    id: r.id,
    counterId: r.counter_id,
    description: m(r.description) ?? "",
    foundAt: r.found_at,
    foundPlace: r.found_place,
    foundBy: m(r.found_by),
    storedAt: r.stored_at,
    status: r.status as "kept" | "returned",
    returnedTo: unmasked ? r.returned_to : maskName(r.returned_to),
    identityNote: m(r.identity_note),
    returnedAt: r.returned_at,
    note: m(r.note),
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}

export async function recordLostProperty(ctx: AppContext, p: UserPrincipal, body: { counterId: string; description: string; foundAt?: string | undefined; foundPlace?: string | undefined; foundBy?: string | undefined; storedAt?: string | undefined }) {
  requirePermission(p, "lostproperty.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await dailyOpsTables.lostProperty.insert(tx, {
      id,
      counter_id: counter.id,
      description: body.description,
      found_at: body.foundAt ? new Date(body.foundAt).toISOString() : now.toISOString(),
      found_place: body.foundPlace ?? null,
      found_by: body.foundBy ?? null,
      stored_at: body.storedAt ?? null,
      status: "kept",
      returned_to: null,
      identity_note: null,
      returned_at: null,
      note: null,
      recorded_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "lost_property.recorded", entityType: "lost_property", entityId: id, orgUnitId: counter.id, details: {} });
  });
  return getLostProperty(ctx, p, id);
}

export async function getLostProperty(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.lostProperty.findById(ex, id);
  if (!r) throw notFound("lost_property", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("lost_property", id);
  });
  return presentLost(r);
}

export async function returnLostProperty(ctx: AppContext, p: UserPrincipal, id: string, body: { returnedTo: string; identityNote?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "lostproperty.manage");
  const item = await getLostProperty(ctx, p, id);
  if (item.status !== "kept") throw new DomainError("conflict", "lost_property_returned", "Already returned");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await dailyOpsTables.lostProperty.updateWhere(tx, id, "status", "kept", { status: "returned", returned_to: body.returnedTo, identity_note: body.identityNote ?? null, note: body.note ?? null, returned_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "lost_property_returned", "Already returned");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "lost_property.returned", entityType: "lost_property", entityId: id, orgUnitId: item.counterId, details: {} });
  });
  return getLostProperty(ctx, p, id);
}

export async function listLostProperty(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await dailyOpsTables.lostProperty.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { status: q.status }, orderBy: "found_at", desc: true, limit: 1000 });
  return { items: rows.map((r) => presentLost(r)) };
}
