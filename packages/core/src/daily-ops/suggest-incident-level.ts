/**
 * D-09 emergencies by level. Level I (特大): several counters hit by natural disaster; 100+ people
 * surrendering together or an abnormal surrender amount above 100 million yuan; 50+ people gathering
 * or protesting at a counter; death of a customer or employee. Lower levels are set by each company,
 * so only level I is suggested from facts.
 */
export type IncidentLevel = "I" | "II" | "III" | "IV";

export interface IncidentFactsInput {
  surrenderCount: number;
  surrenderAmountFen: number;
  gatheringCount: number;
  deaths: number;
  countersAffected: number;
  naturalDisaster: boolean;
}

export type LevelICriterion = "natural_disaster_several_counters" | "mass_surrender_count" | "mass_surrender_amount" | "gathering" | "death";

/** 100 million yuan in fen. */
export const LEVEL_I_SURRENDER_AMOUNT_FEN = 100_000_000 * 100;

export function suggestIncidentLevel(f: IncidentFactsInput): { level: IncidentLevel | null; matched: LevelICriterion[] } {
  const matched: LevelICriterion[] = [];
  if (f.naturalDisaster && f.countersAffected >= 2) matched.push("natural_disaster_several_counters");
  if (f.surrenderCount >= 100) matched.push("mass_surrender_count");
  if (f.surrenderAmountFen > LEVEL_I_SURRENDER_AMOUNT_FEN) matched.push("mass_surrender_amount");
  if (f.gatheringCount >= 50) matched.push("gathering");
  if (f.deaths >= 1) matched.push("death");
  return { level: matched.length > 0 ? "I" : null, matched };
}

/** Level I is reported at once to HQ, province and the local company heads. */
export function incidentReportingChain(level: IncidentLevel): Array<"hq" | "province" | "local"> {
  switch (level) {
    case "I":
      return ["hq", "province", "local"];
    case "II":
    case "III":
    case "IV":
      return ["local"];
  }
}
