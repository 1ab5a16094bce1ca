/** P-12/P-13 a manual ledger entry: rule, person, date, evidence link; waits for the manager's approval. Audited. */
import { DomainError, ledgerEntryEffect } from "@ccms/core";
import { type LedgerEntryRow, ledgerRepository } from "@ccms/db";
import type { CreateLedgerEntryRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { ledgerViews, ruleOf } from "./ledger-view.js";

export async function createLedgerEntry(ctx: AppContext, p: UserPrincipal, body: CreateLedgerEntryRequest) {
  requirePermission(p, "people.ledger.record");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  const ruleRow = await ledgerRepository.findRule(ex, body.ruleCode);
  if (!ruleRow || ruleRow.active !== 1) throw new DomainError("validation", "ledger_rule_unknown", "No such ledger rule", { ruleCode: body.ruleCode });
  const effect = ledgerEntryEffect(ruleOf(ruleRow), { terminationProposed: body.terminationProposed ?? false });
  const now = ctx.clock.now();
  const row: LedgerEntryRow = {
    id: ulid(),
    user_id: user.id,
    org_unit_id: user.orgUnitId,
    rule_code: ruleRow.code,
    points: effect.points,
    loses_eligibility: effect.losesEligibility ? 1 : 0,
    quarter_zero: effect.quarterZero ? 1 : 0,
    termination_proposed: effect.terminationProposed ? 1 : 0,
    date: body.date,
    origin: "manual",
    source_key: null,
    evidence_kind: body.evidence?.kind ?? null,
    evidence_id: body.evidence?.id ?? null,
    note: body.note ?? null,
    state: "pending",
    decided_by: null,
    decided_at: null,
    decision_note: null,
    appeal_state: "none",
    appeal_reason: null,
    appealed_at: null,
    appeal_decided_by: null,
    appeal_decided_at: null,
    appeal_note: null,
    created_by: p.userId,
    created_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await ledgerRepository.insertEntry(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.ledger_entry_recorded",
      entityType: "ledger_entry",
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      details: { 员工: user.displayName, 规则: `${ruleRow.article} ${ruleRow.name_zh}`, 分值: row.points, 日期: row.date },
    });
  });
  return (await ledgerViews(ex, p, [row]))[0]!;
}
