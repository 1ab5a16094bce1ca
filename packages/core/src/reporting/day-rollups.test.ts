import { describe, expect, it } from "vitest";
import { type RollupTicket, dayGroupFacts, hasTickets, isSettledDay, rollupBasis } from "./day-rollups.js";
import { ticketFacts } from "./ticket-facts.js";
import { sumFacts } from "./unit-facts.js";

const limits = { waitTargetMinutes: 15, handlingLimitMinutes: 15, timeZone: "Asia/Shanghai" };
const t = (businessDate: string, windowId: string | null, servedBy: string | null, waitMin: number, extra: Partial<RollupTicket> = {}): RollupTicket => {
  const issued = Date.parse(`${businessDate}T01:00:00Z`);
  return {
    businessDate,
    windowId,
    servedBy,
    status: servedBy ? "finished" : "waiting",
    originalIssuedAt: new Date(issued).toISOString(),
    calledAt: windowId ? new Date(issued + waitMin * 60_000).toISOString() : null,
    startedAt: servedBy ? new Date(issued + waitMin * 60_000).toISOString() : null,
    finishedAt: servedBy ? new Date(issued + (waitMin + 10) * 60_000).toISOString() : null,
    transferredFromId: null,
    rating: servedBy ? 5 : null,
    ...extra,
  };
};

describe("I-04 daily roll-ups of queue facts", () => {
  const tickets = [
    t("2026-11-02", "w1", "u1", 5),
    t("2026-11-02", "w1", "u1", 20),
    t("2026-11-02", "w2", "u2", 40),
    t("2026-11-02", null, null, 0),
    t("2026-11-03", "w1", "u2", 3),
  ];

  it("groups by date, window and teller, and the groups sum to the facts of all tickets (max wait by max)", () => {
    const groups = dayGroupFacts(tickets, limits);
    expect(groups.map((g) => [g.date, g.windowId, g.servedBy, g.facts.ticketsIssued])).toEqual([
      ["2026-11-02", "w1", "u1", 2],
      ["2026-11-02", "w2", "u2", 1],
      ["2026-11-02", null, null, 1],
      ["2026-11-03", "w1", "u2", 1],
    ]);
    expect(sumFacts(groups.map((g) => g.facts))).toEqual(ticketFacts(tickets, limits));
    expect(sumFacts(groups.map((g) => g.facts)).maxWaitSeconds).toBe(40 * 60);
  });

  it.each([
    ["2026-11-29", "2026-11-30", true],
    ["2026-11-30", "2026-11-30", false],
    ["2026-12-01", "2026-11-30", false],
  ])("a day %s is settled on local today %s: %s", (date, today, settled) => {
    expect(isSettledDay(date, today)).toBe(settled);
  });

  it("the basis changes with the limits and the time zone", () => {
    expect(rollupBasis(limits)).toBe("15|15|Asia/Shanghai");
    expect(rollupBasis({ ...limits, waitTargetMinutes: 30 })).not.toBe(rollupBasis(limits));
    expect(rollupBasis({ ...limits, timeZone: "Asia/Urumqi" })).not.toBe(rollupBasis(limits));
  });

  it("a group made of a waiting ticket still counts as tickets; empty facts do not", () => {
    const [g] = dayGroupFacts([t("2026-11-02", null, null, 0)], limits);
    expect(hasTickets(g!.facts)).toBe(true);
    expect(hasTickets(sumFacts([]))).toBe(false);
  });
});
