/**
 * The KPI catalogue (I-04; issue 16 item 1): one definition per indicator — name, formula over the
 * unit facts, unit, default target and the rule it measures. Dashboards, periodic reports and
 * scorecards all compute indicators through `kpiValue`, never on their own.
 * Targets are defaults; null means the rules set no target (the figure is shown, not judged).
 */
import type { UnitFacts } from "./unit-facts.js";

export type KpiId =
  | "avgWaitMinutes"
  | "peakHourWaitMinutes"
  | "waitWithinTargetRate"
  | "avgServiceMinutes"
  | "serviceWithinLimitRate"
  | "satisfactionRate"
  | "ticketsIssued"
  | "ticketsServed"
  | "noShowRate"
  | "complaintsReceived"
  | "onTimeReplyRate"
  | "callbackRate"
  | "inspectionAvgScore"
  | "inspectionNonConformities"
  | "dailyCloseRate"
  | "equipmentFaults"
  | "findingsRaised";

export type KpiUnit = "minutes" | "percent" | "count" | "score";
/** Which way is better: a wait should be low, satisfaction high; volumes are neither. */
export type KpiDirection = "lower" | "higher" | "neutral";

export interface KpiDefinition {
  id: KpiId;
  nameZh: string;
  nameEn: string;
  /** The formula in words, over the named facts. */
  formula: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number | null;
  ruleId: string;
  compute: (f: UnitFacts) => number | null;
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);
const pct = (n: number, d: number) => round1(d > 0 ? (n / d) * 100 : null);
const minutes = (secs: number, n: number) => round1(n > 0 ? secs / n / 60 : null);

/** Q-07 peak: the local hour with the highest average wait (hours with at least one call). */
function peakHourWait(f: UnitFacts): number | null {
  let best: number | null = null;
  for (const h of f.hours) {
    const avg = ratio(h.waitSecondsSum, h.called);
    if (avg !== null && (best === null || avg > best)) best = avg;
  }
  return best === null ? null : round1(best / 60);
}

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  { id: "avgWaitMinutes", nameZh: "平均等候时长", nameEn: "Average wait", formula: "waitSecondsSum / ticketsCalled / 60", unit: "minutes", direction: "lower", target: 15, ruleId: "Q-07", compute: (f) => minutes(f.waitSecondsSum, f.ticketsCalled) },
  { id: "peakHourWaitMinutes", nameZh: "高峰时段平均等候时长", nameEn: "Peak-hour average wait", formula: "max over local hours of (hour.waitSecondsSum / hour.called) / 60", unit: "minutes", direction: "lower", target: 30, ruleId: "Q-07", compute: peakHourWait },
  { id: "waitWithinTargetRate", nameZh: "等候达标率", nameEn: "Waits within target", formula: "waitsWithinTarget / ticketsCalled × 100", unit: "percent", direction: "higher", target: null, ruleId: "Q-07", compute: (f) => pct(f.waitsWithinTarget, f.ticketsCalled) },
  { id: "avgServiceMinutes", nameZh: "平均办理时长", nameEn: "Average handling time", formula: "serviceSecondsSum / servicesTimed / 60", unit: "minutes", direction: "lower", target: 15, ruleId: "Q-06", compute: (f) => minutes(f.serviceSecondsSum, f.servicesTimed) },
  { id: "serviceWithinLimitRate", nameZh: "办理时限达标率", nameEn: "Handling within limit", formula: "servicesWithinLimit / servicesTimed × 100", unit: "percent", direction: "higher", target: null, ruleId: "Q-06", compute: (f) => pct(f.servicesWithinLimit, f.servicesTimed) },
  { id: "satisfactionRate", nameZh: "客户满意率", nameEn: "Customer satisfaction", formula: "ratingsSatisfied / ratings × 100 (satisfied = 4 or 5)", unit: "percent", direction: "higher", target: 90, ruleId: "Q-09", compute: (f) => pct(f.ratingsSatisfied, f.ratings) },
  { id: "ticketsIssued", nameZh: "取号量", nameEn: "Tickets issued", formula: "ticketsIssued (transfers not counted)", unit: "count", direction: "neutral", target: null, ruleId: "Q-02", compute: (f) => f.ticketsIssued },
  { id: "ticketsServed", nameZh: "办结量", nameEn: "Services finished", formula: "ticketsServed", unit: "count", direction: "neutral", target: null, ruleId: "Q-11", compute: (f) => f.ticketsServed },
  { id: "noShowRate", nameZh: "过号率", nameEn: "No-show rate", formula: "ticketsNoShow / ticketsCalled × 100", unit: "percent", direction: "lower", target: null, ruleId: "Q-04", compute: (f) => pct(f.ticketsNoShow, f.ticketsCalled) },
  { id: "complaintsReceived", nameZh: "投诉量", nameEn: "Complaints received", formula: "complaintsReceived", unit: "count", direction: "lower", target: null, ruleId: "C-02", compute: (f) => f.complaintsReceived },
  { id: "onTimeReplyRate", nameZh: "按时答复率", nameEn: "Replies on time", formula: "repliesOnTime / (repliesOnTime + repliesLate) × 100", unit: "percent", direction: "higher", target: 100, ruleId: "C-06", compute: (f) => pct(f.repliesOnTime, f.repliesOnTime + f.repliesLate) },
  { id: "callbackRate", nameZh: "投诉回访率", nameEn: "Complaint callbacks done", formula: "callbacksDone / callbacksDue × 100", unit: "percent", direction: "higher", target: 100, ruleId: "C-10", compute: (f) => pct(f.callbacksDone, f.callbacksDue) },
  { id: "inspectionAvgScore", nameZh: "巡检平均得分", nameEn: "Average patrol score", formula: "inspectionScoreSum / 10 / inspections", unit: "score", direction: "higher", target: null, ruleId: "D-02", compute: (f) => round1(f.inspections > 0 ? f.inspectionScoreSum / 10 / f.inspections : null) },
  { id: "inspectionNonConformities", nameZh: "巡检不合格项", nameEn: "Patrol non-conformities", formula: "inspectionNonConformities", unit: "count", direction: "lower", target: null, ruleId: "D-02", compute: (f) => f.inspectionNonConformities },
  { id: "dailyCloseRate", nameZh: "日清日结完成率", nameEn: "Daily close done", formula: "dailyCloses / serviceDays × 100 (service day = a day with tickets)", unit: "percent", direction: "higher", target: 100, ruleId: "D-06", compute: (f) => (f.serviceDays > 0 ? pct(Math.min(f.dailyCloses, f.serviceDays), f.serviceDays) : null) },
  { id: "equipmentFaults", nameZh: "设备故障数", nameEn: "Equipment faults", formula: "equipmentFaults reported", unit: "count", direction: "lower", target: null, ruleId: "D-08", compute: (f) => f.equipmentFaults },
  { id: "findingsRaised", nameZh: "发现问题数", nameEn: "Findings raised", formula: "findingsRaised (control and case findings)", unit: "count", direction: "lower", target: null, ruleId: "C-07", compute: (f) => f.findingsRaised },
];

const BY_ID = new Map(KPI_CATALOGUE.map((k) => [k.id, k]));

export function kpiDefinition(id: KpiId): KpiDefinition {
  return BY_ID.get(id)!;
}

export const isKpiId = (s: string): s is KpiId => BY_ID.has(s as KpiId);

export function kpiValue(id: KpiId, f: UnitFacts): number | null {
  return kpiDefinition(id).compute(f);
}
