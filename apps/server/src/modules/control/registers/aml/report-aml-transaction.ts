/** POST /api/v1/control/aml/transactions/:id/report — K-10 a suspicious transaction reported once, audited. */
import { DomainError } from "@ccms/core";
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { loadAmlTransaction } from "./load-aml-transaction.js";
import { presentAmlTransaction } from "./present-aml-transaction.js";

export async function reportAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, body: { reportRef: string }) {
  requirePermission(p, "aml.manage");
  const r = await loadAmlTransaction(ctx, p, id);
  if (r.suspicious !== 1) throw new DomainError("conflict", "aml_not_suspicious", "Only a suspicious transaction is reported");
  if (r.reported_at) throw new DomainError("conflict", "aml_already_reported", "Already reported");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await amlRepository.markReported(tx, id, now.toISOString(), body.reportRef);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.reported", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reportRef: body.reportRef } });
  });
  return presentAmlTransaction((await amlRepository.findTransaction(ctx.database.db, id))!);
}
