/**
 * C-12/C-13 → P-13: a responsibility ruling from cases (`responsibility.ruled`, through the outbox)
 * becomes the responsible person's deduction (pending the manager's approval). Idempotent by the
 * ruling (an event delivered twice makes one entry); a C-13 repeat counts for the outlet only.
 * C-12 the upper level's final decision on the case appeal (`responsibility.appeal_decided`): overturned
 * to non-responsible voids the deduction; a final responsible outcome makes it (same key, once).
 */
import { localDateOf, rulingDeduction } from "@ccms/core";
import { type Database, ledgerRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../../../realtime/outbox-relay.js";
import { appendAudit } from "../../control/audit.js";
import { SYSTEM_ACTOR } from "./ledger-view.js";
import { recordAutomaticEntry } from "./record-automatic-entry.js";

interface RulingEventData {
  rulingId?: string;
  caseId?: string;
  orgUnitId?: string;
  employeeId?: string | null;
  outcome?: string;
  repeatOf?: string | null;
}

export function ledgerSubscriber(engine: Database["engine"]): EventSubscriber {
  return {
    name: "people ledger",
    handles: (type) => type === "responsibility.ruled" || type === "responsibility.appeal_decided",
    async handle(tx, event) {
      const d = (event.data ?? {}) as RulingEventData;
      if (!d.rulingId || !d.caseId || !d.outcome) return [];
      const unit = d.orgUnitId ? await orgUnitRepository.findById(tx, d.orgUnitId) : undefined;
      const at = new Date(event.createdAt);
      const entry = rulingDeduction({ rulingId: d.rulingId, caseId: d.caseId, employeeId: d.employeeId ?? null, outcome: d.outcome, repeatOf: d.repeatOf ?? null }, localDateOf(at, unit?.timeZone ?? "Asia/Shanghai"));
      if (entry) {
        await recordAutomaticEntry(tx, engine, entry, at, null);
      } else if (event.type === "responsibility.appeal_decided") {
        const existing = await ledgerRepository.findBySourceKey(tx, `ruling:${d.rulingId}`);
        if (existing && existing.state !== "voided") {
          await ledgerRepository.updateEntry(tx, existing.id, { state: "voided", decision_note: "ruling_overturned" });
          await appendAudit(tx, engine, { id: null, name: SYSTEM_ACTOR }, at, { action: "people.ledger_entry_voided", entityType: "ledger_entry", entityId: existing.id, orgUnitId: existing.org_unit_id, details: { 规则: existing.rule_code, 原因: "责任认定申诉改判" } });
        }
      }
      return [];
    },
  };
}
