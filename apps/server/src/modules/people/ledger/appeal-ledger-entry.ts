/** P-12/P-13, C-12 the person appeals an entry once, with a reason. Audited. */
import { appealLedgerEntry as appeal } from "@ccms/core";
import { ledgerRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { ledgerViews } from "./ledger-view.js";
import { entryFacts, loadLedgerEntry } from "./load-ledger-entry.js";

export async function appealLedgerEntry(ctx: AppContext, p: UserPrincipal, id: string, body: { reason: string }) {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = await loadLedgerEntry(tx, p, id);
    const appealState = appeal(entryFacts(row), p.userId);
    await ledgerRepository.updateEntry(tx, id, { appeal_state: appealState, appeal_reason: body.reason, appealed_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.ledger_entry_appealed", entityType: "ledger_entry", entityId: id, orgUnitId: row.org_unit_id, details: { 规则: row.rule_code, 理由: body.reason } });
  });
  return (await ledgerViews(ex, p, [(await ledgerRepository.findEntry(ex, id))!]))[0]!;
}
