import { describe, expect, it } from "vitest";
import { type OnDutyFacts, operatorOffDutyReason, offDutyDedupeKey } from "./operator-on-duty.js";

describe("D-06 on-duty check (pure facts)", () => {
  const rows: Array<[string, OnDutyFacts, string | null]> = [
    ["an active, rostered person operates normally", { deactivated: false, onApprovedLeave: false, roster: "rostered" }, null],
    ["no roster published yet (unknown) is not a finding", { deactivated: false, onApprovedLeave: false, roster: "unknown" }, null],
    ["D-06 on approved leave", { deactivated: false, onApprovedLeave: true, roster: "unknown" }, "on_leave"],
    ["D-06 on leave even when rostered (leave wins)", { deactivated: false, onApprovedLeave: true, roster: "rostered" }, "on_leave"],
    ["D-06 deactivated (left the company)", { deactivated: true, onApprovedLeave: false, roster: "rostered" }, "deactivated"],
    ["D-06 deactivated is the most serious reason", { deactivated: true, onApprovedLeave: true, roster: "not_rostered" }, "deactivated"],
    ["D-06 not on the day's roster", { deactivated: false, onApprovedLeave: false, roster: "not_rostered" }, "not_rostered"],
  ];
  for (const [name, facts, expected] of rows) it(name, () => expect(operatorOffDutyReason(facts)).toBe(expected));

  it("D-06 one finding per person, reason and day", () => {
    expect(offDutyDedupeKey("u1", "on_leave", "2026-03-10")).toBe("off_duty:u1:on_leave:2026-03-10");
  });
});
