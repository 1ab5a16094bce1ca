import { describe, expect, it } from "vitest";
import { applicableTemplateVersions, templateAppliesAt, templateVisibleTo } from "./template-scope.js";

const HQ = "/hq/";
const GD = "/hq/gd/";
const GZ = "/hq/gd/gz/";
const TH = "/hq/gd/gz/th/";
const SZ = "/hq/gd/sz/";
const BJ = "/hq/bj/";

const versions = [
  { id: "legacy", code: "patrol", version: 1, unitPath: null },
  { id: "hq2", code: "patrol", version: 2, unitPath: HQ },
  { id: "gd3", code: "patrol", version: 3, unitPath: GD },
  { id: "gz4", code: "patrol", version: 4, unitPath: GZ },
  { id: "hq5", code: "patrol", version: 5, unitPath: HQ },
  { id: "safety-hq", code: "safety", version: 1, unitPath: HQ },
];

describe("ORG-01 inspection-template versions apply in the author's subtree, nearest unit wins", () => {
  it.each([
    [TH, "gz4"],
    [GZ, "gz4"],
    [SZ, "gd3"],
    [GD, "gd3"],
    [BJ, "hq5"],
    [HQ, "hq5"],
  ])("at %s the patrol template in force is %s", (unit, id) => {
    expect(applicableTemplateVersions(versions, unit).get("patrol")?.id).toBe(id);
    expect(applicableTemplateVersions(versions, unit).get("safety")?.id).toBe("safety-hq");
  });

  it("a city's version never applies in another province or at HQ", () => {
    const gz = versions.find((v) => v.id === "gz4")!;
    expect(templateAppliesAt(gz, TH)).toBe(true);
    expect(templateAppliesAt(gz, SZ)).toBe(false);
    expect(templateAppliesAt(gz, BJ)).toBe(false);
    expect(templateAppliesAt(gz, HQ)).toBe(false);
  });

  it("visible where it applies and to the units above its author", () => {
    const gz = versions.find((v) => v.id === "gz4")!;
    expect(templateVisibleTo(gz, HQ)).toBe(true);
    expect(templateVisibleTo(gz, GD)).toBe(true);
    expect(templateVisibleTo(gz, TH)).toBe(true);
    expect(templateVisibleTo(gz, SZ)).toBe(false);
    expect(templateVisibleTo(gz, BJ)).toBe(false);
  });
});
