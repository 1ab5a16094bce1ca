/**
 * Issue 14 item 3 (WFM: forecast → Erlang C staffing): agents needed for the arrivals of an interval
 * for a service-level target (answer X % within T seconds; call centre 003-1 Art.60: 10 s) or an
 * average-wait target (Q-07: 15 minutes, 30 at peak), then grossed up for shrinkage.
 * Erlang C via the stable Erlang B recursion.
 */
import { DomainError } from "../shared/errors.js";

export type StaffingTarget = { kind: "serviceLevel"; seconds: number; percent: number } | { kind: "averageWait"; seconds: number };

/** Erlang C: probability that an arrival waits, with `agents` servers and `traffic` Erlangs offered. */
export function erlangC(traffic: number, agents: number): number {
  if (agents <= traffic) return 1;
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return (agents * b) / (agents - traffic * (1 - b));
}

export function serviceLevel(traffic: number, agents: number, ahtSeconds: number, targetSeconds: number): number {
  if (agents <= traffic) return 0;
  return 1 - erlangC(traffic, agents) * Math.exp((-(agents - traffic) * targetSeconds) / ahtSeconds);
}

export function averageWaitSeconds(traffic: number, agents: number, ahtSeconds: number): number {
  if (agents <= traffic) return Number.POSITIVE_INFINITY;
  return (erlangC(traffic, agents) * ahtSeconds) / (agents - traffic);
}

export interface StaffingResult {
  /** Agents needed on post (Erlang C). */
  agentsOnPost: number;
  /** Agents to schedule after shrinkage (breaks, training, absence). */
  agents: number;
  serviceLevel: number;
  averageWaitSeconds: number;
  occupancy: number;
}

/** The fewest agents meeting the target for `arrivals` in an interval of `intervalMinutes`. */
export function requiredAgents(input: { arrivals: number; intervalMinutes: number; ahtSeconds: number; target: StaffingTarget; shrinkage: number }): StaffingResult {
  const { arrivals, intervalMinutes, ahtSeconds, target, shrinkage } = input;
  if (arrivals < 0 || intervalMinutes <= 0 || ahtSeconds <= 0 || shrinkage < 0 || shrinkage >= 1) throw new DomainError("validation", "staffing_input_invalid", "arrivals ≥ 0, interval and handling time > 0, shrinkage in [0, 1)");
  const traffic = (arrivals * ahtSeconds) / (intervalMinutes * 60);
  if (traffic === 0) return { agentsOnPost: 0, agents: 0, serviceLevel: 1, averageWaitSeconds: 0, occupancy: 0 };
  let n = Math.max(1, Math.floor(traffic) + 1);
  for (; n < traffic + 10_000; n++) {
    const ok = target.kind === "serviceLevel" ? serviceLevel(traffic, n, ahtSeconds, target.seconds) >= target.percent / 100 : averageWaitSeconds(traffic, n, ahtSeconds) <= target.seconds;
    if (ok) break;
  }
  return {
    agentsOnPost: n,
    agents: Math.ceil(n / (1 - shrinkage) - 1e-9),
    serviceLevel: serviceLevel(traffic, n, ahtSeconds, target.kind === "serviceLevel" ? target.seconds : 20),
    averageWaitSeconds: averageWaitSeconds(traffic, n, ahtSeconds),
    occupancy: traffic / n,
  };
}
