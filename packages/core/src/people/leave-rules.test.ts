import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { type LeaveRequestInput, checkLeaveRequest, leaveHalfDays } from "./leave-rules.js";

const calendar = buildWorkingCalendar([officialHolidayYear(2026)!]);
// Tuesday 2026-03-10 is the filing day
const base: LeaveRequestInput = { kind: "personal", from: "2026-03-16", to: "2026-03-16", halfDay: null, sudden: false, certificateRef: null, delegateUserId: "d1", filedOn: "2026-03-10" };
const ctx = { calendar, annualOverlap: { approved: 0, pending: 0 }, ownOverlap: 0 };
const check = (over: Partial<LeaveRequestInput>, c: Partial<typeof ctx> = {}) => checkLeaveRequest({ ...base, ...over }, { ...ctx, ...c });

describe("leave length in half working days", () => {
  it.each([
    ["a half day", "2026-03-16", "2026-03-16", "am", 1],
    ["one working day", "2026-03-16", "2026-03-16", null, 2],
    ["Monday to Sunday counts the five working days", "2026-03-16", "2026-03-22", null, 10],
    ["a Saturday alone is no working day", "2026-03-14", "2026-03-14", null, 0],
  ] as const)("%s", (_n, from, to, half, expected) => expect(leaveHalfDays(from, to, half, calendar)).toBe(expected));
});

describe("P-07 leave notice and certificates, P-10 delegate", () => {
  const table: Array<[string, Partial<LeaveRequestInput>, Partial<typeof ctx>, string[], string[]]> = [
    ["P-07 personal leave 6 days ahead is fine", {}, {}, [], []],
    ["P-07 personal leave exactly 3 days ahead is fine", { from: "2026-03-13", to: "2026-03-13" }, {}, [], []],
    ["P-07 personal leave 2 days ahead is too short", { from: "2026-03-12", to: "2026-03-12" }, {}, ["leave_notice_too_short"], []],
    ["P-07 sick leave needs a certificate", { kind: "sick" }, {}, ["sick_certificate_required"], []],
    ["P-07 sick leave with a certificate", { kind: "sick", certificateRef: "诊断证明 2026-031" }, {}, [], []],
    ["P-07 sudden illness filed afterwards with a certificate", { kind: "sick", sudden: true, from: "2026-03-09", to: "2026-03-09", certificateRef: "病历" }, {}, [], ["sudden_illness_filed_afterwards"]],
    ["P-07 sudden illness without a certificate", { kind: "sick", sudden: true, from: "2026-03-09", to: "2026-03-09" }, {}, ["sick_certificate_required"], ["sudden_illness_filed_afterwards"]],
    ["P-07 only illness may be sudden", { kind: "personal", sudden: true, from: "2026-03-09", to: "2026-03-09" }, {}, ["sudden_only_for_sick"], []],
    ["P-07 other leave cannot start in the past", { from: "2026-03-09", to: "2026-03-09" }, {}, ["leave_in_past"], []],
    ["P-07 annual leave needs one month", { kind: "annual", from: "2026-04-09", to: "2026-04-09" }, {}, ["leave_notice_too_short"], []],
    ["P-07 annual leave one month ahead", { kind: "annual", from: "2026-04-10", to: "2026-04-10" }, {}, [], []],
    ["P-07 marriage leave needs one month", { kind: "marriage", from: "2026-03-20", to: "2026-03-20" }, {}, ["leave_notice_too_short"], []],
    ["P-07 at most one person of a centre on annual leave", { kind: "annual", from: "2026-04-13", to: "2026-04-13" }, { annualOverlap: { approved: 1, pending: 0 } }, ["annual_leave_taken"], []],
    ["P-07 a pending overlapping annual leave is a warning", { kind: "annual", from: "2026-04-13", to: "2026-04-13" }, { annualOverlap: { approved: 0, pending: 1 } }, [], ["annual_leave_pending_overlap"]],
    ["the person's own leave overlapping", {}, { ownOverlap: 1 }, ["leave_overlaps"], []],
    ["P-10 more than half a working day needs a delegate", { delegateUserId: null }, {}, ["delegate_required"], []],
    ["P-10 half a day needs no delegate", { delegateUserId: null, halfDay: "pm" }, {}, [], []],
    ["a half day over two dates", { halfDay: "am", to: "2026-03-17" }, {}, ["half_day_spans_days"], []],
    ["a weekend only", { from: "2026-03-14", to: "2026-03-15" }, {}, ["leave_no_working_day"], []],
    ["reversed", { from: "2026-03-17", to: "2026-03-16" }, {}, ["leave_range_reversed"], []],
  ];
  it.each(table)("%s", (_n, over, c, violations, warnings) => {
    const r = check(over, c);
    expect(r.violations).toEqual(violations);
    expect(r.warnings).toEqual(warnings);
  });
});
