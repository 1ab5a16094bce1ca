/** The words of a notification in the reader's language: names from its data, never ids. */
import type { Translator } from "../../i18n";
import type { Notification } from "./api";

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const METRICS = new Set(["acceptance", "firstContact", "reply", "reconsiderationDecision", "callback"]);
const ROUTED = new Set(["escalated", "forwarded", "result_reported", "reconsideration_applied"]);
const REMINDERS = new Set(["archive_overdue", "corrective_action_overdue", "hand_back_due", "incident_open", "fault_open", "focus_issue_open", "daily_close_missing"]);

/** `formatInstant` turns an ISO instant into the reader's words ("2026-03-19 23:59"). */
export function notificationText(n: Pick<Notification, "kind" | "data">, t: Translator, formatInstant: (iso: string) => string): string {
  const d = n.data;
  const unit = str(d.unitName) ?? t("notifications.unknownUnit");
  const number = str(d.caseNumber) ?? "—";
  const sep = t.locale === "zh-CN" ? "：" : ": ";
  const titled = (v: unknown) => (str(v) ? `${sep}${str(v)}` : "");
  switch (n.kind) {
    case "case_alert": {
      const metric = t(`notifications.metric.${METRICS.has(str(d.metric) ?? "") ? str(d.metric) : "other"}`);
      const due = str(d.dueAt) ? formatInstant(str(d.dueAt)!) : "—";
      return t(d.alert === "breach" ? "notifications.caseAlert.breach" : "notifications.caseAlert.warning", { number, metric, due });
    }
    case "case_routed": {
      const ev = str(d.event) ?? "";
      const from = str(d.fromUnitName) ? t("notifications.caseRouted.from", { name: str(d.fromUnitName)! }) : "";
      return t(`notifications.caseRouted.${ROUTED.has(ev) ? ev : "other"}`, { number, unit, from });
    }
    case "finding_raised":
      return t("notifications.finding", { unit, title: str(d.title) ?? "—" });
    case "incident_reported":
      return t("notifications.incidentReported", { unit, level: str(d.level) ?? "—", title: titled(d.title) });
    case "incident_escalated":
      // D-14 an urgent event reported to the level above (or escalated further when not acknowledged in time).
      if (d.urgent === true) return t(d.stage === "escalation" ? "notifications.urgentEscalated" : "notifications.urgentReported", { unit, level: str(d.level) ?? "—", title: titled(d.title) });
      return t("notifications.incidentEscalated", { unit, title: titled(d.title) });
    case "reminder": {
      const k = str(d.reminderKind) ?? "";
      return t(`notifications.reminder.${REMINDERS.has(k) ? k : "other"}`, { unit, due: str(d.dueDate) ?? "—", title: titled(d.title), ref: titled(d.archiveRef) });
    }
  }
}
