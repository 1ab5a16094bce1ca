import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { assertItemHeldBy, assertUsageReference, handBackDueDate, lossQuantity, monthlyLossExceeded } from "./custody-rules.js";
import { offDutyReason } from "./off-duty.js";
import { assertRangeWithin, serialRangeQuantity, splitSerialRange } from "./serial-range.js";
import { isLargeAmount, rectificationRate } from "./aml-rules.js";

const cal = buildWorkingCalendar([officialHolidayYear(2026)!]);

describe("K-02 hand-back before a leave of more than one working day", () => {
  it.each([
    ["2026-03-11", "2026-03-12", 2, "2026-03-10", "two working days → the working day before"],
    ["2026-03-11", "2026-03-11", 1, null, "one working day → none"],
    ["2026-03-14", "2026-03-16", 1, null, "weekend plus Monday is one working day"],
    ["2026-03-16", "2026-03-17", 2, "2026-03-13", "a Monday start → hand back on Friday"],
    ["2026-10-08", "2026-10-09", 2, "2026-09-30", "after National Day → the last working day before the holiday"],
  ])("%s..%s: %i working days, due %s (%s)", (from, to, days, due) => {
    expect(handBackDueDate(from, to, cal)).toEqual({ workingDays: days, dueDate: due });
  });
});

describe("K-04 monthly loss rule", () => {
  it.each([
    [2, false],
    [3, true],
  ])("%i lost in a month → finding %s", (n, expected) => {
    expect(monthlyLossExceeded(n)).toBe(expected);
  });
  it("an incomplete set counts as lost", () => {
    expect(lossQuantity(0, true)).toBe(1);
    expect(lossQuantity(3, false)).toBe(3);
  });
});

describe("K-01/K-03 custody and usage", () => {
  it("refuses a handover of an item not held", () => {
    expect(() => assertItemHeldBy("a", "b")).toThrowError(expect.objectContaining({ code: "item_not_held" }));
    expect(() => assertItemHeldBy(null, "b")).toThrowError(expect.objectContaining({ code: "item_not_held" }));
  });
  it.each(["空白", "blank", " ", "-", "无"])("refuses a blank-form reference %j", (ref) => {
    expect(() => assertUsageReference(ref)).toThrowError(expect.objectContaining({ code: "document_reference_required" }));
  });
  it("splits a serial range keeping leading zeros; refuses serials outside the range", () => {
    expect(splitSerialRange({ from: "0001", to: "0100" }, { from: "0021", to: "0030" })).toEqual({ before: { from: "0001", to: "0020" }, taken: { from: "0021", to: "0030" }, after: { from: "0031", to: "0100" } });
    expect(splitSerialRange({ from: "0001", to: "0100" }, { from: "0001", to: "0100" })).toMatchObject({ before: null, after: null });
    expect(() => assertRangeWithin({ from: "0090", to: "0110" }, { from: "0001", to: "0100" })).toThrowError(expect.objectContaining({ code: "serial_out_of_range" }));
    expect(serialRangeQuantity({ from: "0001", to: "0100" })).toBe(100);
  });
});

describe("D-06 off-duty operation", () => {
  it.each([
    [true, [], null],
    [false, [], "deactivated"],
    [true, [{ from: "2026-03-10", to: "2026-03-12", approved: true }], "on_leave"],
    [true, [{ from: "2026-03-10", to: "2026-03-12", approved: false }], null],
    [true, [{ from: "2026-03-11", to: "2026-03-12", approved: true }], null],
  ] as const)("active=%s leaves=%o → %s", (active, leaves, reason) => {
    expect(offDutyReason({ active, leaves: [...leaves] }, "2026-03-10")).toBe(reason);
  });
});

describe("K-10 AML", () => {
  it("large amount at the threshold", () => {
    const t = { cashThresholdFen: 5_000_000, transferThresholdFen: 200_000_000 };
    expect(isLargeAmount("cash", 4_999_999, t)).toBe(false);
    expect(isLargeAmount("cash", 5_000_000, t)).toBe(true);
    expect(isLargeAmount("transfer", 5_000_000, t)).toBe(false);
  });
  it("rectification rate", () => {
    expect(rectificationRate([{ compliant: true, rectified: false }])).toEqual({ nonCompliant: 0, rectified: 0, rate: 100 });
    expect(rectificationRate([{ compliant: false, rectified: true }, { compliant: false, rectified: false }, { compliant: false, rectified: false }]).rate).toBe(33.3);
  });
});
