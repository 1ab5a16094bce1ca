/** The case history (timeline events) and the audit entry of every change. */
import type { CaseState } from "@ccms/core";
import { type CaseEventRow, type Executor, caseRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

export function parseData(e: CaseEventRow): Record<string, unknown> {
  try {
    const v = JSON.parse(e.data) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface EventInput {
  type: string;
  at?: Date;
  fromState?: CaseState | null;
  toState?: CaseState | null;
  orgUnitId: string;
  data?: unknown;
}

export async function recordCaseEvent(ctx: AppContext, ex: Executor, p: Principal | null, caseId: string, e: EventInput, now: Date): Promise<CaseEventRow> {
  const actor = actorOf(p);
  return caseRepository.appendEvent(ex, {
    id: ulid(),
    case_id: caseId,
    type: e.type,
    at: (e.at ?? now).toISOString(),
    actor_id: actor.id,
    actor_name: p && p.kind === "user" ? p.displayName : actor.name,
    org_unit_id: e.orgUnitId,
    from_state: e.fromState ?? null,
    to_state: e.toState ?? null,
    data: JSON.stringify(e.data ?? {}),
  });
}

export async function auditCase(ctx: AppContext, ex: Executor, p: Principal | null, now: Date, action: string, row: { id: string; org_unit_id: string }, details: unknown): Promise<void> {
  await appendAudit(ex, ctx.database.engine, actorOf(p), now, { action, entityType: "case", entityId: row.id, orgUnitId: row.org_unit_id, details });
}
