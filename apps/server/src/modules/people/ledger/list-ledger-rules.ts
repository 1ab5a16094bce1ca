/** P-12/P-13 the point values in force (seed 003 Art.104–107 by default; rows of people_ledger_rules). */
import { ledgerRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";
import { ruleView } from "./ledger-view.js";

export async function listLedgerRules(ctx: AppContext, _p: UserPrincipal) {
  return { items: (await ledgerRepository.listRules(ctx.database.db)).map(ruleView) };
}
