/**
 * P-14 KPI items of a scorecard: a metric measured over system data for a person (or the unit, for a
 * head's card) and a scoring rule. Queue and case indicators are the reporting KPI catalogue's own
 * (I-04: avgWaitMinutes, avgServiceMinutes, onTimeReplyRate, callbackRate, satisfactionRate — computed
 * from a person's facts with `kpiValue`); the others are counts defined here.
 */
import { DomainError } from "../../shared/errors.js";
import { type KpiId, isKpiId } from "../../reporting/kpi-catalogue.js";

/** Metrics beyond the catalogue (counts over a quarter). */
export type AssessmentCountMetric =
  | "responsibleComplaints" // C-12 responsible rulings naming the person (the outlet's: C-13 repeat once)
  | "patrolFailures" // D-02 failed patrol items of the person's counter
  | "sealDocumentLosses" // seals or value documents lost (control registers; entered when not recorded)
  | "errorsInQuarter" // 业务管理岗/保全后台岗 processing errors in the quarter (entered)
  | "workingDaysLate" // timeliness: working days late in the quarter (entered, or from deadlines)
  | "noticeDaysLate" // 保全后台岗 notices: working days after the 5th (postponed for holidays)
  | "archiveDaysLate" // 保全后台岗 archives: working days after the 10th (postponed for holidays)
  | "entered"; // a figure the system does not hold (e.g. 档案归档率), entered by the manager with evidence

export const ASSESSMENT_COUNT_METRICS: readonly AssessmentCountMetric[] = [
  "responsibleComplaints",
  "patrolFailures",
  "sealDocumentLosses",
  "errorsInQuarter",
  "workingDaysLate",
  "noticeDaysLate",
  "archiveDaysLate",
  "entered",
];

/** Catalogue indicators a scorecard may use (others of the catalogue are unit volumes). */
export const SCORECARD_CATALOGUE_KPIS: readonly KpiId[] = ["avgWaitMinutes", "avgServiceMinutes", "onTimeReplyRate", "callbackRate", "satisfactionRate"];

export type AssessmentMetric = KpiId | AssessmentCountMetric;

/** Metrics the run measures from system data; the rest are figures a manager enters with evidence. */
export const SYSTEM_METRICS: readonly AssessmentMetric[] = [...SCORECARD_CATALOGUE_KPIS, "responsibleComplaints", "patrolFailures"];

export type KpiScoring =
  /** Full points when value ≥ target, else 0 (e.g. satisfaction ≥ 90 %). */
  | { kind: "atLeast"; target: number }
  /** Full points when value ≤ target, else 0 (e.g. average wait ≤ 15 min). */
  | { kind: "atMost"; target: number }
  /** Full points − perUnit × max(0, value − allowance), never below 0 (e.g. ≤ 1 error, −5 per further). */
  | { kind: "deductPerUnit"; allowance: number; perUnit: number }
  /** Full points unless the value is above 0 (e.g. a seal loss). */
  | { kind: "zeroIfAny" };

export interface KpiFormula {
  metric: AssessmentMetric;
  scoring: KpiScoring;
}

export const isAssessmentMetric = (m: string): m is AssessmentMetric =>
  (SCORECARD_CATALOGUE_KPIS as readonly string[]).includes(m) || (ASSESSMENT_COUNT_METRICS as readonly string[]).includes(m) || isKpiId(m);

export function assertValidFormula(code: string, f: KpiFormula): void {
  if (!isAssessmentMetric(f.metric)) throw new DomainError("validation", "scorecard_unknown_metric", `Unknown metric ${f.metric}`, { code, metric: f.metric });
  const s = f.scoring;
  const bad = (s.kind === "atLeast" || s.kind === "atMost") ? !Number.isFinite(s.target) : s.kind === "deductPerUnit" ? !(s.allowance >= 0 && s.perUnit > 0) : false;
  if (bad) throw new DomainError("validation", "scorecard_bad_scoring", `Item ${code} has an invalid scoring rule`, { code });
}

/**
 * P-14 the points an item earns for a measured value (null: no figure yet, the item stays open).
 * 业务管理岗 errors: allowance 1, perUnit 5 → 2 errors −5, 3 errors −10; timeliness: allowance 0,
 * perUnit 5 → −5 per working day late.
 */
export function scoreKpi(points: number, scoring: KpiScoring, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  switch (scoring.kind) {
    case "atLeast":
      return value >= scoring.target ? points : 0;
    case "atMost":
      return value <= scoring.target ? points : 0;
    case "deductPerUnit":
      return Math.max(0, points - scoring.perUnit * Math.max(0, value - scoring.allowance));
    case "zeroIfAny":
      return value > 0 ? 0 : points;
    default: {
      const never: never = scoring;
      return never;
    }
  }
}
