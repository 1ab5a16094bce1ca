import { describe, expect, it } from "vitest";
import { forwardTarget } from "./forward-case.js";

const city = { id: "GZ", path: "/HQ/GD/GZ/" };
describe("C-19 forwarding a complaint down to the responsible unit", () => {
  it("goes to a counter below, at outlet level", () => {
    expect(forwardTarget(city, { id: "TH", path: "/HQ/GD/GZ/TH/", kind: "counter" })).toEqual({ unitId: "TH", level: "outlet" });
  });
  it.each([
    ["itself", { id: "GZ", path: "/HQ/GD/GZ/", kind: "city" as const }],
    ["its parent", { id: "GD", path: "/HQ/GD/", kind: "province" as const }],
    ["a unit of another city", { id: "SZ1", path: "/HQ/GD/SZ/SZ1/", kind: "counter" as const }],
  ])("never to %s", (_why, target) => {
    expect(() => forwardTarget(city, target)).toThrowError(expect.objectContaining({ code: "forward_not_below" }));
  });
});
