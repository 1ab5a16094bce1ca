/**
 * Control findings and corrective actions shared by inspections (D-02…D-11), the K-04 monthly loss
 * rule and D-06 off-duty operation. Independent of the cases module's rectification (C-14).
 */
import { type OffDutyReason, DomainError, ancestorIds, localDateOf, offDutyReason } from "@ccms/core";
import { type Executor, controlTables, orgUnitRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import type { DB } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { parseJson, usersByIds } from "../../daily-ops/ops-shared.js";

export type FindingKind = "seal_loss_compensation" | "off_duty_operation" | "inspection_failure" | "aml_rectification";

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
 * D-06 anyone who has left the company or is off duty (on approved leave) but still operates is
 * investigated at once and reported to the province business management centre. Call this from
 * every write use case that a person performs at a counter (other modules too); it never blocks the
 * action, it raises an `off_duty_operation` finding (one per person, reason and day).
 */
export async function checkOperatorOnDuty(
  ctx: AppContext,
  tx: Transaction<DB>,
  userId: string,
  at: Date,
  operation: { action: string; entityType: string; entityId: string | null },
): Promise<{ reason: OffDutyReason | null; findingId: string | null }> {
  const user = await tx.selectFrom("users").select(["id", "active", "org_unit_id", "display_name"]).where("id", "=", userId).executeTakeFirst();
  if (!user) return { reason: null, findingId: null };
  const unit = await orgUnitRepository.findById(tx, user.org_unit_id);
  if (!unit) return { reason: null, findingId: null };
  const date = localDateOf(at, unit.timeZone);
  const leaves = await tx
    .selectFrom("leave_periods")
    .select(["date_from", "date_to", "approved"])
    .where("user_id", "=", userId)
    .where("date_from", "<=", date)
    .where("date_to", ">=", date)
    .execute();
  const reason = offDutyReason({ active: user.active === 1, leaves: leaves.map((l) => ({ from: l.date_from, to: l.date_to, approved: l.approved === 1 })) }, date);
  if (!reason) return { reason: null, findingId: null };
  const dedupeKey = `off_duty:${userId}:${reason}:${date}`;
  const existing = await tx.selectFrom("control_findings").select(["id", "details"]).where("dedupe_key", "=", dedupeKey).executeTakeFirst();
  if (existing) {
    const details = parseJson<Record<string, unknown>>(existing.details, {});
    const ops = Array.isArray(details.operations) ? (details.operations as unknown[]) : [];
    await controlTables.findings.update(tx, existing.id, { details: JSON.stringify({ ...details, operations: [...ops, { ...operation, at: at.toISOString() }] }) });
    return { reason, findingId: existing.id };
  }
  const findingId = await raiseFinding(ctx, tx, { id: null, name: "system" }, at, {
    kind: "off_duty_operation",
    orgUnitId: unit.id,
    orgUnitPath: unit.path,
    subjectUserIds: [userId],
    title: reason === "deactivated" ? "离职/停用人员仍在系统操作" : "休假人员仍在系统操作",
    details: { reason, date, userName: user.display_name, operations: [{ ...operation, at: at.toISOString() }] },
    dedupeKey,
  });
  return { reason, findingId };
}

/** The same check in its own transaction, for callers outside one. */
export async function checkOperatorOnDutyNow(ctx: AppContext, userId: string, at: Date, operation: { action: string; entityType: string; entityId: string | null }) {
  return ctx.tx((tx) => checkOperatorOnDuty(ctx, tx, userId, at, operation));
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
  requirePermission(p, "finding.manage");
  const before = await getFinding(ctx, p, id);
  if (before.status === "closed") throw new DomainError("conflict", "finding_closed", "The finding is closed");
  if (body.status === "closed" && !body.resolution?.trim()) throw new DomainError("validation", "resolution_required", "Closing needs a resolution");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await controlTables.findings.update(tx, id, {
      status: body.status,
      resolution: body.resolution ?? before.resolution,
      closed_at: body.status === "closed" ? now.toISOString() : null,
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

