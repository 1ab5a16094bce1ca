import { describe, expect, it } from "vitest";
import { type CloseCheckResult, countCheck, decideDailyClose } from "./daily-close-rules.js";
import { morningMeetingWindow } from "./morning-meeting.js";

const ok: CloseCheckResult = { code: "tickets_finished", status: "passed", blocking: true, details: {} };
const bad: CloseCheckResult = { code: "items_in_safe", status: "failed", blocking: true, details: {} };
const info: CloseCheckResult = { code: "equipment_faults", status: "failed", blocking: false, details: {} };
const na: CloseCheckResult = { code: "tellers_signed_out", status: "unavailable", blocking: true, details: {} };

describe("D-06 daily close decision", () => {
  it.each([
    ["all passed", [ok], undefined, false, { overridden: false }],
    ["an informational failure does not block", [ok, info], undefined, false, { overridden: false }],
    ["an unavailable check does not block (shown, not passed)", [ok, na], undefined, false, { overridden: false }],
    ["a blocking failure with override by the manager", [ok, bad], { reason: "停电" }, true, { overridden: true }],
  ] as const)("%s", (_why, checks, override, mayOverride, expected) => {
    expect(decideDailyClose({ alreadyClosed: false, checks: [...checks], override, mayOverride })).toEqual(expected);
  });

  it.each([
    ["already closed", true, [ok], undefined, true, "day_already_closed"],
    ["blocking failure without override", false, [bad], undefined, true, "close_blocked"],
    ["override without the right", false, [bad], { reason: "x" }, false, "close_override_denied"],
    ["override without a reason", false, [bad], { reason: "  " }, true, "override_reason_required"],
  ] as const)("refuses: %s", (_why, alreadyClosed, checks, override, mayOverride, code) => {
    expect(() => decideDailyClose({ alreadyClosed, checks: [...checks], override, mayOverride })).toThrowError(expect.objectContaining({ code }));
  });

  it("countCheck: null is unavailable, 0 passed, more failed", () => {
    expect(countCheck("x", true, null).status).toBe("unavailable");
    expect(countCheck("x", true, 0).status).toBe("passed");
    expect(countCheck("x", true, 2)).toMatchObject({ status: "failed", details: { count: 2 } });
  });

  it("D-01 the morning meeting is 20 to 15 minutes before opening; arrive 5 minutes earlier", () => {
    const w = morningMeetingWindow(new Date("2026-03-10T00:30:00Z"));
    expect([w.arriveBy, w.from, w.to].map((d) => d.toISOString())).toEqual(["2026-03-10T00:05:00.000Z", "2026-03-10T00:10:00.000Z", "2026-03-10T00:15:00.000Z"]);
  });
});
