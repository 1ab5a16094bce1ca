/**
 * One case model for enquiries, complaints, special matters (C-03), opinions (C-15) and internal
 * service (C-16). Channels C-04. Handling level by the kind of the handling unit (C-06).
 */
import type { OrgKind } from "../org/org-tree.js";

/**
 * internal: complaints, reports and suggestions between departments (5 working days, C-16);
 * internalEnquiry: an enquiry between departments by phone or message (1 working day, C-16);
 * misconduct: a complaint about staff misconduct follows the misconduct procedure, not the complaint
 * clock (C-18, seed 003 第二篇 Art.9).
 */
export const CASE_KINDS = ["enquiry", "complaint", "special", "opinion", "internal", "internalEnquiry", "misconduct"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

// C-04 service hotline, phone, letter or visit, opinion box/book, forwarded by government or regulator.
export const CASE_CHANNELS = [
  "counter",
  "hotline",
  "phone",
  "letter",
  "visit",
  "opinionBox",
  "opinionBook",
  "regulator",
  "government",
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_STATES = [
  "received",
  "accepted",
  "investigating",
  "waiting",
  "replied",
  "callback",
  "closed",
  "reconsideration",
  "archivedUnsatisfied",
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States in which the case is finished (no running reply work). */
export function isCaseFinished(state: CaseState): boolean {
  return state === "closed" || state === "archivedUnsatisfied";
}

export const HANDLING_LEVELS = ["outlet", "city", "province", "hq"] as const;
export type HandlingLevel = (typeof HANDLING_LEVELS)[number];

/** C-06 counter → outlet, city → city, province → province, HQ → hq. */
export function handlingLevelOf(kind: OrgKind): HandlingLevel {
  switch (kind) {
    case "counter":
      return "outlet";
    case "city":
      return "city";
    case "province":
      return "province";
    case "hq":
      return "hq";
  }
}

export const METRIC_CODES = ["acceptance", "firstContact", "reply", "reconsiderationDecision", "callback"] as const;
export type MetricCode = (typeof METRIC_CODES)[number];

export type ClockKind = "workingDays" | "calendarDays";

/** C-12 reason categories from the seed's complaint-handling regulation. */
export const RESPONSIBLE_CATEGORIES = [
  "unclearExplanationOrMistake",
  "badAttitude",
  "notFollowingManual",
  "operatingErrorFeeDispute",
  "unfamiliarityOvertime",
  // C-13 (003 第二篇 Art.26) a repeat complaint because nobody could be reached: the outlet's own category.
  "repeatUnreachable",
] as const;
export const NON_RESPONSIBLE_CATEGORIES = [
  "processFlaw",
  "technicalLimitOrFailure",
  "tooFewStaff",
  "customerMisunderstanding",
] as const;
export type RulingOutcome = "responsible" | "nonResponsible";
export type RulingCategory = (typeof RESPONSIBLE_CATEGORIES)[number] | (typeof NON_RESPONSIBLE_CATEGORIES)[number];

export function isCaseKind(s: string): s is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(s);
}
export function isCaseChannel(s: string): s is CaseChannel {
  return (CASE_CHANNELS as readonly string[]).includes(s);
}
