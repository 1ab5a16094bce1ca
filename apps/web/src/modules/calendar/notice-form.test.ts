import { describe, expect, it } from "vitest";
import {
  addDays,
  baseHolidayName,
  buildNotice,
  dateRange,
  earliestEffectiveFrom,
  noticeProblemsOf,
  rowsFromDays,
  rowsWithProblems,
} from "./notice-form";
import { groupWeeklyHours } from "./hours-summary";

describe("CAL-06 the official notice form: rows → holiday maps", () => {
  it("expands each holiday row from first to last day and keeps make-up days with their names", () => {
    const { body, issues } = buildNotice(
      2027,
      [
        { name: "元旦", first: "2027-01-01", last: "2027-01-03" },
        { name: " 春节 ", first: "2027-02-05", last: "2027-02-11" },
        { name: "清明节", first: "2027-04-05", last: null },
      ],
      [
        { date: "2027-01-31", name: "春节" },
        { date: "2027-02-20", name: "春节" },
      ],
    );
    expect(issues).toEqual([]);
    expect(body.year).toBe(2027);
    expect(Object.keys(body.holidays)).toEqual([
      "2027-01-01", "2027-01-02", "2027-01-03",
      "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
      "2027-04-05",
    ]);
    expect(body.holidays["2027-02-08"]).toBe("春节");
    expect(body.makeUpWorkdays).toEqual({ "2027-01-31": "春节", "2027-02-20": "春节" });
  });

  it("skips wholly empty rows", () => {
    const { body, issues } = buildNotice(2027, [{ name: "", first: null, last: null }, { name: "元旦", first: "2027-01-01", last: "2027-01-01" }], [{ date: null, name: "" }]);
    expect(issues).toEqual([]);
    expect(body.holidays).toEqual({ "2027-01-01": "元旦" });
    expect(body.makeUpWorkdays).toEqual({});
  });

  it.each([
    ["a missing name", [{ name: "", first: "2027-01-01", last: "2027-01-01" }], [], "missing_name"],
    ["no date", [{ name: "元旦", first: null, last: null }], [], "missing_date"],
    ["the last day before the first", [{ name: "春节", first: "2027-02-11", last: "2027-02-05" }], [], "last_before_first"],
    ["a run longer than any festival", [{ name: "春节", first: "2027-02-01", last: "2027-03-01" }], [], "range_too_long"],
    ["a date of another year", [{ name: "元旦", first: "2026-12-31", last: "2027-01-01" }], [], "outside_year"],
    ["the same day twice", [{ name: "元旦", first: "2027-01-01", last: "2027-01-02" }], [{ date: "2027-01-02", name: "元旦" }], "duplicate_date"],
    ["a make-up day without a date", [{ name: "元旦", first: "2027-01-01", last: "2027-01-01" }], [{ date: null, name: "春节" }], "missing_date"],
  ])("names the row with %s", (_label, holidays, makeUps, code) => {
    const { issues } = buildNotice(2027, holidays, makeUps);
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it("points a duplicate at the later row", () => {
    const { issues } = buildNotice(2027, [{ name: "元旦", first: "2027-01-01", last: "2027-01-02" }], [{ date: "2027-01-02", name: "元旦" }]);
    expect(issues).toEqual([{ list: "makeUpWorkdays", index: 0, code: "duplicate_date", dates: ["2027-01-02"] }]);
  });
});

describe("CAL-06 starting the notice from the provisional year", () => {
  it("groups consecutive days of one festival into a row, a day off in lieu included", () => {
    const rows = rowsFromDays([
      { date: "2027-02-08", kind: "holiday", name: "春节" },
      { date: "2027-02-05", kind: "holiday", name: "春节" },
      { date: "2027-02-06", kind: "holiday", name: "春节" },
      { date: "2027-02-07", kind: "holiday", name: "春节" },
      { date: "2027-02-09", kind: "holiday", name: "春节（补假）" },
      { date: "2027-01-01", kind: "holiday", name: "元旦" },
      { date: "2027-01-04", kind: "workday" },
      { date: "2027-05-01", kind: "holiday", name: "劳动节" },
      { date: "2027-05-02", kind: "holiday", name: "劳动节" },
      { date: "2027-05-03", kind: "holiday", name: "劳动节（补假）" },
      { date: "2027-09-26", kind: "makeUpWorkday", name: "国庆节" },
    ]);
    expect(rows.holidays).toEqual([
      { name: "元旦", first: "2027-01-01", last: "2027-01-01" },
      { name: "春节", first: "2027-02-05", last: "2027-02-09" },
      { name: "劳动节", first: "2027-05-01", last: "2027-05-03" },
    ]);
    expect(rows.makeUpWorkdays).toEqual([{ date: "2027-09-26", name: "国庆节" }]);
  });

  it("keeps two festivals on adjacent days apart", () => {
    const rows = rowsFromDays([
      { date: "2028-10-03", kind: "holiday", name: "中秋节、国庆节" },
      { date: "2028-10-02", kind: "holiday", name: "国庆节" },
    ]);
    expect(rows.holidays).toHaveLength(2);
  });

  it("strips the 补假 suffix in both bracket styles", () => {
    expect(baseHolidayName("端午节（补假）")).toBe("端午节");
    expect(baseHolidayName("端午节(补假)")).toBe("端午节");
    expect(baseHolidayName("国庆节")).toBe("国庆节");
  });
});

describe("CAL-06 a rejected notice: the offending dates back on their rows", () => {
  const holidays = [
    { name: "元旦", first: "2027-01-01", last: "2027-01-03" },
    { name: "国庆节", first: "2027-10-01", last: "2027-10-07" },
  ];
  const makeUps = [{ date: "2027-01-05", name: "元旦" }, { date: "2027-10-09", name: "国庆节" }];

  it("reads details.problems of a 400 invalid_holiday_notice", () => {
    const problems = noticeProblemsOf({ year: 2027, dates: ["2027-01-05"], problems: [{ code: "make_up_not_weekend", dates: ["2027-01-05"] }, { bad: 1 }, { code: "holiday_only_weekend", dates: ["2027-10-02"], name: "国庆节" }] });
    expect(problems).toEqual([
      { code: "make_up_not_weekend", dates: ["2027-01-05"] },
      { code: "holiday_only_weekend", dates: ["2027-10-02"], name: "国庆节" },
    ]);
    expect(noticeProblemsOf(null)).toEqual([]);
    expect(noticeProblemsOf({ problems: "x" })).toEqual([]);
  });

  it("marks the make-up row and the holiday row that hold a named date", () => {
    const map = rowsWithProblems(holidays, makeUps, [
      { code: "make_up_not_weekend", dates: ["2027-01-05"] },
      { code: "date_both_kinds", dates: ["2027-10-02"] },
    ]);
    expect(map.get("makeUpWorkdays:0")).toEqual([{ code: "make_up_not_weekend", dates: ["2027-01-05"] }]);
    expect(map.get("holidays:1")).toEqual([{ code: "date_both_kinds", dates: ["2027-10-02"] }]);
    expect(map.has("holidays:0")).toBe(false);
    expect(map.has("makeUpWorkdays:1")).toBe(false);
  });

  it("narrows a problem to the dates of each row it touches", () => {
    const map = rowsWithProblems(holidays, makeUps, [{ code: "holiday_only_weekend", dates: ["2027-01-02", "2027-01-03", "2027-10-02"], name: "x" }]);
    expect(map.get("holidays:0")).toEqual([{ code: "holiday_only_weekend", dates: ["2027-01-02", "2027-01-03"], name: "x" }]);
    expect(map.get("holidays:1")).toEqual([{ code: "holiday_only_weekend", dates: ["2027-10-02"], name: "x" }]);
  });
});

describe("date helpers", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(dateRange("2027-01-30", "2027-02-02")).toEqual(["2027-01-30", "2027-01-31", "2027-02-01", "2027-02-02"]);
    expect(dateRange("2027-02-02", "2027-01-30")).toEqual([]);
  });

  it("CAL-04 an hours change takes effect from tomorrow at the earliest", () => {
    expect(earliestEffectiveFrom("2026-12-31")).toBe("2027-01-01");
  });
});

describe("CAL-02 weekly hours in a line", () => {
  it("groups consecutive days with the same frames, weekend days included", () => {
    const g = groupWeeklyHours({
      mon: [["08:30", "12:00"], ["14:30", "17:30"]],
      tue: [["08:30", "12:00"], ["14:30", "17:30"]],
      wed: [["08:30", "12:00"], ["14:30", "17:30"]],
      thu: [["08:30", "12:00"], ["14:30", "17:30"]],
      fri: [["08:30", "12:00"], ["14:30", "17:30"]],
      sat: [["09:00", "12:00"]],
    });
    expect(g).toEqual([
      { from: "mon", to: "fri", frames: ["08:30–12:00", "14:30–17:30"] },
      { from: "sat", to: "sat", frames: ["09:00–12:00"] },
      { from: "sun", to: "sun", frames: [] },
    ]);
  });
});
