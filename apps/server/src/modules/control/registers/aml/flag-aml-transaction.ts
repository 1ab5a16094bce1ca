/** POST /api/v1/control/aml/transactions/:id/flag — K-10 suspicious, with reasons (added to any before), audited. */
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { parseJson } from "../../../daily-ops/parse-json.js";
import { loadAmlTransaction } from "./load-aml-transaction.js";
import { presentAmlTransaction } from "./present-aml-transaction.js";

export async function flagAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, body: { reasons: string[] }) {
  requirePermission(p, "aml.manage");
  const r = await loadAmlTransaction(ctx, p, id);
  const reasons = [...new Set([...parseJson<string[]>(r.suspicious_reasons, []), ...body.reasons])];
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await amlRepository.markSuspicious(tx, id, JSON.stringify(reasons));
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.flagged", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reasons: body.reasons } });
  });
  return presentAmlTransaction((await amlRepository.findTransaction(ctx.database.db, id))!);
}
