import { describe, expect, it } from "vitest";
import { type TicketServiceFacts, assertDeviceFacts, elderlyMonthFigures, isElderlyDeviceViolation } from "./elderly-service.js";

const base: TicketServiceFacts = { elderly: true, assistedByStaff: false, paperForm: false, selfServiceDeviceId: null, operatedBy: null };

describe("Q-13 staff operating a self-service device for an elderly customer", () => {
  it.each([
    ["elderly, served at a window", base, false],
    ["elderly, at a device, operated by the customer with a guide beside", { ...base, selfServiceDeviceId: "d1", operatedBy: "customer", assistedByStaff: true }, false],
    ["elderly, at a device, operated by staff", { ...base, selfServiceDeviceId: "d1", operatedBy: "staff" }, true],
    ["not elderly, at a device, operated by staff", { ...base, elderly: false, selfServiceDeviceId: "d1", operatedBy: "staff" }, false],
  ] as const)("Q-13 %s → violation %s", (_why, facts, expected) => {
    expect(isElderlyDeviceViolation(facts)).toBe(expected);
  });
  it.each([
    [null, null, false],
    ["d1", "staff", false],
    ["d1", null, true],
    [null, "customer", true],
  ] as const)("Q-13 device %s operated by %s refused: %s", (deviceId, operatedBy, refused) => {
    const run = () => assertDeviceFacts({ selfServiceDeviceId: deviceId, operatedBy });
    if (refused) expect(run).toThrow(/device/);
    else expect(run).not.toThrow();
  });
});

describe("Q-13 monthly figures", () => {
  it("Q-13 counts elderly tickets, help, paper forms and violations", () => {
    const f = elderlyMonthFigures(
      "2026-03",
      [
        { ...base, assistedByStaff: true },
        { ...base, paperForm: true },
        { ...base, selfServiceDeviceId: "d1", operatedBy: "staff" },
        { ...base, elderly: false },
      ],
      [{ served: true }, { served: false }],
    );
    expect(f).toEqual({ month: "2026-03", elderlyTickets: 3, assistedByStaff: 1, paperForms: 1, atSelfServiceDevice: 1, violations: 1, helpRequests: 2, helpRequestsServed: 1 });
  });
});
