/**
 * People II part A (issue 15): P-14 scorecard templates, quarterly assessment runs and cards, P-12
 * annual excellence. Quarters are written "2026-Q4".
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, "quarter like 2026-Q4");
export const GradeCode = z.enum(["excellent", "good", "pass", "fail"]);
export const GradeBand = z.strictObject({ grade: GradeCode, min: z.number().min(0).max(1000) });

export const KpiScoring = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("atLeast"), target: z.number() }),
  z.strictObject({ kind: z.literal("atMost"), target: z.number() }),
  z.strictObject({ kind: z.literal("deductPerUnit"), allowance: z.number().min(0), perUnit: z.number().positive() }),
  z.strictObject({ kind: z.literal("zeroIfAny") }),
]);
export const KpiFormula = z.strictObject({ metric: z.string().min(1).max(60), scoring: KpiScoring });

export const ScorecardItemInput = z.strictObject({
  code: z.string().trim().min(1).max(40).optional(),
  section: z.string().trim().min(1).max(200),
  nameZh: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().max(300).optional(),
  points: z.number().positive().max(1000),
  kind: z.enum(["kpi", "judgement"]),
  formula: KpiFormula.optional(),
  criteria: z.string().trim().max(1000).optional(),
});
export const ScorecardItemView = z.object({
  code: z.string(),
  section: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  points: z.number(),
  kind: z.enum(["kpi", "judgement"]),
  formula: KpiFormula.optional(),
  criteria: z.string().optional(),
});

export const CreateScorecardTemplateRequest = z.strictObject({
  post: z.string().trim().min(1).max(100),
  nameZh: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().max(200).optional(),
  total: z.number().int().positive().max(1000).default(100),
  items: z.array(ScorecardItemInput).min(1).max(200),
  gradeBands: z.array(GradeBand).min(1).max(10).optional(),
  note: z.string().trim().max(1000).optional(),
});
export type CreateScorecardTemplateRequest = z.infer<typeof CreateScorecardTemplateRequest>;

export const ScorecardTemplateView = z.object({
  id: Id,
  post: z.string(),
  version: z.number().int(),
  status: z.enum(["active", "draft", "superseded"]),
  nameZh: z.string(),
  nameEn: z.string(),
  total: z.number(),
  itemsSum: z.number(),
  items: z.array(ScorecardItemView),
  gradeBands: z.array(GradeBand),
  note: z.string().nullable(),
  createdAt: Instant,
});
export type ScorecardTemplateView = z.infer<typeof ScorecardTemplateView>;
export const ScorecardTemplateList = z.object({ items: z.array(ScorecardTemplateView) });
export const ListScorecardTemplatesQuery = z.strictObject({ post: z.string().max(100).optional(), includeSuperseded: z.enum(["true", "false"]).optional() });

export const CreateAssessmentRunRequest = z.strictObject({ orgUnitId: Id, quarter: Quarter });
export const ScorecardsQuery = z.strictObject({ orgUnitId: Id, quarter: Quarter });

export const CardItemView = z.object({
  code: z.string(),
  section: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(["kpi", "judgement"]),
  points: z.number(),
  metric: z.string().nullable(),
  /** Where the figure comes from: system data, entered by the manager, or not applicable (judgement). */
  source: z.enum(["system", "entered", "judgement"]),
  value: z.number().nullable(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
});
export const CardEvidence = z.object({
  rulings: z.array(z.object({ caseId: Id, category: z.string(), ruledAt: Instant })),
  ledger: z.array(z.object({ entryId: Id, date: LocalDate, nameZh: z.string(), nameEn: z.string(), points: z.number() })),
  facts: z.object({ ticketsCalled: z.number(), ticketsServed: z.number(), ratings: z.number(), ratingsSatisfied: z.number(), waitSecondsSum: z.number(), serviceSecondsSum: z.number(), servicesTimed: z.number() }),
});
export const CardCorrection = z.object({ points: z.number(), reason: z.string(), by: z.string(), at: Instant });
export const ScorecardView = z.object({
  id: Id,
  runId: Id,
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  quarter: Quarter,
  templateId: Id,
  templateName: z.string(),
  templateNameEn: z.string(),
  post: z.string(),
  total: z.number(),
  items: z.array(CardItemView),
  itemsScore: z.number(),
  ledgerPoints: z.number(),
  quarterZero: z.boolean(),
  corrections: z.array(CardCorrection),
  score: z.number(),
  grade: GradeCode,
  complete: z.boolean(),
  standbyReason: z.enum(["threeFailedQuarters", "failedYear"]).nullable(),
  employeeComment: z.string().nullable(),
  employeeCommentedAt: Instant.nullable(),
  state: z.enum(["open", "signed"]),
  signedBy: z.string().nullable(),
  signedAt: Instant.nullable(),
  evidence: CardEvidence,
});
export type ScorecardView = z.infer<typeof ScorecardView>;

export const AssessmentRunView = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  quarter: Quarter,
  from: LocalDate,
  to: LocalDate,
  state: z.enum(["open", "signed"]),
  signedBy: z.string().nullable(),
  signedAt: Instant.nullable(),
});
export const AssessmentRunResult = z.object({
  run: AssessmentRunView,
  cards: z.array(ScorecardView),
  /** People of the unit without a card, and why (no active template for their post). */
  skipped: z.array(z.object({ userId: Id, userName: z.string(), reason: z.string() })),
});
export const ScorecardList = z.object({ run: AssessmentRunView.nullable(), items: z.array(ScorecardView) });

export const ScoreItemRequest = z.strictObject({
  itemCode: z.string().min(1).max(40),
  score: z.number().min(0).max(1000).optional(),
  value: z.number().optional(),
  /** 保全后台岗 notices (by the 5th) / archives (by the 10th): the day each month's work was done; the working days late are computed with the unit's calendar. */
  doneDates: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), doneOn: LocalDate })).min(1).max(3).optional(),
  comment: z.string().trim().min(1).max(1000),
});
export const CardCommentRequest = z.strictObject({ comment: z.string().trim().min(1).max(2000) });
export const CardCorrectionRequest = z.strictObject({ points: z.number().min(-100).max(100), reason: z.string().trim().min(1).max(1000) });

export const ExcellenceQuery = z.strictObject({ orgUnitId: Id, year: z.coerce.number().int().min(2000).max(2100) });
export const ExcellenceEntry = z.object({ userId: Id, userName: z.string(), average: z.number(), quarters: z.number().int(), reason: z.string().nullable(), reasonEn: z.string().nullable() });
export const ExcellenceList = z.object({
  orgUnitId: Id,
  year: z.number().int(),
  headcount: z.number().int(),
  quota: z.number().int(),
  chosen: z.array(ExcellenceEntry),
  skipped: z.array(ExcellenceEntry),
  ranking: z.array(ExcellenceEntry),
});
export type ScorecardTemplateList = z.infer<typeof ScorecardTemplateList>;
export type AssessmentRunResult = z.infer<typeof AssessmentRunResult>;
export type ScorecardList = z.infer<typeof ScorecardList>;
export type ExcellenceList = z.infer<typeof ExcellenceList>;
