import { describe, expect, it } from "vitest";
import { type ReportPeriodKind, periodContaining, previousPeriod, previousRange, reportDueDate, submissionStatus } from "./report-period.js";

describe("I-04 reporting periods in the unit's local dates", () => {
  const rows: Array<[ReportPeriodKind, string, string, string, string]> = [
    ["daily", "2026-03-10", "2026-03-10", "2026-03-10", "2026-03-11"],
    ["weekly", "2026-03-11", "2026-03-09", "2026-03-15", "2026-03-17"],
    ["weekly", "2026-03-15", "2026-03-09", "2026-03-15", "2026-03-17"],
    ["monthly", "2026-02-14", "2026-02-01", "2026-02-28", "2026-03-05"],
    ["monthly", "2026-12-31", "2026-12-01", "2026-12-31", "2027-01-05"],
    ["quarterly", "2026-05-20", "2026-04-01", "2026-06-30", "2026-07-10"],
    ["quarterly", "2026-11-30", "2026-10-01", "2026-12-31", "2027-01-10"],
    ["yearly", "2026-07-01", "2026-01-01", "2026-12-31", "2027-01-31"],
  ];
  it.each(rows)("I-04 %s period of %s is %s … %s, due %s", (kind, date, from, to, due) => {
    const p = periodContaining(kind, date);
    expect([p.from, p.to]).toEqual([from, to]);
    expect(reportDueDate(p)).toBe(due);
  });
  it("the previous period of a month, a quarter and a week", () => {
    expect(previousPeriod(periodContaining("monthly", "2026-03-10"))).toEqual({ kind: "monthly", from: "2026-02-01", to: "2026-02-28" });
    expect(previousPeriod(periodContaining("quarterly", "2026-01-10"))).toEqual({ kind: "quarterly", from: "2025-10-01", to: "2025-12-31" });
    expect(previousPeriod(periodContaining("weekly", "2026-03-10")).from).toBe("2026-03-02");
  });
  it("the range before a free range has the same length", () => {
    expect(previousRange("2026-03-01", "2026-03-10")).toEqual({ from: "2026-02-19", to: "2026-02-28" });
  });
});

describe("I-04 report status at the level above", () => {
  const feb = periodContaining("monthly", "2026-02-01"); // due 2026-03-05
  const rows: Array<[string, { submittedOn: string | null; returned: boolean }, string, string]> = [
    ["during the month it is not due", { submittedOn: null, returned: false }, "2026-02-20", "notDue"],
    ["after the month, up to the due date, it is due", { submittedOn: null, returned: false }, "2026-03-05", "due"],
    ["past the due date without submission it is overdue", { submittedOn: null, returned: false }, "2026-03-06", "overdue"],
    ["submitted on the due date", { submittedOn: "2026-03-05", returned: false }, "2026-03-20", "submitted"],
    ["submitted after the due date is late", { submittedOn: "2026-03-06", returned: false }, "2026-03-20", "late"],
    ["sent back by the level above", { submittedOn: "2026-03-02", returned: true }, "2026-03-03", "returned"],
  ];
  it.each(rows)("I-04 %s", (_n, s, today, want) => expect(submissionStatus(feb, s, today)).toBe(want));
});
