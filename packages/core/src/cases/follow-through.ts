/**
 * C-21 complaint follow-through (seed 003 第二篇 Art.21–23, 28): a complaint ruled non-responsible for
 * a process, technology or staffing reason goes to the owning department with a due date in working
 * days and is tracked to its reply; leads on violations go to the supervision/security department;
 * compensation to the customer and penalties are recorded on the ruling; a year-end report on the
 * complaint mechanism goes to the upper level. Pure rules: dates and the calendar are inputs.
 */
import { addWorkingDays } from "../calendar/add-working-days.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { DomainError } from "../shared/errors.js";
import type { LocalDate } from "../shared/time.js";
import type { RulingCategory, RulingOutcome } from "./case-model.js";

/** The non-responsible categories a department owns (process, technology, staffing) and that department's code. */
export const FOLLOW_THROUGH_DEPARTMENT: Readonly<Partial<Record<RulingCategory, string>>> = {
  processFlaw: "operations",
  technicalLimitOrFailure: "it",
  tooFewStaff: "hr",
};

export type FollowThroughKind = "referral" | "violation_lead";
export type FollowThroughState = "open" | "replied";
export type FollowThroughStatus = "open" | "overdue" | "replied" | "repliedLate";

/**
 * C-21 may this ruling be routed to a department? Only a final non-responsible ruling for a process,
 * technology or staffing reason; the department is the one that owns the reason unless named.
 */
export function referralDepartment(ruling: { finalOutcome: RulingOutcome; finalCategory: RulingCategory } | undefined): string {
  if (!ruling) throw new DomainError("unprocessable", "follow_through_no_ruling", "The case has no responsibility ruling yet");
  const dept = ruling.finalOutcome === "nonResponsible" ? FOLLOW_THROUGH_DEPARTMENT[ruling.finalCategory] : undefined;
  if (!dept) throw new DomainError("unprocessable", "follow_through_not_department_matter", "Only complaints ruled non-responsible for a process, technology or staffing reason go to a department", { outcome: ruling.finalOutcome, category: ruling.finalCategory });
  return dept;
}

/** C-21 the reply is due at the end of the Nth working day after the day it was handed over. */
export function followThroughDueDate(handedOverOn: LocalDate, days: number, calendar: WorkingCalendar): LocalDate {
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new DomainError("validation", "follow_through_days_invalid", "Days must be 1..60", { days });
  return addWorkingDays(handedOverOn, days, calendar);
}

export function followThroughStatus(f: { state: FollowThroughState; dueDate: LocalDate; repliedOn: LocalDate | null }, today: LocalDate): FollowThroughStatus {
  switch (f.state) {
    case "open":
      return today > f.dueDate ? "overdue" : "open";
    case "replied":
      return f.repliedOn !== null && f.repliedOn > f.dueDate ? "repliedLate" : "replied";
  }
}

export interface SettlementInput {
  kind: "compensation" | "penalty";
  recipientName: string;
  amountFen: number;
  reason: string;
}

/**
 * C-21 compensation and penalties recorded on a ruling: compensation goes to the customer (only on a
 * ruling, at most one compensation per case); penalties name who pays. Amounts in whole fen, > 0.
 */
export function checkSettlements(items: readonly SettlementInput[], hasRuling: boolean, compensationAlready: boolean): void {
  if (!hasRuling) throw new DomainError("unprocessable", "follow_through_no_ruling", "The case has no responsibility ruling yet");
  if (items.length === 0) throw new DomainError("validation", "settlement_empty", "Record a compensation or a penalty");
  for (const i of items) {
    if (!Number.isInteger(i.amountFen) || i.amountFen <= 0) throw new DomainError("validation", "settlement_amount_invalid", "The amount must be positive whole fen", { amountFen: i.amountFen });
    if (!i.recipientName.trim()) throw new DomainError("validation", "settlement_recipient_missing", "Name the recipient");
  }
  const comp = items.filter((i) => i.kind === "compensation").length + (compensationAlready ? 1 : 0);
  if (comp > 1) throw new DomainError("conflict", "compensation_already_recorded", "The customer's compensation is already recorded on this ruling");
}

/** What the year-end report counts: each row comes straight from a case, a ruling, a follow-through or a settlement. */
export interface YearEndInput {
  cases: ReadonlyArray<{ kind: string; closed: boolean }>;
  rulings: ReadonlyArray<{ finalOutcome: RulingOutcome; finalCategory: RulingCategory; appealed: boolean; overturned: boolean }>;
  followThroughs: ReadonlyArray<{ kind: FollowThroughKind; departmentCode: string; status: FollowThroughStatus }>;
  settlements: ReadonlyArray<{ kind: "compensation" | "penalty"; amountFen: number }>;
}

export interface YearEndFigures {
  complaints: number;
  closed: number;
  rulings: number;
  responsible: number;
  nonResponsible: number;
  byCategory: Record<string, number>;
  appealed: number;
  overturned: number;
  referrals: number;
  referralsReplied: number;
  referralsRepliedOnTime: number;
  referralsOpen: number;
  referralsOverdue: number;
  violationLeads: number;
  violationLeadsReplied: number;
  compensations: number;
  compensationFen: number;
  penalties: number;
  penaltyFen: number;
  byDepartment: Record<string, { referrals: number; replied: number; overdue: number }>;
}

/** C-21 the year-end report on the complaint mechanism: every figure a count or sum over its inputs. */
export function yearEndFigures(input: YearEndInput): YearEndFigures {
  const complaints = input.cases.filter((c) => c.kind === "complaint");
  const byCategory: Record<string, number> = {};
  for (const r of input.rulings) byCategory[r.finalCategory] = (byCategory[r.finalCategory] ?? 0) + 1;
  const referrals = input.followThroughs.filter((f) => f.kind === "referral");
  const leads = input.followThroughs.filter((f) => f.kind === "violation_lead");
  const replied = (s: FollowThroughStatus) => s === "replied" || s === "repliedLate";
  const byDepartment: YearEndFigures["byDepartment"] = {};
  for (const f of referrals) {
    const d = (byDepartment[f.departmentCode] ??= { referrals: 0, replied: 0, overdue: 0 });
    d.referrals++;
    if (replied(f.status)) d.replied++;
    if (f.status === "overdue" || f.status === "repliedLate") d.overdue++;
  }
  const sum = (k: "compensation" | "penalty") => input.settlements.filter((s) => s.kind === k).reduce((a, s) => a + s.amountFen, 0);
  return {
    complaints: complaints.length,
    closed: complaints.filter((c) => c.closed).length,
    rulings: input.rulings.length,
    responsible: input.rulings.filter((r) => r.finalOutcome === "responsible").length,
    nonResponsible: input.rulings.filter((r) => r.finalOutcome === "nonResponsible").length,
    byCategory,
    appealed: input.rulings.filter((r) => r.appealed).length,
    overturned: input.rulings.filter((r) => r.overturned).length,
    referrals: referrals.length,
    referralsReplied: referrals.filter((f) => replied(f.status)).length,
    referralsRepliedOnTime: referrals.filter((f) => f.status === "replied").length,
    referralsOpen: referrals.filter((f) => f.status === "open").length,
    referralsOverdue: referrals.filter((f) => f.status === "overdue").length,
    violationLeads: leads.length,
    violationLeadsReplied: leads.filter((f) => replied(f.status)).length,
    compensations: input.settlements.filter((s) => s.kind === "compensation").length,
    compensationFen: sum("compensation"),
    penalties: input.settlements.filter((s) => s.kind === "penalty").length,
    penaltyFen: sum("penalty"),
    byDepartment,
  };
}
