import { describe, expect, it } from "vitest";
import { holidayNoticeProblems } from "./validate-holiday-notice.js";

const ok = {
  year: 2027,
  holidays: { "2027-01-01": "元旦", "2027-01-02": "元旦", "2027-01-03": "元旦" },
  makeUpWorkdays: { "2027-01-09": "元旦" },
};

describe("CAL-06 checks on a typed State Council notice", () => {
  it.each([
    ["a well-formed notice", ok, []],
    ["no holidays", { ...ok, holidays: {} }, [{ code: "no_holidays", dates: [] }]],
    ["a date of another year", { ...ok, holidays: { ...ok.holidays, "2028-01-01": "元旦" } }, [{ code: "date_outside_year", dates: ["2028-01-01"] }]],
    ["a date both off and worked", { ...ok, makeUpWorkdays: { "2027-01-02": "元旦" } }, [{ code: "date_both_kinds", dates: ["2027-01-02"] }]],
    ["a make-up workday on a Tuesday", { ...ok, makeUpWorkdays: { "2027-01-05": "元旦" } }, [{ code: "make_up_not_weekend", dates: ["2027-01-05"] }]],
    [
      "a festival that falls only on a weekend",
      { ...ok, holidays: { ...ok.holidays, "2027-05-01": "劳动节", "2027-05-02": "劳动节" } },
      [{ code: "holiday_only_weekend", dates: ["2027-05-01", "2027-05-02"], name: "劳动节" }],
    ],
  ])("%s", (_why, input, expected) => {
    expect(holidayNoticeProblems(input)).toEqual(expected);
  });
});
