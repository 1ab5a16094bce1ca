import { describe, expect, it } from "vitest";
import { applyProvinceOverrides, assertProvinceProposal, assertSecondPerson } from "./province-permissions.js";

const known = new Set(["case.read", "case.rule", "permission.write", "audit.read"]);

describe("K-07 province post-permission table", () => {
  it.each([
    ["a grant for a lower post", [{ role: "teller", action: "case.read", granted: true }], ["branchAdmin"], null],
    ["an unknown post", [{ role: "boss", action: "case.read", granted: true }], ["branchAdmin"], "unknown_role"],
    ["an unknown action", [{ role: "teller", action: "nope", granted: true }], ["branchAdmin"], "unknown_action"],
    ["permission.* stays HQ's", [{ role: "teller", action: "permission.write", granted: true }], ["hqAdmin"], "permission_action_hq_only"],
    ["a post not below the proposer", [{ role: "branchAdmin", action: "audit.read", granted: false }], ["branchAdmin"], "role_above_proposer"],
    ["hqAdmin may change any post", [{ role: "branchAdmin", action: "audit.read", granted: false }], ["hqAdmin"], null],
    ["twice the same pair", [{ role: "teller", action: "case.read", granted: true }, { role: "teller", action: "case.read", granted: false }], ["hqAdmin"], "override_twice"],
  ] as const)("K-07 %s", (_n, overrides, roles, code) => {
    if (code === null) expect(() => assertProvinceProposal(overrides, known, roles)).not.toThrow();
    else expect(() => assertProvinceProposal(overrides, known, roles)).toThrowError(expect.objectContaining({ code }));
  });

  it("K-07 acceptance (验收) needs a second person", () => {
    expect(() => assertSecondPerson("u1", "u1")).toThrowError(expect.objectContaining({ code: "acceptance_by_proposer" }));
    expect(() => assertSecondPerson("u1", "u2")).not.toThrow();
  });

  it("K-07 the province table is HQ's with the overrides applied", () => {
    const hq = [{ role: "teller", action: "case.read" }, { role: "teller", action: "audit.read" }];
    expect(applyProvinceOverrides(hq, [{ role: "teller", action: "audit.read", granted: false }, { role: "guide", action: "case.read", granted: true }])).toEqual([
      { role: "guide", action: "case.read" },
      { role: "teller", action: "case.read" },
    ]);
  });
});
