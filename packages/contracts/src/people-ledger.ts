/**
 * People II part B (issue 15): the reward/penalty ledger (P-12, P-13; C-12/C-13), skill assessments and
 * service-quality checks (seed 000 §七(一)4, §七(二)2), standard and forbidden phrases.
 */
import { z } from "zod";
import { Id, Instant, LocalDate, YearMonth } from "./common.js";

export const LedgerRuleGroup = z.enum(["104", "105", "106", "107", "complaint"]);
export const LedgerRuleView = z.object({
  code: z.string(),
  group: LedgerRuleGroup,
  article: z.string(),
  points: z.number().int(),
  losesEligibility: z.boolean(),
  quarterZero: z.boolean(),
  termination: z.boolean(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type LedgerRuleView = z.infer<typeof LedgerRuleView>;
export const LedgerRuleList = z.object({ items: z.array(LedgerRuleView) });

export const LedgerEvidenceKind = z.enum(["case", "finding", "attendance", "inspection", "qualityCheck", "request", "other"]);
export const LedgerEvidence = z.strictObject({ kind: LedgerEvidenceKind, id: z.string().trim().min(1).max(100) });

export const CreateLedgerEntryRequest = z.strictObject({
  userId: Id,
  ruleCode: z.string().min(1).max(60),
  date: LocalDate,
  evidence: LedgerEvidence.optional(),
  note: z.string().trim().max(1000).optional(),
  /** seed 003 Art.107: a serious case is proposed for termination. */
  terminationProposed: z.boolean().optional(),
});
export type CreateLedgerEntryRequest = z.infer<typeof CreateLedgerEntryRequest>;

export const LedgerEntryView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  ruleCode: z.string(),
  article: z.string(),
  ruleNameZh: z.string(),
  ruleNameEn: z.string(),
  points: z.number().int(),
  losesEligibility: z.boolean(),
  quarterZero: z.boolean(),
  terminationProposed: z.boolean(),
  date: LocalDate,
  origin: z.enum(["manual", "automatic"]),
  evidence: z.object({ kind: z.string(), id: z.string() }).nullable(),
  note: z.string().nullable(),
  state: z.enum(["pending", "approved", "rejected", "voided"]),
  decidedByName: z.string().nullable(),
  decidedAt: Instant.nullable(),
  decisionNote: z.string().nullable(),
  appealState: z.enum(["none", "pending", "upheld", "dismissed"]),
  appealReason: z.string().nullable(),
  appealedAt: Instant.nullable(),
  appealDecidedByName: z.string().nullable(),
  appealNote: z.string().nullable(),
  /** null for an automatic entry. */
  createdByName: z.string().nullable(),
  createdAt: Instant,
  /** What the caller may do now. */
  canDecide: z.boolean(),
  canAppeal: z.boolean(),
  canDecideAppeal: z.boolean(),
});
export type LedgerEntryView = z.infer<typeof LedgerEntryView>;

export const ListLedgerQuery = z.strictObject({
  userId: Id.optional(),
  orgUnitId: Id.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  state: z.enum(["pending", "approved", "rejected", "voided"]).optional(),
  appealState: z.enum(["none", "pending", "upheld", "dismissed"]).optional(),
});
export type ListLedgerQuery = z.infer<typeof ListLedgerQuery>;
export const LedgerList = z.object({
  items: z.array(LedgerEntryView),
  /** Approved points of the listed entries per person. */
  totals: z.array(z.object({ userId: Id, userName: z.string(), points: z.number().int(), eligible: z.boolean() })),
});

export const DecideLedgerEntryRequest = z.strictObject({ approve: z.boolean(), note: z.string().trim().max(1000).optional() });
export const AppealLedgerEntryRequest = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export const DecideLedgerAppealRequest = z.strictObject({ uphold: z.boolean(), note: z.string().trim().min(1).max(1000) });

export const AttendanceSweepRequest = z.strictObject({ orgUnitId: Id, month: YearMonth });
export const AttendanceSweepResponse = z.object({ created: z.number().int(), voided: z.number().int(), items: z.array(LedgerEntryView) });

// ---------------------------------------------------------------- skill assessments (seed 000 §七(一)4)
const Score = z.number().int().min(0).max(100);
export const LedgerQuarter = z.string().regex(/^\d{4}-Q[1-4]$/, "expected YYYY-Qn");
export const CreateSkillAssessmentRequest = z.strictObject({
  userId: Id,
  period: LedgerQuarter,
  scores: z.strictObject({ customerService: Score, computerOperation: Score, professionalKnowledge: Score, ruleCompliance: Score, riskIdentification: Score }),
  note: z.string().trim().max(1000).optional(),
});
export type CreateSkillAssessmentRequest = z.infer<typeof CreateSkillAssessmentRequest>;
export const SkillAssessmentView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  period: z.string(),
  scores: z.object({ customerService: z.number(), computerOperation: z.number(), professionalKnowledge: z.number(), ruleCompliance: z.number(), riskIdentification: z.number() }),
  average: z.number(),
  note: z.string().nullable(),
  assessedByName: z.string(),
  assessedAt: Instant,
});
export const SkillAssessmentList = z.object({ items: z.array(SkillAssessmentView) });
export const ListByUnitPeriodQuery = z.strictObject({ orgUnitId: Id, period: LedgerQuarter.optional() });
export type ListByUnitPeriodQuery = z.infer<typeof ListByUnitPeriodQuery>;

// ---------------------------------------------------------------- quality checks (seed 000 §七(二)2, Q-12)
export const QualityCheckMethod = z.enum(["cctv", "post_review", "interview"]);
export const CreateQualityCheckRequest = z.strictObject({
  userId: Id,
  method: QualityCheckMethod,
  checkedOn: LocalDate,
  score: Score,
  findings: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  forbiddenPhrases: z.array(z.string().min(1).max(60)).max(20).default([]),
  note: z.string().trim().max(1000).optional(),
});
export type CreateQualityCheckRequest = z.infer<typeof CreateQualityCheckRequest>;
export const QualityCheckView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  method: QualityCheckMethod,
  checkedOn: LocalDate,
  score: z.number(),
  passed: z.boolean(),
  findings: z.array(z.string()),
  forbiddenPhrases: z.array(z.object({ code: z.string(), text: z.string() })),
  note: z.string().nullable(),
  checkedByName: z.string(),
  createdAt: Instant,
});
export const QualityCheckList = z.object({ items: z.array(QualityCheckView) });

export const ServicePhraseView = z.object({ code: z.string(), kind: z.enum(["standard", "forbidden"]), process: z.string(), text: z.string() });
export const ServicePhraseList = z.object({ items: z.array(ServicePhraseView) });
export const ListQualityChecksQuery = z.strictObject({ orgUnitId: Id, from: LocalDate.optional(), to: LocalDate.optional() });
export const LedgerIdParams = z.strictObject({ id: Id });
