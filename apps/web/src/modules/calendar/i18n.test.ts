import { describe, expect, it } from "vitest";
import { ApiError, errorText } from "../../api/client";
import { coreDictionaries } from "../../i18n/core";
import { flattenDict, makeTranslator, mergeDictionaries } from "../../i18n/translate";
import { calendarI18n } from "./i18n";

const merged = mergeDictionaries([coreDictionaries, calendarI18n]);
const zh = makeTranslator(merged, "zh-CN");
const en = makeTranslator(merged, "en-US");

describe("CAL-04/CAL-06 calendar words", () => {
  it("every calendar error code has a zh-CN and an en-US message", () => {
    const codes = [
      "invalid_holiday_notice", "closure_without_hours", "override_already_approved", "approval_needs_level_above",
      "override_not_closure", "notice_after_date", "hours_change_not_in_advance", "calendar_year_unavailable",
      "date_outside_year", "date_both_kinds", "make_up_not_weekend", "holiday_only_weekend", "no_holidays",
    ];
    for (const c of codes) {
      expect(merged["zh-CN"][`errors.${c}`], c).toBeTruthy();
      expect(merged["en-US"][`errors.${c}`], c).toBeTruthy();
    }
  });

  it("zh-CN and en-US have the same calendar keys", () => {
    expect(Object.keys(flattenDict(calendarI18n["en-US"])).sort()).toEqual(Object.keys(flattenDict(calendarI18n["zh-CN"])).sort());
  });

  it("fills the offending dates and the earliest date into the message", () => {
    expect(errorText(new ApiError(400, "invalid_holiday_notice", "x", { year: 2027, dates: ["2027-01-05", "2027-10-09"], problems: [] }), zh)).toContain("2027-01-05、2027-10-09");
    expect(errorText(new ApiError(400, "hours_change_not_in_advance", "x", { effectiveFrom: "2026-11-25", earliest: "2026-11-26" }), en)).toContain("2026-11-26");
    expect(errorText(new ApiError(422, "calendar_year_unavailable", "x", { year: 2100, lunarRange: { from: 1901, to: 2099 } }), zh)).toContain("2100 年");
  });

  it("shows no rule ids on screen", () => {
    for (const loc of ["zh-CN", "en-US"] as const) {
      for (const [k, v] of Object.entries(flattenDict(calendarI18n[loc]))) expect(v, k).not.toMatch(/\b(CAL|C|Q|K|D|ORG)-\d{2}\b/);
    }
  });
});
