/** POST /api/v1/control/aml/transactions — K-10 one receipt or payment, audited. */
import { DomainError } from "@ccms/core";
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { type AmlTxInput, buildAmlTransactionRow } from "./build-aml-transaction-row.js";
import { findAmlThresholds } from "./find-aml-thresholds.js";
import { presentAmlTransaction } from "./present-aml-transaction.js";

export async function recordAmlTransaction(ctx: AppContext, p: UserPrincipal, body: AmlTxInput & { counterId: string }) {
  requirePermission(p, "aml.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  if (new Date(body.occurredAt).getTime() > now.getTime()) throw new DomainError("validation", "occurred_in_future", "occurredAt is in the future");
  const row = buildAmlTransactionRow(counter.id, body, await findAmlThresholds(ex, counter), p.userId, now);
  await ctx.tx(async (tx) => {
    await amlRepository.insertTransaction(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.transaction_recorded", entityType: "aml_transaction", entityId: row.id, orgUnitId: counter.id, details: { amountFen: body.amountFen, largeAmount: row.large_amount === 1, suspicious: row.suspicious === 1 } });
  });
  return presentAmlTransaction(row);
}
