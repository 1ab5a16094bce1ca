/** A transaction in the caller's scope (404 aml_transaction outside it). */
import { type AmlTransactionRow, amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, notFound } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";

export async function loadAmlTransaction(ctx: AppContext, p: UserPrincipal, id: string): Promise<AmlTransactionRow> {
  const r = await amlRepository.findTransaction(ctx.database.db, id);
  if (!r) throw notFound("aml_transaction", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("aml_transaction", id);
  });
  return r;
}
