/** D-09 record a drill, risk review or warning. */
import type { DrillKind } from "@ccms/core";
import { drillRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { presentDrill } from "./present-drill.js";

export async function recordDrill(ctx: AppContext, p: UserPrincipal, body: { counterId: string; date: string; kind: DrillKind; scenario: string; participants: string[]; notes?: string | undefined }) {
  requirePermission(p, "incident.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await drillRepository.insert(tx, { id, counter_id: counter.id, date: body.date, kind: body.kind, scenario: body.scenario, participants: JSON.stringify(body.participants), notes: body.notes ?? null, recorded_by: p.userId, created_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "drill.recorded", entityType: "emergency_drill", entityId: id, orgUnitId: counter.id, details: { kind: body.kind, date: body.date } });
  });
  return presentDrill((await drillRepository.findById(ctx.database.db, id))!);
}
