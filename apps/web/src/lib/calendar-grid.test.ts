import { describe, expect, it } from "vitest";
import { countKinds, daysInMonth, mondayIndex, monthGrid, parseDateLines } from "./calendar-grid";

describe("monthGrid (calendar year view, Monday first)", () => {
  it("starts February 2026 on a Sunday: six empty cells first", () => {
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-02-01"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("lays out October 2026 (starts Thursday) in five weeks ending on the 31st", () => {
    const weeks = monthGrid(2026, 10);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 4)).toEqual([null, null, null, "2026-10-01"]);
    expect(weeks[4]!.filter(Boolean).at(-1)).toBe("2026-10-31");
  });

  it("knows leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it.each([
    ["2026-03-09", 0],
    ["2026-03-10", 1],
    ["2026-03-15", 6],
  ])("weekday of %s is %i (Monday = 0)", (d, i) => {
    expect(mondayIndex(d)).toBe(i);
  });
});

describe("calendar helpers", () => {
  it("counts days per kind for the legend", () => {
    expect(countKinds([{ kind: "workday" }, { kind: "holiday" }, { kind: "workday" }])).toEqual({ workday: 2, holiday: 1 });
  });

  it("reads hand-loaded holiday lines and reports unreadable ones", () => {
    const { entries, bad } = parseDateLines("2027-01-01 元旦\n\n2027-02-06,春节\n2027-02-30 bad\nnonsense");
    expect(entries).toEqual({ "2027-01-01": "元旦", "2027-02-06": "春节" });
    expect(bad).toEqual(["2027-02-30 bad", "nonsense"]);
  });
});
