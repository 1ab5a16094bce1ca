/**
 * Cases → notifications: a deadline warning or breach (C-01, C-02, C-06) reaches the case's handler (else
 * its first responder) and, on a breach, the unit's managers; a case escalated, forwarded, reported back
 * or sent for reconsideration (C-05, C-09, C-19) reaches the managers of the unit that receives it.
 */
import { caseRepository, notificationRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../outbox-relay.js";
import { UNIT_MANAGER_ROLES, notifyUsers } from "./notify-users.js";

const ALERTS = new Set(["case.warning", "case.breach"]);
const ROUTED = new Set(["case.escalated", "case.forwarded", "case.result_reported", "case.reconsideration_applied"]);

interface CaseEventData {
  caseId?: string;
  metric?: string;
  dueAt?: string;
  fromUnitId?: string;
}

export const caseNotifications: EventSubscriber = {
  name: "case notifications",
  handles: (type) => ALERTS.has(type) || ROUTED.has(type),
  async handle(tx, event) {
    const d = (event.data ?? {}) as CaseEventData;
    if (!d.caseId) return [];
    const row = await caseRepository.findById(tx, d.caseId);
    if (!row) return [];
    const unit = await orgUnitRepository.findById(tx, row.org_unit_id);
    const base = { caseNumber: row.number, caseKind: row.kind, unitName: unit?.name ?? null };
    if (ALERTS.has(event.type)) {
      const breach = event.type === "case.breach";
      const people = [row.handler_id ?? row.first_responder_id];
      if (breach) people.push(...(await notificationRepository.activeUserIdsWithRoles(tx, [row.org_unit_id], UNIT_MANAGER_ROLES)));
      return notifyUsers(tx, event, people, {
        kind: "case_alert",
        subjectType: "case",
        subjectId: row.id,
        orgUnitId: row.org_unit_id,
        data: { ...base, alert: breach ? "breach" : "warning", metric: d.metric ?? null, dueAt: d.dueAt ?? null },
      });
    }
    // Routed: the channel is the receiving unit.
    const target = await orgUnitRepository.findById(tx, event.channel);
    if (!target) return [];
    const from = d.fromUnitId ? await orgUnitRepository.findById(tx, d.fromUnitId) : undefined;
    const people = await notificationRepository.activeUserIdsWithRoles(tx, [target.id], UNIT_MANAGER_ROLES);
    return notifyUsers(tx, event, people, {
      kind: "case_routed",
      subjectType: "case",
      subjectId: row.id,
      orgUnitId: target.id,
      data: { ...base, unitName: target.name, event: event.type.slice("case.".length), fromUnitName: from?.name ?? null },
    });
  },
};
