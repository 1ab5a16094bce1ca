/** C-12 the upper level decides an appeal, finally: upheld voids the entry, dismissed keeps it. Audited. */
import { decideLedgerAppeal as decide } from "@ccms/core";
import { ledgerRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { ledgerViews } from "./ledger-view.js";
import { entryFacts, loadLedgerEntry } from "./load-ledger-entry.js";

export async function decideLedgerAppeal(ctx: AppContext, p: UserPrincipal, id: string, body: { uphold: boolean; note: string }) {
  requirePermission(p, "people.ledger.decide");
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = await loadLedgerEntry(tx, p, id);
    const r = decide(entryFacts(row), p.userId, body.uphold);
    await ledgerRepository.updateEntry(tx, id, { appeal_state: r.appealState, state: r.state, appeal_decided_by: p.userId, appeal_decided_at: now.toISOString(), appeal_note: body.note });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.ledger_appeal_decided", entityType: "ledger_entry", entityId: id, orgUnitId: row.org_unit_id, details: { 规则: row.rule_code, 结果: body.uphold ? "申诉成立" : "维持", 意见: body.note } });
  });
  return (await ledgerViews(ex, p, [(await ledgerRepository.findEntry(ex, id))!]))[0]!;
}
