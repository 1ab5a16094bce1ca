/**
 * P-12/P-13 an automatic ledger entry, idempotent by its source key: the same fact (an event delivered
 * twice, a sweep run again) makes one entry. Automatic entries still wait for the manager's approval.
 * Audited as the system.
 */
import { type AutomaticEntry, ledgerEntryEffect } from "@ccms/core";
import { type Database, type Executor, type LedgerEntryRow, ledgerRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import { appendAudit } from "../../control/audit.js";
import { SYSTEM_ACTOR, ruleOf } from "./ledger-view.js";

export async function recordAutomaticEntry(tx: Executor, engine: Database["engine"], e: AutomaticEntry, now: Date, note: string | null): Promise<LedgerEntryRow | null> {
  if (await ledgerRepository.findBySourceKey(tx, e.sourceKey)) return null;
  const ruleRow = await ledgerRepository.findRule(tx, e.ruleCode);
  const user = await userRepository.findById(tx, e.userId);
  if (!ruleRow || ruleRow.active !== 1 || !user) return null;
  const effect = ledgerEntryEffect(ruleOf(ruleRow));
  const row: LedgerEntryRow = {
    id: ulid(),
    user_id: e.userId,
    org_unit_id: user.orgUnitId,
    rule_code: e.ruleCode,
    points: effect.points,
    loses_eligibility: effect.losesEligibility ? 1 : 0,
    quarter_zero: effect.quarterZero ? 1 : 0,
    termination_proposed: effect.terminationProposed ? 1 : 0,
    date: e.date,
    origin: "automatic",
    source_key: e.sourceKey,
    evidence_kind: e.evidenceKind,
    evidence_id: e.evidenceId,
    note,
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
    created_by: SYSTEM_ACTOR,
    created_at: now.toISOString(),
  };
  await ledgerRepository.insertEntry(tx, row);
  await appendAudit(tx, engine, { id: null, name: SYSTEM_ACTOR }, now, {
    action: "people.ledger_entry_recorded",
    entityType: "ledger_entry",
    entityId: row.id,
    orgUnitId: row.org_unit_id,
    details: { 员工: user.displayName, 规则: `${ruleRow.article} ${ruleRow.name_zh}`, 分值: row.points, 来源: e.sourceKey },
  });
  return row;
}
