import { describe, expect, it } from "vitest";
import { buildOrgTree, childKindOf, filterTree, pathTo } from "./org-tree";

const u = (id: string, parentId: string | null, kind: string, code: string, name = code) => ({ id, parentId, kind, code, name });
const units = [
  u("c2", "city", "counter", "GD-GZ-YX", "越秀"),
  u("hq", null, "hq", "HQ", "总公司"),
  u("c1", "city", "counter", "GD-GZ-TH", "天河"),
  u("prov", "hq", "province", "GD", "广东"),
  u("city", "prov", "city", "GD-GZ", "广州"),
];

describe("buildOrgTree (ORG-01 tree built client-side from the flat list)", () => {
  it("nests units under their parents and sorts children by code", () => {
    const tree = buildOrgTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(["hq"]);
    const city = tree[0]!.children[0]!.children[0]!;
    expect(city.unit.id).toBe("city");
    expect(city.children.map((n) => n.unit.code)).toEqual(["GD-GZ-TH", "GD-GZ-YX"]);
  });

  it("makes the caller's own unit the root when its parent is outside the list (a subtree)", () => {
    const subtree = units.filter((x) => ["city", "c1", "c2"].includes(x.id));
    const tree = buildOrgTree(subtree);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.unit.id).toBe("city");
    expect(tree[0]!.children).toHaveLength(2);
  });

  it("does not loop on a cycle", () => {
    const tree = buildOrgTree([u("a", "b", "city", "A"), u("b", "a", "city", "B")]);
    const count = (ns: typeof tree): number => ns.reduce((n, x) => n + 1 + count(x.children), 0);
    expect(count(tree)).toBe(2);
  });

  it("returns an empty forest for an empty list", () => {
    expect(buildOrgTree([])).toEqual([]);
  });
});

describe("tree helpers", () => {
  it("pathTo gives the ids from the root down", () => {
    expect(pathTo(units, "c1")).toEqual(["hq", "prov", "city", "c1"]);
    expect(pathTo(units, "nope")).toEqual([]);
  });

  it("filterTree keeps matches and their ancestors", () => {
    const tree = filterTree(buildOrgTree(units), "yx");
    expect(tree[0]!.unit.id).toBe("hq");
    const city = tree[0]!.children[0]!.children[0]!;
    expect(city.children.map((n) => n.unit.id)).toEqual(["c2"]);
    expect(filterTree(buildOrgTree(units), "nothing")).toEqual([]);
  });

  it.each([
    ["hq", "province"],
    ["province", "city"],
    ["city", "counter"],
    ["counter", null],
  ])("ORG-01 a %s has children of kind %s", (kind, child) => {
    expect(childKindOf(kind)).toBe(child);
  });
});
