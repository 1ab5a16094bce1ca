import { describe, expect, it } from "vitest";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { assertBookingLeadTime, assertConfirmationLeadTime, checkInPriority, initialAppointmentStatus, nextAppointmentStatus } from "./appointments.js";
import { assertTypeServedOn, formatTicketNumber } from "./business-types.js";
import { assertCounterOpen, nextCounterOpening } from "./counter-open.js";
import { monitorAlerts, projectedWaitSeconds } from "./monitor-alerts.js";
import { DEFAULT_QUEUE_SETTINGS } from "./queue-settings.js";
import { computeQueueStats, percentile } from "./queue-stats.js";
import { vipWindowFinding } from "./vip-window-finding.js";

describe("ORG-03 VIP window finding", () => {
  const w = (vip: boolean, staffed: boolean, paused = false) => ({ vip, staffed, paused, active: true });
  const cases = [
    { name: "2 tellers, no VIP window: no finding", windows: [w(false, true), w(false, true)], finding: false },
    { name: "3 tellers, no VIP window: finding", windows: [w(false, true), w(false, true), w(false, true)], finding: true },
    { name: "3 tellers, VIP window open: none", windows: [w(true, true), w(false, true), w(false, true)], finding: false },
    { name: "3 tellers, VIP window paused: finding", windows: [w(true, true, true), w(false, true), w(false, true)], finding: true },
    { name: "3 tellers, VIP window unstaffed: finding", windows: [w(true, false), w(false, true), w(false, true), w(false, true)], finding: true },
  ];
  for (const c of cases) it(c.name, () => expect(vipWindowFinding(c.windows) !== null).toBe(c.finding));
});

describe("Q-01 business types and numbers", () => {
  it("formats gap-free numbers with the prefix", () => {
    expect(formatTicketNumber("A", 1)).toBe("A001");
    expect(formatTicketNumber("B", 42)).toBe("B042");
    expect(formatTicketNumber("C", 1000)).toBe("C1000");
  });
  it("refuses a type not served on the day", () => {
    expect(() => assertTypeServedOn({ code: "claim", active: true, servedDays: ["mon"] }, "2026-03-10")).toThrowError(
      expect.objectContaining({ code: "business_type_not_served_today" }),
    );
    expect(() => assertTypeServedOn({ code: "claim", active: false, servedDays: ["tue"] }, "2026-03-10")).toThrowError(expect.objectContaining({ code: "business_type_inactive" }));
    expect(() => assertTypeServedOn({ code: "claim", active: true, servedDays: ["tue"] }, "2026-03-10")).not.toThrow();
  });
});

describe("CAL-04 counter open check", () => {
  const calendar = buildWorkingCalendar([officialHolidayYear(2026)!], []);
  const day = [["08:30", "12:00"], ["13:30", "17:30"]] as [string, string][];
  const counter = { timeZone: "Asia/Shanghai", businessHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] } };
  it("CAL-04 refuses at lunch with the afternoon opening", () => {
    const now = new Date("2026-03-10T04:30:00Z"); // 12:30 Shanghai
    expect(() => assertCounterOpen(now, counter, calendar)).toThrowError(expect.objectContaining({ code: "counter_closed", details: { nextOpening: "2026-03-10T05:30:00.000Z" } }));
  });
  it("CAL-04 Friday evening → Monday morning", () => {
    expect(nextCounterOpening(new Date("2026-03-13T10:00:00Z"), counter, calendar)?.toISOString()).toBe("2026-03-16T00:30:00.000Z");
  });
  it("open at 10:00", () => expect(() => assertCounterOpen(new Date("2026-03-10T02:00:00Z"), counter, calendar)).not.toThrow());
});

describe("Q-06/Q-07 monitor alerts", () => {
  const now = new Date("2026-03-10T03:00:00Z");
  const ago = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  const base = { now, settings: DEFAULT_QUEUE_SETTINGS, waiting: [], serving: [], averageWaitSeconds: null, finding: null };
  it("Q-07 a wait past the peak limit is critical, about to is a warning", () => {
    const alerts = monitorAlerts({ ...base, waiting: [{ id: "a", number: "A001", originalIssuedAt: ago(31) }, { id: "b", number: "A002", originalIssuedAt: ago(28) }, { id: "c", number: "A003", originalIssuedAt: ago(5) }] });
    expect(alerts.map((a) => [a.ticketId, a.kind])).toEqual([["a", "wait_exceeded"], ["b", "wait_near_limit"]]);
  });
  it("Q-06 a service past 15 minutes is critical, at 13 a warning", () => {
    const alerts = monitorAlerts({ ...base, serving: [{ id: "s", number: "A001", startedAt: ago(16), windowId: "w", windowNumber: 2 }, { id: "t", number: "A002", startedAt: ago(13), windowId: "w2", windowNumber: 3 }] });
    expect(alerts.map((a) => a.kind)).toEqual(["service_exceeded", "service_near_limit"]);
  });
  it("Q-07 the daily average past the target alerts", () => {
    expect(monitorAlerts({ ...base, averageWaitSeconds: 16 * 60 })[0]!.kind).toBe("average_wait_exceeded");
    expect(monitorAlerts({ ...base, averageWaitSeconds: 13 * 60 })[0]!.kind).toBe("average_wait_near_target");
  });
  it("ORG-03 finding becomes an alert", () => {
    expect(monitorAlerts({ ...base, finding: { rule: "ORG-03", code: "vip_window_missing", tellersOnDuty: 3 } })[0]!.kind).toBe("vip_window_missing");
  });
  it("projected wait divides by open windows", () => {
    expect(projectedWaitSeconds(6, 300, 2)).toBe(900);
    expect(projectedWaitSeconds(2, 300, 0)).toBe(600);
  });
});

describe("Q-06/Q-07/Q-09 statistics", () => {
  const issue = "2026-03-10T01:00:00.000Z";
  const at = (min: number) => new Date(Date.parse(issue) + min * 60_000).toISOString();
  it("waits from the original issue time (transfer keeps it), services from start to finish", () => {
    const s = computeQueueStats(
      [
        { status: "transferred", originalIssuedAt: issue, calledAt: at(10), startedAt: at(11), finishedAt: at(12), transferredFromId: null, rating: null },
        { status: "finished", originalIssuedAt: issue, calledAt: at(20), startedAt: at(21), finishedAt: at(41), transferredFromId: "x", rating: 5 },
        { status: "noShow", originalIssuedAt: at(5), calledAt: at(6), startedAt: null, finishedAt: null, transferredFromId: null, rating: null },
        { status: "finished", originalIssuedAt: at(5), calledAt: at(7), startedAt: at(8), finishedAt: at(18), transferredFromId: null, rating: 3 },
      ],
      { waitTargetMinutes: 15, handlingLimitMinutes: 15 },
    );
    expect(s.issued).toBe(3);
    expect(s.served).toBe(2);
    expect(s.noShow).toBe(1);
    expect(s.maxWaitSeconds).toBe(1200);
    expect(s.avgWaitSeconds).toBe(Math.round((600 + 1200 + 60 + 120) / 4));
    expect(s.waitWithin15MinRate).toBe(0.75);
    expect(s.avgServiceSeconds).toBe(900);
    expect(s.serviceWithin15MinRate).toBe(0.5);
    expect(s.satisfactionRate).toBe(0.5);
  });
  it("p90 is nearest-rank", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([], 90)).toBeNull();
  });
});

describe("Q-10 appointments", () => {
  it("Q-10 VIP room at least 7 days ahead", () => {
    expect(() => assertBookingLeadTime("vipRoom", "2026-03-10", "2026-03-16")).toThrowError(expect.objectContaining({ code: "vip_room_booking_too_late" }));
    expect(() => assertBookingLeadTime("vipRoom", "2026-03-10", "2026-03-17")).not.toThrow();
    expect(() => assertBookingLeadTime("elderly", "2026-03-10", "2026-03-10")).not.toThrow();
    expect(() => assertBookingLeadTime("elderly", "2026-03-10", "2026-03-09")).toThrowError(expect.objectContaining({ code: "appointment_in_past" }));
  });
  it("Q-10 confirmed at least 2 days ahead", () => {
    expect(() => assertConfirmationLeadTime("2026-03-10", "2026-03-11")).toThrowError(expect.objectContaining({ code: "confirmation_too_late" }));
    expect(() => assertConfirmationLeadTime("2026-03-10", "2026-03-12")).not.toThrow();
  });
  it("Q-10 elderly bookings are confirmed at once; VIP room waits for approval", () => {
    expect(initialAppointmentStatus("elderly")).toBe("confirmed");
    expect(initialAppointmentStatus("vipRoom")).toBe("pending");
    expect(nextAppointmentStatus("pending", "approve", "vipRoom")).toBe("approved");
    expect(nextAppointmentStatus("approved", "confirm", "vipRoom")).toBe("confirmed");
    expect(() => nextAppointmentStatus("pending", "confirm", "vipRoom")).toThrowError(expect.objectContaining({ code: "appointment_not_approved" }));
    expect(() => nextAppointmentStatus("pending", "checkIn", "vipRoom")).toThrowError(expect.objectContaining({ code: "appointment_not_confirmed" }));
    expect(nextAppointmentStatus("confirmed", "checkIn", "elderly")).toBe("checkedIn");
    expect(checkInPriority("elderly")).toBe("appointment");
    expect(checkInPriority("vipRoom")).toBe("vip");
  });
});
