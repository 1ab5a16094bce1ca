import { describe, expect, it } from "vitest";
import { makeTranslator, mergeDictionaries } from "../../i18n/translate";
import { notificationsI18n } from "./i18n";
import { notificationText } from "./notification-text";

const zh = makeTranslator(mergeDictionaries([notificationsI18n]), "zh-CN");
const en = makeTranslator(mergeDictionaries([notificationsI18n]), "en-US");
const fmt = (iso: string) => iso.slice(0, 16).replace("T", " ");

describe("notification words: names, never ids", () => {
  it.each([
    [{ kind: "case_alert", data: { caseNumber: "TS20260310001", alert: "warning", metric: "reply", dueAt: "2026-03-19T15:59:00Z", unitName: "天河客户服务中心" } }, "案件 TS20260310001 的答复时限将于 2026-03-19 15:59 到期", "Case TS20260310001: the reply time limit ends 2026-03-19 15:59"],
    [{ kind: "case_routed", data: { caseNumber: "TS1", event: "escalated", unitName: "广州市分公司", fromUnitName: "天河客户服务中心" } }, "案件 TS1 已上报至广州市分公司（来自天河客户服务中心）", "Case TS1 was escalated to 广州市分公司 (from 天河客户服务中心)"],
    [{ kind: "finding_raised", data: { title: "非在岗时段操作", unitName: "天河客户服务中心" } }, "天河客户服务中心：内控发现 — 非在岗时段操作", "天河客户服务中心: control finding — 非在岗时段操作"],
    [{ kind: "incident_escalated", data: { level: "I", unitName: "天河客户服务中心" } }, "天河客户服务中心 发生 I 级突发事件，已上报至本级", "天河客户服务中心: a level I incident, reported to your unit"],
    [{ kind: "incident_escalated", data: { level: "IV", urgent: true, stage: "report", title: "客户突发疾病", unitName: "天河客户服务中心" } }, "天河客户服务中心 上报紧急事件（IV级），请及时确认：客户突发疾病", "天河客户服务中心 reported an urgent event (level IV); please acknowledge: 客户突发疾病"],
    [{ kind: "incident_escalated", data: { urgent: true, stage: "escalation", unitName: "天河客户服务中心" } }, "天河客户服务中心 的紧急事件逾期未获确认，已上报至本级", "天河客户服务中心: an urgent event was not acknowledged in time and is now reported to your unit"],
    [{ kind: "reminder", data: { reminderKind: "daily_close_missing", dueDate: "2026-03-09", unitName: "天河客户服务中心" } }, "天河客户服务中心：2026-03-09 未完成日终", "天河客户服务中心: the business day 2026-03-09 was not closed"],
    [{ kind: "reminder", data: { reminderKind: "something_new" } }, "本机构：有待办提醒", "your unit: a reminder needs attention"],
  ] as const)("%j", (n, zhText, enText) => {
    expect(notificationText(n as never, zh, fmt)).toBe(zhText);
    expect(notificationText(n as never, en, fmt)).toBe(enText);
  });
});
