import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../../calendar/working-calendar.js";
import { isPostReviewOverdue, isSinglePersonSealUse, postReviewBacklogCheck, postReviewDueDate, reviewerRefusal, assertReviewNote } from "./post-review-rules.js";

const calendar = buildWorkingCalendar([officialHolidayYear(2026)!]);

describe("K-12 post-review due date in working days", () => {
  it.each([
    ["2026-03-10", 1, "2026-03-11", "Tuesday → Wednesday"],
    ["2026-03-13", 1, "2026-03-16", "Friday → Monday"],
    ["2026-04-30", 1, "2026-05-06", "over Labour Day"],
    ["2026-03-10", 2, "2026-03-12", "a counter that allows two working days"],
  ])("K-12 %s + %i working day(s) → %s (%s)", (from, n, expected) => {
    expect(postReviewDueDate(from, n, calendar)).toBe(expected);
  });
});

describe("K-12 who may review", () => {
  const item = { counterId: "c1", participants: ["u1", "u2"], status: "pending" as const };
  it.each([
    ["a colleague of the same counter who took no part", { userId: "u3", counterId: "c1" }, item, null],
    ["the person who did it", { userId: "u1", counterId: "c1" }, item, "reviewer_took_part"],
    ["another participant", { userId: "u2", counterId: "c1" }, item, "reviewer_took_part"],
    ["someone of another counter", { userId: "u9", counterId: "c2" }, item, "reviewer_other_counter"],
    ["anyone once reviewed", { userId: "u3", counterId: "c1" }, { ...item, status: "passed" as const }, "review_already_done"],
  ] as const)("K-12 %s → %s", (_why, reviewer, it_, expected) => {
    expect(reviewerRefusal(it_, reviewer)).toBe(expected);
  });
});

describe("K-12 single person, overdue and the close check", () => {
  it.each([
    ["u1", null, true],
    ["u1", "u1", true],
    ["u1", "u2", false],
  ] as const)("K-12 seal use by %s with second person %s is single-person: %s", (u, second, expected) => {
    expect(isSinglePersonSealUse(u, second)).toBe(expected);
  });
  it.each([
    ["pending", "2026-03-11", "2026-03-11", false],
    ["pending", "2026-03-11", "2026-03-12", true],
    ["passed", "2026-03-11", "2026-03-12", false],
  ] as const)("K-12 %s due %s on %s overdue: %s", (status, dueDate, today, expected) => {
    expect(isPostReviewOverdue({ status, dueDate }, today)).toBe(expected);
  });
  it("K-12 the close check fails (informational) while reviews due by the date are pending", () => {
    const pending = [
      { id: "a", dueDate: "2026-03-11", summary: "A001" },
      { id: "b", dueDate: "2026-03-12", summary: "A002" },
    ];
    expect(postReviewBacklogCheck(pending, "2026-03-10")).toMatchObject({ code: "post_review_backlog", status: "passed", blocking: false });
    expect(postReviewBacklogCheck(pending, "2026-03-11")).toMatchObject({ status: "failed", details: { count: 1 } });
    expect(postReviewBacklogCheck([], "2026-03-11").status).toBe("passed");
  });
  it("K-12 a failed review needs a note", () => {
    expect(() => assertReviewNote("failed", " ")).toThrow(/wrong/);
    expect(() => assertReviewNote("passed", undefined)).not.toThrow();
  });
});

describe("K-12 the backlog check joins the daily close list", () => {
  it("K-12 composeCloseChecks shows contributed checks last, after the D-06 list", async () => {
    const { composeCloseChecks } = await import("../../daily-ops/compose-close-checks.js");
    const facts = {
      openTickets: [],
      signedInWindows: [],
      itemsOutOfSafe: [],
      pendingHandBacks: [],
      specialMatters: { state: "unavailable" as const },
      faults: [],
      securityChecksSubmitted: 1,
      failedSecurityItems: [],
      handoversOfDay: [],
      offDutyFindings: [],
      lunchDuty: { required: false, window: { from: "12:00", to: "13:30" }, status: "covered" as const, userIds: [] },
      openIncidentIds: [],
    };
    const backlog = postReviewBacklogCheck([{ id: "a", dueDate: "2026-03-10", summary: "A001" }], "2026-03-10");
    const codes = composeCloseChecks({ ...facts, extraChecks: [backlog] }, "2026-03-10").map((c) => c.code);
    expect(codes.at(-1)).toBe("post_review_backlog");
    expect(composeCloseChecks(facts, "2026-03-10").map((c) => c.code)).not.toContain("post_review_backlog");
  });
});
