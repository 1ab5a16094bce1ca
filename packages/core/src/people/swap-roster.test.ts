import { describe, expect, it } from "vitest";
import { applySwap } from "./swap-roster.js";

const D = "2026-03-12";
const early = { userId: "a", date: D, shiftCode: "E", start: "08:00", end: "16:00" };
const late = { userId: "b", date: D, shiftCode: "L", start: "12:00", end: "20:00" };

describe("P-06 an approved swap applied to the published roster", () => {
  it("both rostered: they exchange their shifts", () => {
    const r = applySwap([early, late], "a", "b", D);
    expect(r.kind).toBe("exchanged");
    expect(r.assignments).toEqual([
      { userId: "a", date: D, shiftCode: "L", start: "12:00", end: "20:00" },
      { userId: "b", date: D, shiftCode: "E", start: "08:00", end: "16:00" },
    ]);
    expect(r.changes).toEqual([
      { userId: "a", before: "E", after: "L" },
      { userId: "b", before: "L", after: "E" },
    ]);
  });
  it.each([
    ["only the requester rostered: the colleague takes the shift over", [early], [{ ...early, userId: "b" }], [{ userId: "a", before: "E", after: null }, { userId: "b", before: null, after: "E" }]],
    ["only the colleague rostered: the requester takes it over", [late], [{ ...late, userId: "a" }], [{ userId: "a", before: null, after: "L" }, { userId: "b", before: "L", after: null }]],
  ] as const)("%s", (_n, input, out, changes) => {
    const r = applySwap(input, "a", "b", D);
    expect(r.kind).toBe("taken_over");
    expect(r.assignments).toEqual(out);
    expect(r.changes).toEqual(changes);
  });
  it("nobody rostered that day: nothing to change", () => expect(applySwap([{ ...early, date: "2026-03-13" }], "a", "b", D).kind).toBe("nothing_rostered"));
});
