import { describe, expect, it } from "vitest";
import { awardEligibility, chargedFor, untrainedReasons } from "./untrained-liability.js";

const cert = { kind: "policyServicing" as const, number: "BQ-1", expiresOn: "2026-06-30" };

describe("P-18 untrained staff liability", () => {
  it.each([
    ["trained teller", { posts: ["teller"], certificates: [], trainingPassedOn: ["2026-01-05"] }, "2026-03-10", []],
    ["P-18 no training pass yet", { posts: ["teller"], certificates: [], trainingPassedOn: [] }, "2026-03-10", ["noTrainingPass"]],
    ["P-18 passed only after the error", { posts: ["teller"], certificates: [], trainingPassedOn: ["2026-03-11"] }, "2026-03-10", ["noTrainingPass"]],
    ["servicing post with a valid certificate", { posts: ["policyServicing"], certificates: [cert], trainingPassedOn: ["2026-01-05"] }, "2026-03-10", []],
    ["P-18 servicing post with an expired certificate", { posts: ["policyServicing"], certificates: [cert], trainingPassedOn: ["2026-01-05"] }, "2026-07-01", ["missingCertificate"]],
    ["P-18 servicing post without certificate nor pass", { posts: ["policyServicing"], certificates: [], trainingPassedOn: [] }, "2026-03-10", ["noTrainingPass", "missingCertificate"]],
  ] as const)("%s", (_n, s, date, kinds) => expect(untrainedReasons(s, date).map((r) => r.kind)).toEqual(kinds));

  it.each([
    ["trained: the person only", { userId: "u", untrained: false }, ["h"], [{ userId: "u", as: "person" }]],
    ["P-18 untrained: the head too", { userId: "u", untrained: true }, ["h"], [{ userId: "u", as: "person" }, { userId: "h", as: "head" }]],
    ["the head's own error is charged once", { userId: "h", untrained: true }, ["h"], [{ userId: "h", as: "person" }]],
    ["no head on record", { userId: "u", untrained: true }, [], [{ userId: "u", as: "person" }]],
  ] as const)("%s", (_n, e, heads, expected) => expect(chargedFor(e, heads)).toEqual(expected));

  const errors = [
    { id: "e1", userId: "u1", occurredOn: "2026-03-10", untrained: false },
    { id: "e2", userId: "u2", occurredOn: "2026-03-20", untrained: true },
    { id: "e3", userId: "u2", occurredOn: "2026-03-05", untrained: true },
    { id: "e4", userId: "u3", occurredOn: "2026-04-01", untrained: true },
  ];
  it.each([
    ["P-18 March: two errors of an untrained person, eligibility lost", { from: "2026-03-01", to: "2026-03-31" }, false, ["e3", "e2"]],
    ["February: nothing", { from: "2026-02-01", to: "2026-02-28" }, true, []],
    ["only a trained person's error: eligible", { from: "2026-03-06", to: "2026-03-19" }, true, []],
  ] as const)("%s", (_n, period, eligible, ids) => {
    const r = awardEligibility(errors, period);
    expect(r.eligible).toBe(eligible);
    expect(r.reasons.map((x) => x.errorId)).toEqual(ids);
  });
});
