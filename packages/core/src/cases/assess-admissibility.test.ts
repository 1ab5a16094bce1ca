import { describe, expect, it } from "vitest";
import { type Admissibility, assessAdmissibility } from "./assess-admissibility.js";

const all: Admissibility = { belowStandard: true, feeDispute: false, isParty: true, identifiable: true, concreteFacts: true, staffMisconduct: false };

describe("C-18 complaint admissibility (003 第二篇 Art.5, Art.9)", () => {
  it.each([
    ["service below the standard, a party, identified, with facts", all, { route: "complaint" }],
    ["a fee dispute instead of a service failure", { ...all, belowStandard: false, feeDispute: true }, { route: "complaint" }],
    ["neither a service failure nor a fee dispute", { ...all, belowStandard: false }, { route: "inadmissible", missing: ["belowStandardOrFee"] }],
    ["not a party nor its agent, no facts", { ...all, isParty: false, concreteFacts: false }, { route: "inadmissible", missing: ["isParty", "concreteFacts"] }],
    ["nobody identifiable", { ...all, identifiable: false }, { route: "inadmissible", missing: ["identifiable"] }],
    ["staff misconduct goes to the misconduct procedure whatever else is ticked", { ...all, staffMisconduct: true, isParty: false }, { route: "misconduct" }],
  ] as const)("%s", (_why, input, expected) => {
    expect(assessAdmissibility(input)).toEqual(expected);
  });
});
