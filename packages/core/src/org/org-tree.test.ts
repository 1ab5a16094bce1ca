import { describe, expect, it } from "vitest";
import { ancestorIds, assertChildKind, childPath, isInSubtree } from "./org-tree.js";

describe("ORG-01 organisation tree", () => {
  it.each([
    ["hq", "province", true],
    ["province", "city", true],
    ["city", "counter", true],
    ["hq", "city", false],
    ["province", "counter", false],
    ["counter", "counter", false],
    ["city", "province", false],
  ] as const)("%s → %s allowed: %s", (parent, child, ok) => {
    if (ok) expect(() => assertChildKind(parent, child)).not.toThrow();
    else expect(() => assertChildKind(parent, child)).toThrowError(expect.objectContaining({ code: "invalid_org_parent" }));
  });
  it("scopes by path prefix: a sibling is never in scope", () => {
    const p = childPath("/HQ/", "P1");
    const c1 = childPath(p, "C1");
    const c2 = childPath(p, "C2");
    expect(isInSubtree(c1, p)).toBe(true);
    expect(isInSubtree(c2, c1)).toBe(false);
    expect(isInSubtree(p, c1)).toBe(false);
    expect(ancestorIds(c1)).toEqual(["HQ", "P1", "C1"]);
  });
});
