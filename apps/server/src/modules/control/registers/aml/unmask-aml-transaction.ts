/** K-09 one transaction's customer in full: `customer.unmask` and a reason, audited (never the data itself). */
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { loadAmlTransaction } from "./load-aml-transaction.js";
import { presentAmlTransaction } from "./present-aml-transaction.js";

export async function unmaskAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string, reason: string) {
  requirePermission(p, "control.read");
  const r = await loadAmlTransaction(ctx, p, id);
  requirePermission(p, "customer.unmask");
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "customer.unmasked", entityType: "aml_transaction", entityId: id, orgUnitId: r.counter_id, details: { reason } }),
  );
  return presentAmlTransaction(r, true);
}
