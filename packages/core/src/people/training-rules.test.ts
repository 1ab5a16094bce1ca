import { describe, expect, it } from "vitest";
import { examOutcome, externalReportDue, externalReportStatus, grantBlockers, nextStage, onPostExamDue, onboardingAssessmentDue, trainingAttendanceRate } from "./training-rules.js";

describe("P-03 pre-job training stages with a mentor (Art.15)", () => {
  it.each([
    ["norms", "shadowing"],
    ["shadowing", "trial"],
    ["trial", "done"],
    ["done", "done"],
  ] as const)("%s → %s", (from, to) => expect(nextStage(from)).toBe(to));
});

describe("P-01 P-04 exams: pass mark, attempts and the proposal on failure", () => {
  it.each([
    ["pre_job", 60, [70], "passed", null],
    ["pre_job", 60, [50], "open", null],
    ["pre_job", 60, [50, 55], "failed", "dismissal"],
    ["onboarding_assessment", 80, [79, 80], "passed", null],
    ["onboarding_assessment", 80, [60, 70], "failed", "dismissal"],
    ["on_post", 60, [59], "open", null],
    ["on_post", 60, [59, 40], "failed", "transfer"],
    ["standby", 60, [59], "failed", "dismissal"],
    ["quarterly", 60, [10], "failed", null],
  ] as const)("%s pass mark %i scores %j → %s (%s)", (kind, mark, scores, state, proposal) => {
    const r = examOutcome(kind, mark, scores);
    expect(r.state).toBe(state);
    expect(r.proposal).toBe(proposal);
  });
});

describe("P-01 K-08 due dates", () => {
  it.each([
    ["2026-01-15", "2026-04-15", "2026-07-15"],
    ["2025-11-30", "2026-02-28", "2026-05-30"],
    ["2024-08-31", "2024-11-30", "2025-02-28"],
  ])("hired %s: assessment %s, on-post exam %s", (hired, a, p) => {
    expect(onboardingAssessmentDue(hired)).toBe(a);
    expect(onPostExamDue(hired)).toBe(p);
  });
});

describe("K-08 business roles only after the passed and approved 3-month assessment", () => {
  it.each([
    [{ stage: "done", assessment: "passed", granted: false, dismissalProposed: false }, []],
    [{ stage: "trial", assessment: "passed", granted: false, dismissalProposed: false }, ["stages_not_done"]],
    [{ stage: "done", assessment: "open", granted: false, dismissalProposed: false }, ["assessment_not_passed"]],
    [{ stage: "done", assessment: null, granted: false, dismissalProposed: false }, ["assessment_not_passed"]],
    [{ stage: "done", assessment: "passed", granted: true, dismissalProposed: false }, ["already_granted"]],
    [{ stage: "done", assessment: "failed", granted: false, dismissalProposed: true }, ["dismissal_proposed", "assessment_not_passed"]],
  ] as const)("%j → %j", (o, blockers) => expect(grantBlockers(o)).toEqual(blockers));
});

describe("P-03 external training report within one week; attendance counted (Art.21, 22)", () => {
  it("due 7 days after the end", () => expect(externalReportDue("2026-03-06")).toBe("2026-03-13"));
  it.each([
    ["2026-03-13", null, "2026-03-13", "due"],
    ["2026-03-13", null, "2026-03-14", "overdue"],
    ["2026-03-13", "2026-03-12", "2026-03-20", "submitted"],
    ["2026-03-13", "2026-03-15", "2026-03-20", "submitted_late"],
  ] as const)("due %s submitted %s on %s → %s", (due, sub, today, s) => expect(externalReportStatus(due, sub, today)).toBe(s));
  it.each([
    [0, 0, 1],
    [4, 3, 0.75],
    [2, 2, 1],
  ])("invited %i attended %i → %f", (i, a, r) => expect(trainingAttendanceRate(i, a)).toBe(r));
});
