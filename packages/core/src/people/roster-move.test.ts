import { describe, expect, it } from "vitest";
import { DEFAULT_ROSTER_RULES, type RosterInput } from "./roster-model.js";
import { moveAssignment, newViolations } from "./roster-move.js";

const ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const input: RosterInput = {
  dates: ["2026-03-16", "2026-03-17", "2026-03-18"],
  templates: [
    { code: "E", start: "08:00", end: "16:00", minStaff: 1, skill: null, days: ALL },
    { code: "N", start: "22:00", end: "06:00", minStaff: 1, skill: null, days: ALL },
  ],
  people: [
    { userId: "a", skills: [], unavailable: [] },
    { userId: "b", skills: [], unavailable: ["2026-03-17"] },
  ],
  rules: DEFAULT_ROSTER_RULES,
};
const base = [
  { userId: "a", date: "2026-03-16", shiftCode: "N" },
  { userId: "b", date: "2026-03-16", shiftCode: "E" },
  { userId: "a", date: "2026-03-17", shiftCode: "E" },
];

describe("P-05 drag to edit: a moved assignment checked live against the hard rules", () => {
  it("moving a missing assignment is refused", () => expect(moveAssignment(base, { userId: "b", date: "2026-03-18", toUserId: "a", toDate: "2026-03-18" })).toBeNull());
  it.each([
    ["to a free person and day: no new violation", { userId: "a", date: "2026-03-17", toUserId: "a", toDate: "2026-03-18" }, []],
    ["onto the person's leave day", { userId: "a", date: "2026-03-17", toUserId: "b", toDate: "2026-03-17" }, [{ rule: "on_leave", userId: "b", date: "2026-03-17" }]],
    ["a second shift the same day", { userId: "b", date: "2026-03-16", toUserId: "a", toDate: "2026-03-16" }, [{ rule: "one_shift_a_day", userId: "a", date: "2026-03-16" }]],
  ] as const)("%s", (_n, move, expected) => {
    const after = moveAssignment(base, move)!;
    expect(newViolations(input, base, after)).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
    if (expected.length === 0) expect(newViolations(input, base, after)).toEqual([]);
  });
});
