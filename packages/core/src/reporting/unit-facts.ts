/**
 * The raw figures of one unit over some days, from which every indicator is computed (I-04).
 * Additive: the facts of a city are the sum of its counters' facts, a month the sum of its days;
 * the one non-additive figure (longest wait) is combined by max. Indicators are never averaged
 * across units: they are recomputed from the summed facts, so every figure is reproducible.
 */
export interface HourFacts {
  /** Tickets first issued in this local hour (not transfers). */
  issued: number;
  /** Tickets of this hour that were called, and the sum of their waits (seconds). */
  called: number;
  waitSecondsSum: number;
  /** Services finished of tickets issued in this hour, and the sum of their durations (seconds). */
  served: number;
  serviceSecondsSum: number;
}

export interface UnitFacts {
  // queue
  ticketsIssued: number;
  ticketsCalled: number;
  ticketsServed: number;
  ticketsNoShow: number;
  waitSecondsSum: number;
  waitsWithinTarget: number;
  /** Combined by max, not sum. */
  maxWaitSeconds: number;
  servicesTimed: number;
  serviceSecondsSum: number;
  servicesWithinLimit: number;
  ratings: number;
  ratingsSatisfied: number;
  // cases (C-02, C-06, C-10)
  casesReceived: number;
  complaintsReceived: number;
  repliesOnTime: number;
  repliesLate: number;
  callbacksDue: number;
  callbacksDone: number;
  // daily operations (D-02, D-06, D-08) and findings
  inspections: number;
  /** Sum of inspection scores ×10 (integers, as stored). */
  inspectionScoreSum: number;
  inspectionNonConformities: number;
  serviceDays: number;
  dailyCloses: number;
  equipmentFaults: number;
  findingsRaised: number;
  /** 24 local hours, 0–23. */
  hours: HourFacts[];
}

export const emptyHour = (): HourFacts => ({ issued: 0, called: 0, waitSecondsSum: 0, served: 0, serviceSecondsSum: 0 });

export function emptyFacts(): UnitFacts {
  return {
    ticketsIssued: 0,
    ticketsCalled: 0,
    ticketsServed: 0,
    ticketsNoShow: 0,
    waitSecondsSum: 0,
    waitsWithinTarget: 0,
    maxWaitSeconds: 0,
    servicesTimed: 0,
    serviceSecondsSum: 0,
    servicesWithinLimit: 0,
    ratings: 0,
    ratingsSatisfied: 0,
    casesReceived: 0,
    complaintsReceived: 0,
    repliesOnTime: 0,
    repliesLate: 0,
    callbacksDue: 0,
    callbacksDone: 0,
    inspections: 0,
    inspectionScoreSum: 0,
    inspectionNonConformities: 0,
    serviceDays: 0,
    dailyCloses: 0,
    equipmentFaults: 0,
    findingsRaised: 0,
    hours: Array.from({ length: 24 }, emptyHour),
  };
}

type CountKey = Exclude<keyof UnitFacts, "hours" | "maxWaitSeconds">;
const COUNT_KEYS = Object.keys(emptyFacts()).filter((k) => k !== "hours" && k !== "maxWaitSeconds") as CountKey[];

/** Sum of several units' (or days') facts; the longest wait by max. */
export function sumFacts(list: readonly UnitFacts[]): UnitFacts {
  const out = emptyFacts();
  for (const f of list) {
    for (const k of COUNT_KEYS) out[k] += f[k];
    out.maxWaitSeconds = Math.max(out.maxWaitSeconds, f.maxWaitSeconds);
    f.hours.forEach((h, i) => {
      const o = out.hours[i]!;
      o.issued += h.issued;
      o.called += h.called;
      o.waitSecondsSum += h.waitSecondsSum;
      o.served += h.served;
      o.serviceSecondsSum += h.serviceSecondsSum;
    });
  }
  return out;
}
