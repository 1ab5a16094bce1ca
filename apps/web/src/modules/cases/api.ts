/** Types of the cases API (type-only from the contracts) and the endpoint paths the screens use. */
import type * as C from "@ccms/contracts";
import { CASE_ACTION_PERMISSION } from "@ccms/contracts";
import type { z } from "zod";

export type CaseKind = z.infer<typeof C.CaseKind>;
export type CaseChannel = z.infer<typeof C.CaseChannel>;
export type CaseState = z.infer<typeof C.CaseState>;
export type HandlingLevel = z.infer<typeof C.HandlingLevel>;
export type MetricCode = z.infer<typeof C.MetricCode>;
export type CaseDeadline = z.infer<typeof C.CaseDeadline>;
export type CaseSummary = z.infer<typeof C.CaseSummary>;
export type CaseDetail = z.infer<typeof C.CaseDetail>;
export type CaseEvent = z.infer<typeof C.CaseEvent>;
export type CaseList = z.infer<typeof C.CaseList>;
export type CaseAction = z.infer<typeof C.CaseAction>;
export type CaseActionType = CaseAction["type"];
export type CreateCaseRequest = z.infer<typeof C.CreateCaseRequest>;
export type CreateCaseResponse = z.infer<typeof C.CreateCaseResponse>;
export type CaseReport = z.infer<typeof C.CaseReport>;
export type CallbackList = z.infer<typeof C.CallbackList>;
export type CallbackItem = CallbackList["items"][number];
export type SampleCallbacksResponse = z.infer<typeof C.SampleCallbacksResponse>;
export type RulingList = z.infer<typeof C.RulingList>;
export type RulingItem = RulingList["items"][number];
export type RectificationBoard = z.infer<typeof C.RectificationBoard>;
export type RectificationBulletin = z.infer<typeof C.RectificationBulletin>;
export type CasePolicy = z.infer<typeof C.CasePolicy>;
export type CasePolicyVersions = z.infer<typeof C.CasePolicyVersions>;
export type PolicyPresetList = z.infer<typeof C.PolicyPresetList>;
export type PolicyPreset = z.infer<typeof C.PolicyPreset>;
export type UnmaskCaseResponse = z.infer<typeof C.UnmaskCaseResponse>;

export const CASE_KINDS: readonly CaseKind[] = ["enquiry", "complaint", "special", "opinion", "internal"];
export const CASE_CHANNELS: readonly CaseChannel[] = ["counter", "hotline", "phone", "letter", "visit", "opinionBox", "opinionBook", "regulator", "government"];
export const CASE_STATES: readonly CaseState[] = [
  "received",
  "accepted",
  "investigating",
  "waiting",
  "replied",
  "callback",
  "closed",
  "reconsideration",
  "archivedUnsatisfied",
];
export const HANDLING_LEVELS: readonly HandlingLevel[] = ["outlet", "city", "province", "hq"];
export const METRICS: readonly MetricCode[] = ["acceptance", "firstContact", "reply", "reconsiderationDecision", "callback"];
export const RESPONSIBLE_CATEGORIES = ["unclearExplanationOrMistake", "badAttitude", "notFollowingManual", "operatingErrorFeeDispute", "unfamiliarityOvertime"] as const;
export const NON_RESPONSIBLE_CATEGORIES = ["processFlaw", "technicalLimitOrFailure", "tooFewStaff", "customerMisunderstanding"] as const;
export const POLICY_PRESETS = ["insurer", "bank", "regulatory"] as const;

/** API paths (relative to /api/v1). */
export const CASES_API = {
  list: "/cases",
  create: "/cases",
  one: (id: string) => `/cases/${encodeURIComponent(id)}`,
  actions: (id: string) => `/cases/${encodeURIComponent(id)}/actions`,
  unmask: (id: string) => `/cases/${encodeURIComponent(id)}/unmask`,
  export: "/api/v1/cases/export",
  report: "/cases/report",
  callbacks: "/cases/callbacks",
  sample: "/cases/callbacks/sample",
  rulings: "/cases/rulings",
  rectifications: "/cases/rectifications",
  bulletin: "/cases/rectification-bulletin",
  policies: (orgUnitId: string) => `/cases/policies/${encodeURIComponent(orgUnitId)}`,
  presets: "/cases/policy-presets",
};

/** Permission names (post-permission table, K-07) the screens check. */
export const CASE_PERMS = {
  read: "case.read",
  create: "case.create",
  unmask: "customer.unmask",
  report: "case.report",
  handle: "case.handle",
  escalate: "case.escalate",
  policy: "case.policy",
  callback: "case.callback",
  rule: "case.rule",
};

/** Permission each action needs (mirrors the server's post-permission defaults, K-07). */
export const ACTION_PERMISSION = CASE_ACTION_PERMISSION;

/** What the receiving unit may still do after the case moved up (C-05: the first responder reports back). */
export const ORIGIN_ACTIONS: ReadonlySet<CaseActionType> = new Set<CaseActionType>(["contact", "note", "apply-reconsideration", "appeal", "complete-rectification"]);

export type CaseAlert = z.infer<typeof C.CaseAlert>;
export type AlertList = z.infer<typeof C.AlertList>;
export const CASES_ALERTS = "/cases/alerts";
