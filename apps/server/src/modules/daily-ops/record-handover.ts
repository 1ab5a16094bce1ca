/** D-07 the outgoing lead records the handover; refused while an emergency at the counter is open. */
import { DomainError, assertHandoverAllowed } from "@ccms/core";
import type { RecordHandoverRequest } from "@ccms/contracts";
import { handoverRepository, incidentRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { getHandover } from "./get-handover.js";
import { writeReliefSections } from "./save-relief-sections.js";
import { userAtCounter } from "./staff-in-scope.js";

export async function recordHandover(ctx: AppContext, p: UserPrincipal, body: RecordHandoverRequest) {
  requirePermission(p, "dailyops.handover");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  await userAtCounter(ex, p, body.incomingLeadId, counter);
  if (body.incomingLeadId === p.userId) throw new DomainError("validation", "handover_to_self", "The incoming lead must be another person");
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    assertHandoverAllowed((await incidentRepository.listOpen(tx, [counter.id])).map((i) => i.id));
    await handoverRepository.insert(tx, {
      id,
      counter_id: counter.id,
      business_date: body.businessDate ?? businessDateOf(counter, now),
      shift: body.shift,
      outgoing_lead_id: p.userId,
      incoming_lead_id: body.incomingLeadId,
      work_done: body.workDone,
      events: body.events ?? null,
      problems: body.problems ?? null,
      pending_items: JSON.stringify(body.pendingItems),
      notices: body.notices ?? null,
      status: "pending",
      confirm_note: null,
      created_at: now.toISOString(),
      confirmed_at: null,
    });
    // D-13 important notices, retained cards and error accounts, when listed with the handover.
    if (body.relief) await writeReliefSections(tx, id, counter.id, body.relief, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.recorded",
      entityType: "shift_handover",
      entityId: id,
      orgUnitId: counter.id,
      details: { shift: body.shift, incomingLeadId: body.incomingLeadId, pendingItems: body.pendingItems.length, ...(body.relief ? { reliefListed: true } : {}) },
    });
  });
  return getHandover(ctx, p, id);
}
