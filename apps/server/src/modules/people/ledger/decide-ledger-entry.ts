/** P-12/P-13 the person's manager approves or rejects a pending entry (never one about themself). Audited. */
import { decideLedgerEntry as decide } from "@ccms/core";
import { ledgerRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { ledgerViews } from "./ledger-view.js";
import { entryFacts, loadLedgerEntry } from "./load-ledger-entry.js";

export async function decideLedgerEntry(ctx: AppContext, p: UserPrincipal, id: string, body: { approve: boolean; note?: string | undefined }) {
  requirePermission(p, "people.ledger.approve");
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const row = await loadLedgerEntry(tx, p, id);
    const state = decide(entryFacts(row), p.userId, body.approve);
    await ledgerRepository.updateEntry(tx, id, { state, decided_by: p.userId, decided_at: now.toISOString(), decision_note: body.note ?? null });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: body.approve ? "people.ledger_entry_approved" : "people.ledger_entry_rejected", entityType: "ledger_entry", entityId: id, orgUnitId: row.org_unit_id, details: { 规则: row.rule_code, 分值: row.points, 意见: body.note ?? null } });
  });
  return (await ledgerViews(ex, p, [(await ledgerRepository.findEntry(ex, id))!]))[0]!;
}
