import { describe, expect, it } from "vitest";
import { type ConsolidationAction, type ConsolidationState, entryReasonError, nextConsolidationState } from "./information-flow.js";

describe("I-02 weekly information flow: consolidated → validated → forwarded", () => {
  const rows: Array<[ConsolidationState, ConsolidationAction, string]> = [
    ["consolidated", "validate", "validated"],
    ["validated", "forward", "forwarded"],
    ["consolidated", "forward", "consolidation_not_validated"],
    ["validated", "validate", "consolidation_not_consolidated"],
    ["forwarded", "forward", "consolidation_not_validated"],
  ];
  it.each(rows)("I-02 %s + %s → %s", (from, action, want) => {
    const r = nextConsolidationState(from, action);
    expect(r.ok ? r.state : r.code).toBe(want);
  });
});

describe("I-05 surrender reasons", () => {
  it("a surrender entry needs its reason; other entries carry none", () => {
    expect(entryReasonError("surrender", null)).toBe("surrender_reason_required");
    expect(entryReasonError("surrender", "financialNeed")).toBeNull();
    expect(entryReasonError("complaint", "financialNeed")).toBe("surrender_reason_only_for_surrender");
    expect(entryReasonError("productFeedback", null)).toBeNull();
  });
});
