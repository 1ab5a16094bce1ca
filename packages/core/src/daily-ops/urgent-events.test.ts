import { describe, expect, it } from "vitest";
import { firstResponsible, isUrgentEvent, mayAcknowledgeUrgent, needsUrgentEscalation, unitAbove, urgentAckDeadline, urgentAckStatus } from "./urgent-events.js";

describe("D-14 urgent events are reported upward and acknowledged in time", () => {
  it.each([
    [{ urgent: true, level: "IV" }, true],
    [{ level: "I" }, true],
    [{ level: "II" }, true],
    [{ level: "III" }, false],
    [{ urgent: false, level: "IV" }, false],
  ] as const)("D-14 urgent? %j", (f, urgent) => expect(isUrgentEvent(f)).toBe(urgent));

  it("D-14 the deadline is the configured minutes after the report", () => {
    expect(urgentAckDeadline("2026-03-10T02:00:00.000Z", 30)).toBe("2026-03-10T02:30:00.000Z");
  });

  const r = { deadlineAt: "2026-03-10T02:30:00.000Z", acknowledgedAt: null, escalatedAt: null };
  it.each([
    ["before the deadline it awaits", r, "2026-03-10T02:29:59.000Z", "awaiting", false],
    ["at the deadline it still awaits", r, "2026-03-10T02:30:00.000Z", "awaiting", false],
    ["past the deadline it is overdue and escalates", r, "2026-03-10T02:30:01.000Z", "overdue", true],
    ["escalated once, never twice", { ...r, escalatedAt: "2026-03-10T02:31:00.000Z" }, "2026-03-10T03:00:00.000Z", "escalated", false],
    ["acknowledged stops the clock", { ...r, acknowledgedAt: "2026-03-10T02:10:00.000Z" }, "2026-03-10T05:00:00.000Z", "acknowledged", false],
  ] as const)("D-14 %s", (_n, facts, now, status, escalate) => {
    expect(urgentAckStatus(facts, now)).toBe(status);
    expect(needsUrgentEscalation(facts, now)).toBe(escalate);
  });

  it.each([
    [[{ byId: "b", at: "2026-03-10T02:01:00Z" }, { byId: "a", at: "2026-03-10T02:00:00Z" }], "a"],
    [[{ byId: "x", at: "2026-03-10T02:00:00Z" }, { byId: "y", at: "2026-03-10T02:00:00Z" }], "x"],
    [[], null],
  ] as const)("D-14 the first to record is the first responsible person (%#)", (records, who) => expect(firstResponsible(records)).toBe(who));

  it.each([
    ["/hq/gd/gz/th/", "gz"],
    ["/hq/gd/", "hq"],
    ["/hq/", "hq"],
  ])("D-14 the level above %s is %s", (path, above) => expect(unitAbove(path)).toBe(above));

  it.each([
    ["/hq/gd/gz/", "/hq/gd/gz/", true],
    ["/hq/", "/hq/gd/gz/", true],
    ["/hq/gd/gz/th/", "/hq/gd/gz/", false],
    ["/hq/sz/", "/hq/gd/gz/", false],
  ])("D-14 a person at %s may acknowledge a report to %s: %s", (acker, to, may) => expect(mayAcknowledgeUrgent(acker, to)).toBe(may));
});
