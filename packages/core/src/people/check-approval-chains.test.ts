import { describe, expect, it } from "vitest";
import { type ApprovalChainRule, DEFAULT_APPROVAL_CHAINS, approvalChainFor } from "./approval-chain.js";
import { checkApprovalChains, sortApprovalChains } from "./check-approval-chains.js";

const withKind = (kind: ApprovalChainRule["kind"], rules: ApprovalChainRule[]) => [...DEFAULT_APPROVAL_CHAINS.filter((r) => r.kind !== kind), ...rules];

describe("P-08 a unit's approval chains are usable for every kind and length", () => {
  it.each([
    ["the 003-3 Art.17 defaults", [...DEFAULT_APPROVAL_CHAINS], []],
    ["personal leave: one rule for any length", withKind("personal", [{ kind: "personal", upToHalfDays: null, steps: ["section"] }]), []],
    ["a kind left out", DEFAULT_APPROVAL_CHAINS.filter((r) => r.kind !== "swap"), [{ code: "approval_chain_kind_missing", kind: "swap" }]],
    ["the last rule of a kind bounded: longer leave has no chain", withKind("annual", [{ kind: "annual", upToHalfDays: 10, steps: ["section"] }]), [{ code: "approval_chain_not_open_ended", kind: "annual" }]],
    [
      "bounds not ascending",
      withKind("sick", [{ kind: "sick", upToHalfDays: 4, steps: ["section"] }, { kind: "sick", upToHalfDays: 2, steps: ["deputy"] }, { kind: "sick", upToHalfDays: null, steps: ["director"] }]),
      [{ code: "approval_chain_bounds_not_ascending", kind: "sick" }],
    ],
    ["a level twice in a chain", withKind("marriage", [{ kind: "marriage", upToHalfDays: null, steps: ["section", "section"] }]), [{ code: "approval_chain_steps_invalid", kind: "marriage" }]],
    ["an empty chain", withKind("maternity", [{ kind: "maternity", upToHalfDays: null, steps: [] }]), [{ code: "approval_chain_steps_invalid", kind: "maternity" }]],
  ] as const)("%s", (_n, rules, want) => expect(checkApprovalChains(rules as ApprovalChainRule[])).toEqual(want));

  it("a configured chain decides the steps of a request (P-08 configurable)", () => {
    const rules = sortApprovalChains(withKind("personal", [{ kind: "personal", upToHalfDays: null, steps: ["director"] }, { kind: "personal", upToHalfDays: 4, steps: ["section", "director"] }]));
    expect(rules.filter((r) => r.kind === "personal").map((r) => r.upToHalfDays)).toEqual([4, null]);
    expect(approvalChainFor("personal", 2, rules)).toEqual(["section", "director"]);
    expect(approvalChainFor("personal", 6, rules)).toEqual(["director"]);
    expect(approvalChainFor("personal", 2)).toEqual(["section", "deputy"]);
  });
});
