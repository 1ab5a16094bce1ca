/**
 * Control findings and corrective actions shared by inspections (D-02…D-11), the K-04 monthly loss
 * rule and D-06 off-duty operation. Independent of the cases module's rectification (C-14).
 */
import { type OperatorOffDutyReason, DomainError, ancestorIds, localDateOf, offDutyDedupeKey, offDutyFindingTitle, operatorOffDutyReason } from "@ccms/core";
import { type Executor, controlTables, orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { Transaction } from "kysely";
import type { DB } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { parseJson, usersByIds } from "../../daily-ops/ops-shared.js";

export type FindingKind = "seal_loss_compensation" | "seal_loss" | "off_duty_operation" | "inspection_failure" | "aml_rectification" | "daily_close_missing" | "lunch_duty_uncovered";

/** The province above a unit (the unit itself when it is a province), or null at HQ. */
export async function provinceOf(ex: Executor, unitPath: string): Promise<string | null> {
  const units = await orgUnitRepository.findByIds(ex, ancestorIds(unitPath));
  return units.find((u) => u.kind === "province")?.id ?? null;
}

export interface RaiseFindingInput {
  kind: FindingKind;
  orgUnitId: string;
  orgUnitPath: string;
  subjectUserIds: string[];
  title: string;
  details: Record<string, unknown>;
  dedupeKey?: string;
}

/** Insert a finding reported to the province (audited). Returns its id. */
export async function raiseFinding(ctx: AppContext, tx: Transaction<DB>, actor: { id: string | null; name: string | null }, now: Date, f: RaiseFindingInput): Promise<string> {
  const id = ulid();
  const reportedTo = await provinceOf(tx, f.orgUnitPath);
  await controlTables.findings.insert(tx, {
    id,
    kind: f.kind,
    org_unit_id: f.orgUnitId,
    reported_to_unit_id: reportedTo,
    subject_user_ids: JSON.stringify([...new Set(f.subjectUserIds)]),
    title: f.title,
    details: JSON.stringify(f.details),
    dedupe_key: f.dedupeKey ?? null,
    status: "open",
    resolution: null,
    created_at: now.toISOString(),
    closed_at: null,
  });
  await appendAudit(tx, ctx.database.engine, actor, now, {
    action: "finding.raised",
    entityType: "control_finding",
    entityId: id,
    orgUnitId: f.orgUnitId,
    details: { kind: f.kind, reportedToUnitId: reportedTo, subjectUserIds: f.subjectUserIds, title: f.title },
  });
  void ctx.bus.publish(`unit:${reportedTo ?? f.orgUnitId}`, { type: "finding.raised", data: { id, kind: f.kind, orgUnitId: f.orgUnitId } });
  return id;
}

/**
 * D-06 (seed 001 九) anyone who has left the company or is off duty (on approved leave; once the
 * people module publishes a roster, not rostered) but still operates in the business system is
 * investigated at once and reported to the province business management centre. The facts are
 * gathered here; the rule is `operatorOffDutyReason` in core. It never blocks the action: it raises an
 * `off_duty_operation` finding (one per person, reason and day; later operations are appended).
 * `installOffDutyWatch` runs it on every operator request that changes data, and on sign-in.
 */
export interface OffDutyOperation {
  action: string;
  entityType: string | null;
  entityId: string | null;
}

/** The roster seam (people module): null = no roster covers the day ("unknown"). */
export const rosterProvider: { current: ((ex: Executor, userId: string, date: string) => Promise<boolean | null>) | null } = { current: null };

async function offDutyFacts(ex: Executor, userId: string, at: Date) {
  const user = await ex.selectFrom("users").select(["id", "active", "org_unit_id", "display_name"]).where("id", "=", userId).executeTakeFirst();
  if (!user) return null;
  const unit = await orgUnitRepository.findById(ex, user.org_unit_id);
  if (!unit) return null;
  const date = localDateOf(at, unit.timeZone);
  const leave = await ex
    .selectFrom("leave_periods")
    .select("id")
    .where("user_id", "=", userId)
    .where("approved", "=", 1)
    .where("date_from", "<=", date)
    .where("date_to", ">=", date)
    .executeTakeFirst();
  const rostered = rosterProvider.current ? await rosterProvider.current(ex, userId, date) : null;
  const reason = operatorOffDutyReason({ deactivated: user.active !== 1, onApprovedLeave: !!leave, roster: rostered === null ? "unknown" : rostered ? "rostered" : "not_rostered" });
  return { user, unit, date, reason };
}

export async function checkOperatorOnDuty(
  ctx: AppContext,
  tx: Transaction<DB>,
  userId: string,
  at: Date,
  operation: OffDutyOperation,
): Promise<{ reason: OperatorOffDutyReason | null; findingId: string | null }> {
  const facts = await offDutyFacts(tx, userId, at);
  if (!facts?.reason) return { reason: null, findingId: null };
  const { user, unit, date, reason } = facts;
  const dedupeKey = offDutyDedupeKey(userId, reason, date);
  const op = { ...operation, at: at.toISOString() };
  const existing = await tx.selectFrom("control_findings").select(["id", "details"]).where("dedupe_key", "=", dedupeKey).executeTakeFirst();
  if (existing) {
    const details = parseJson<Record<string, unknown>>(existing.details, {});
    const ops = Array.isArray(details.operations) ? (details.operations as unknown[]) : [];
    await controlTables.findings.update(tx, existing.id, { details: JSON.stringify({ ...details, operations: [...ops, op].slice(-200) }) });
    return { reason, findingId: existing.id };
  }
  const findingId = await raiseFinding(ctx, tx, { id: null, name: "system" }, at, {
    kind: "off_duty_operation",
    orgUnitId: unit.id,
    orgUnitPath: unit.path,
    subjectUserIds: [userId],
    title: offDutyFindingTitle(reason),
    details: { reason, date, userName: user.display_name, operations: [op] },
    dedupeKey,
  });
  return { reason, findingId };
}

/** The same check in its own transaction, opened only when the person is off duty (reads first). */
export async function checkOperatorOnDutyNow(ctx: AppContext, userId: string, at: Date, operation: OffDutyOperation) {
  const facts = await offDutyFacts(ctx.database.db, userId, at);
  if (!facts?.reason) return { reason: null, findingId: null };
  return ctx.tx((tx) => checkOperatorOnDuty(ctx, tx, userId, at, operation));
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const LOGIN_URL = "/api/v1/auth/login";

/**
 * D-06 the on-duty check on every operator action that changes data (any successful non-GET request
 * by a signed-in person: window sign-in, call/finish, case actions, AML entries, seal issue/return …)
 * and on sign-in (a successful sign-in, or a deactivated account trying to sign in). Registered with
 * the module routes; runs before the response leaves, in its own transaction, and never fails it.
 */
export function installOffDutyWatch(app: FastifyInstance, ctx: AppContext): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if (READ_METHODS.has(req.method)) return payload;
    const route = req.routeOptions?.url ?? req.url;
    try {
      if (route === LOGIN_URL) {
        const username = (req.body as { username?: unknown } | undefined)?.username;
        const inactive = reply.statusCode === 403 && typeof payload === "string" && payload.includes('"account_inactive"');
        if (typeof username !== "string" || (reply.statusCode >= 400 && !inactive)) return payload;
        const user = await ctx.database.db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
        if (user) await checkOperatorOnDutyNow(ctx, user.id, ctx.clock.now(), { action: inactive ? "auth.login_refused" : "auth.login", entityType: "user", entityId: user.id });
        return payload;
      }
      const p = req.principal;
      if (!p || p.kind !== "user" || reply.statusCode >= 400) return payload;
      const params = (req.params ?? {}) as Record<string, unknown>;
      const entityId = [params.id, params.windowId, params.counterId].find((v): v is string => typeof v === "string") ?? null;
      await checkOperatorOnDutyNow(ctx, p.userId, ctx.clock.now(), { action: `${req.method} ${route}`, entityType: null, entityId });
    } catch (e) {
      req.log.error({ err: e }, "D-06 on-duty check failed");
    }
    return payload;
  });
}

// ---------------------------------------------------------------- read / manage findings

async function unitIdsInScope(ctx: AppContext, p: UserPrincipal, unitId?: string): Promise<string[]> {
  const ex = ctx.database.db;
  const base = unitId ? await unitInScope(ex, p, unitId) : null;
  const units = await orgUnitRepository.listSubtree(ex, base ? base.path : p.scopePath);
  return units.map((u) => u.id);
}

export async function presentFindings(ex: Executor, rows: Awaited<ReturnType<typeof controlTables.findings.list>>) {
  const names = await usersByIds(ex, rows.flatMap((r) => parseJson<string[]>(r.subject_user_ids, [])));
  return rows.map((r) => {
    const subjects = parseJson<string[]>(r.subject_user_ids, []);
    return {
      id: r.id,
      kind: r.kind as FindingKind,
      orgUnitId: r.org_unit_id,
      reportedToUnitId: r.reported_to_unit_id,
      subjectUserIds: subjects,
      subjectNames: subjects.map((s) => names.get(s)?.displayName ?? s),
      title: r.title,
      details: parseJson<Record<string, unknown>>(r.details, {}),
      status: r.status as "open" | "investigating" | "closed",
      resolution: r.resolution,
      createdAt: r.created_at,
      closedAt: r.closed_at,
    };
  });
}

export async function listFindings(ctx: AppContext, p: UserPrincipal, q: { unitId?: string | undefined; kind?: string | undefined; status?: string | undefined }) {
  requirePermission(p, "finding.read");
  const ids = await unitIdsInScope(ctx, p, q.unitId);
  const rows = await controlTables.findings.list(ctx.database.db, { counterIds: ids, counterColumn: "org_unit_id", eq: { kind: q.kind, status: q.status }, orderBy: "created_at", desc: true });
  // Findings reported to a province are visible there too (the unit is below it, so already in scope).
  return { items: await presentFindings(ctx.database.db, rows) };
}

export async function getFinding(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "finding.read");
  const row = await controlTables.findings.findById(ctx.database.db, id);
  const ids = row ? await unitIdsInScope(ctx, p) : [];
  if (!row || !ids.includes(row.org_unit_id)) throw notFound("finding", id);
  return (await presentFindings(ctx.database.db, [row]))[0]!;
}

export async function updateFindingStatus(ctx: AppContext, p: UserPrincipal, id: string, body: { status: "open" | "investigating" | "closed"; resolution?: string | undefined }) {
  // D-06 the counter manager (finding.investigate) records the investigation and its result on a
  // finding at their counter; branch/HQ (finding.manage) on any in scope. Nobody investigates a
  // finding that names them.
  if (!p.permissions.has("finding.manage")) requirePermission(p, "finding.investigate");
  const before = await getFinding(ctx, p, id);
  if (!p.permissions.has("finding.manage") && before.subjectUserIds.includes(p.userId)) {
    throw new DomainError("forbidden", "finding_names_you", "A finding that names you is investigated by the level above");
  }
  if (before.status === "closed") throw new DomainError("conflict", "finding_closed", "The finding is closed");
  if (body.status === "closed" && !body.resolution?.trim()) throw new DomainError("validation", "resolution_required", "Closing needs a resolution");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const log = Array.isArray(before.details.investigation) ? (before.details.investigation as unknown[]) : [];
    const entry = { at: now.toISOString(), byId: p.userId, byName: p.displayName, status: body.status, note: body.resolution ?? null };
    await controlTables.findings.update(tx, id, {
      status: body.status,
      resolution: body.resolution ?? before.resolution,
      closed_at: body.status === "closed" ? now.toISOString() : null,
      details: JSON.stringify({ ...before.details, investigation: [...log, entry] }),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "finding.status_changed",
      entityType: "control_finding",
      entityId: id,
      orgUnitId: before.orgUnitId,
      details: { from: before.status, to: body.status, resolution: body.resolution ?? null },
    });
  });
  return getFinding(ctx, p, id);
}

