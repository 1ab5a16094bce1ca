/**
 * Time-limit policies as data, per org unit, versioned (the nearest ancestor's active policy applies;
 * the insurer preset when none is set). Each metric has a clock kind, an amount (optionally by
 * handling level, C-06), warning thresholds in percent of the limit, pause states and extension steps.
 */
import { DomainError } from "../shared/errors.js";
import type { CaseKind, CaseState, ClockKind, HandlingLevel, MetricCode } from "./case-model.js";

export interface MetricPolicy {
  kind: CaseKind;
  metric: MetricCode;
  clock: ClockKind;
  amount: number;
  amountByLevel?: Partial<Record<HandlingLevel, number>> | undefined;
  warnPercents: number[];
  pauseStates: CaseState[];
  extensions: Array<{ days: number; requiresApproval: boolean }>;
}

export type PolicyPresetName = "insurer" | "bank" | "regulatory" | "custom";

export interface TimeLimitPolicy {
  preset: PolicyPresetName;
  name: string;
  metrics: MetricPolicy[];
}

const WARN = [50, 80];
const PAUSE: CaseState[] = ["waiting"];

function m(kind: CaseKind, metric: MetricCode, amount: number, extra: Partial<MetricPolicy> = {}): MetricPolicy {
  return { kind, metric, clock: "workingDays", amount, warnPercents: WARN, pauseStates: PAUSE, extensions: [], ...extra };
}

/** Common metrics of every preset for kinds other than the complaint reply. */
function common(): MetricPolicy[] {
  return [
    // C-01 enquiry not answered on the spot: reply within 2 working days.
    m("enquiry", "acceptance", 0),
    m("enquiry", "reply", 2),
    // C-02 complaint: accepted into the complaint system, contacted, reconsideration C-09, callback C-10.
    m("complaint", "acceptance", 1),
    m("complaint", "firstContact", 1),
    m("complaint", "reconsiderationDecision", 10, { pauseStates: [] }),
    m("complaint", "callback", 3, { pauseStates: [] }),
    // C-03 special matter: the customer is contacted the next working day, then followed up.
    m("special", "firstContact", 1),
    m("special", "reply", 7),
    // C-15 opinions from the box or book are read after closing and logged the same evening (by the end
    // of that business day: day 0), then answered.
    m("opinion", "acceptance", 0),
    m("opinion", "reply", 7),
    // C-16 (seed 004 第六条(五), 第十一条(一)) between departments: complaints, reports and suggestions
    // get feedback within 5 working days; an enquiry by phone or message is answered within 1.
    m("internal", "reply", 5),
    m("internalEnquiry", "reply", 1),
    // C-18 misconduct complaints follow the misconduct procedure: no complaint clock.
  ];
}

export function presetPolicy(preset: Exclude<PolicyPresetName, "custom">): TimeLimitPolicy {
  switch (preset) {
    case "insurer":
      // C-02 complaint reply 7 working days of acceptance; C-01 enquiry 2 working days.
      return { preset, name: "insurer", metrics: [...common(), m("complaint", "reply", 7)] };
    case "bank":
      // C-06 outlet 1, city 2, province 3 working days by handling level.
      return {
        preset,
        name: "bank",
        metrics: [...common(), m("complaint", "reply", 1, { amountByLevel: { outlet: 1, city: 2, province: 3, hq: 3 } })],
      };
    case "regulatory":
      // 15 calendar days, extendable to 30, then a further 30 days with the upper level's approval.
      return {
        preset,
        name: "regulatory",
        metrics: [
          ...common(),
          m("complaint", "reply", 15, {
            clock: "calendarDays",
            extensions: [
              { days: 15, requiresApproval: false },
              { days: 30, requiresApproval: true },
            ],
          }),
        ],
      };
  }
}

export const DEFAULT_POLICY_PRESET = "insurer" as const;

/** Validate a custom policy: one entry per (kind, metric). */
export function assertValidPolicy(metrics: readonly MetricPolicy[]): void {
  const seen = new Set<string>();
  for (const x of metrics) {
    const key = `${x.kind}:${x.metric}`;
    if (seen.has(key)) throw new DomainError("validation", "duplicate_policy_metric", `Duplicate metric ${key}`, { kind: x.kind, metric: x.metric });
    seen.add(key);
  }
}

/** C-06 the amount at a handling level (the level's amount when given, else the default amount). */
export function metricAmount(p: MetricPolicy, level: HandlingLevel): number {
  return p.amountByLevel?.[level] ?? p.amount;
}
