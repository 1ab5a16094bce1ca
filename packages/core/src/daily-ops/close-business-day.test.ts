import { describe, expect, it } from "vitest";
import { assertBusinessDayOpen, assertReopenReason, handoverCheck, lunchDutyStatus, missingCloseDate, noonWindow, securityItemsCheck } from "./close-business-day.js";

const item = (sectionKey: string, fixed: boolean) => ({ inspectionId: "i1", sectionKey, itemKey: `${sectionKey}.x`, text: "x", correctiveActionId: "ca", fixed });

describe("D-04 failed power/fire/security items block the close", () => {
  const rows: Array<[string, ReturnType<typeof item>[], "passed" | "failed"]> = [
    ["no failed item passes", [], "passed"],
    ["D-04 a failed power item blocks", [item("power", false)], "failed"],
    ["D-04 a failed fire item blocks", [item("fire", false)], "failed"],
    ["D-04 a failed security item blocks", [item("security", false)], "failed"],
    ["D-04 a fixed item no longer blocks", [item("fire", true)], "passed"],
    ["D-04 a storage item is handled by its own checks", [item("storage", false)], "passed"],
  ];
  for (const [name, failed, status] of rows) {
    it(name, () => {
      const c = securityItemsCheck(failed);
      expect(c).toMatchObject({ code: "security_items_fixed", blocking: true, status });
    });
  }
});

describe("D-07 the handover check reports what it checked", () => {
  it("fails when there was no handover that day", () => expect(handoverCheck([])).toMatchObject({ status: "failed", details: { reason: "no_handover" } }));
  it("fails while one is pending", () => expect(handoverCheck([{ id: "h", status: "pending" }]).status).toBe("failed"));
  it("passes when every handover of the day is confirmed", () => expect(handoverCheck([{ id: "h", status: "confirmed" }]).status).toBe("passed"));
});

describe("D-06 the day's order", () => {
  it("D-06 no ticket after the close: business_day_closed", () => {
    expect(() => assertBusinessDayOpen({ id: "c", businessDate: "2026-03-10" })).toThrowError(expect.objectContaining({ code: "business_day_closed" }));
    expect(() => assertBusinessDayOpen(null)).not.toThrow();
  });
  it("D-06 reopening needs a reason", () => {
    expect(() => assertReopenReason(" ")).toThrowError(expect.objectContaining({ code: "reopen_reason_required" }));
    expect(assertReopenReason(" 补办业务 ")).toBe("补办业务");
  });
  const missing: Array<[string, string[], string[], string | null]> = [
    ["D-06 yesterday closed: nothing missing", ["2026-03-09"], ["2026-03-09"], null],
    ["D-06 yesterday not closed is detected", ["2026-03-09"], [], "2026-03-09"],
    ["D-06 after a weekend the last business day counts", ["2026-03-05", "2026-03-06"], ["2026-03-05"], "2026-03-06"],
    ["no business day before", [], [], null],
  ];
  for (const [name, open, closed, expected] of missing) it(name, () => expect(missingCloseDate("2026-03-10", open, new Set(closed))).toBe(expected));
});

describe("CAL-03 lunch duty", () => {
  it("the noon window is the gap between the morning and afternoon frames", () => {
    expect(noonWindow([["08:30", "12:00"], ["14:30", "17:30"]])).toEqual({ from: "12:00", to: "14:30" });
    expect(noonWindow([["09:00", "17:00"]])).toEqual({ from: "12:00", to: "14:00" });
  });
  const w = { from: "12:00", to: "14:00" };
  const rows: Array<[string, Parameters<typeof lunchDutyStatus>[0], string]> = [
    ["CAL-03 not required where the unit has no lunch duty", { required: false, window: w, presence: [], nowLocal: "15:00" }, "not_required"],
    ["CAL-03 someone served at 12:30: covered", { required: true, window: w, presence: [{ from: "12:30", to: "12:45", userId: "u" }], nowLocal: "15:00" }, "covered"],
    ["CAL-03 a window signed in across noon: covered", { required: true, window: w, presence: [{ from: "08:30", to: "17:00", userId: "u" }], nowLocal: "15:00" }, "covered"],
    ["CAL-03 nobody at noon: uncovered", { required: true, window: w, presence: [{ from: "09:00", to: "11:50", userId: "u" }], nowLocal: "15:00" }, "uncovered"],
    ["CAL-03 before the end of noon: still pending", { required: true, window: w, presence: [], nowLocal: "12:10" }, "pending"],
    ["CAL-03 a past day without anyone: uncovered", { required: true, window: w, presence: [], nowLocal: "09:00", isPastDay: true }, "uncovered"],
  ];
  for (const [name, input, status] of rows) it(name, () => expect(lunchDutyStatus(input).status).toBe(status));
});
