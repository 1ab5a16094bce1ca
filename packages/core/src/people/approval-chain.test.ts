import { describe, expect, it } from "vitest";
import { type ApprovalChainRule, type RequestKind, approvalChainFor, decideApprovalStep, newSteps } from "./approval-chain.js";

describe("P-08 default approval chains (003-3 Art.17–18)", () => {
  const table: Array<[string, RequestKind, number, string[]]> = [
    ["P-08 personal ½ day: section head", "personal", 1, ["section"]],
    ["P-08 personal 1 day: section head → deputy", "personal", 2, ["section", "deputy"]],
    ["P-08 personal 1½ days: section → deputy → director", "personal", 3, ["section", "deputy", "director"]],
    ["P-08 sick 2 days: section → deputy", "sick", 4, ["section", "deputy"]],
    ["P-08 sick 3 days (hospital record): deputy → director", "sick", 6, ["deputy", "director"]],
    ["P-08 annual: section → deputy", "annual", 10, ["section", "deputy"]],
    ["P-06 swap: the authorised approver", "swap", 2, ["section"]],
  ];
  it.each(table)("%s", (_n, kind, halfDays, steps) => expect(approvalChainFor(kind, halfDays)).toEqual(steps));

  it("P-08 chains are configurable: a unit's own rule wins", () => {
    const rules: ApprovalChainRule[] = [{ kind: "personal", upToHalfDays: null, steps: ["director"] }];
    expect(approvalChainFor("personal", 1, rules)).toEqual(["director"]);
    expect(() => approvalChainFor("sick", 1, rules)).toThrow(expect.objectContaining({ code: "approval_chain_missing" }));
  });
});

describe("P-08 deciding the steps in order", () => {
  const req = { state: "pending" as const, requesterId: "t1", steps: newSteps(["section", "deputy"]) };
  const at = "2026-03-10T02:00:00.000Z";

  it("P-08 the first approval moves to the next level; the last approves the request", () => {
    const one = decideApprovalStep(req, { userId: "m1", levels: ["section"] }, "approve", at, null);
    expect(one.state).toBe("pending");
    expect(one.steps[0]).toMatchObject({ decision: "approved", byUserId: "m1" });
    const two = decideApprovalStep({ ...req, steps: one.steps }, { userId: "c1", levels: ["deputy", "director"] }, "approve", at, "同意");
    expect(two.state).toBe("approved");
    expect(two.decidedLevel).toBe("deputy");
  });

  it("P-08 a rejection at any step rejects the request", () => {
    expect(decideApprovalStep(req, { userId: "m1", levels: ["section"] }, "reject", at, "人手不足").state).toBe("rejected");
  });

  it.each([
    ["the requester cannot decide", { userId: "t1", levels: ["section"] as const }, "approver_is_requester"],
    ["P-08 the step needs its level", { userId: "c1", levels: ["deputy"] as const }, "approval_level_missing"],
  ])("%s", (_n, approver, code) => {
    expect(() => decideApprovalStep(req, { userId: approver.userId, levels: [...approver.levels] }, "approve", at, null)).toThrow(expect.objectContaining({ code }));
  });

  it("P-08 one person decides one step: the section head cannot also approve as deputy", () => {
    const one = decideApprovalStep(req, { userId: "h1", levels: ["section", "deputy"] }, "approve", at, null);
    expect(() => decideApprovalStep({ ...req, steps: one.steps }, { userId: "h1", levels: ["section", "deputy"] }, "approve", at, null)).toThrow(expect.objectContaining({ code: "approver_already_decided" }));
  });

  it("a decided request takes no more decisions", () => {
    expect(() => decideApprovalStep({ ...req, state: "approved" }, { userId: "m1", levels: ["section"] }, "approve", at, null)).toThrow(expect.objectContaining({ code: "request_not_pending" }));
  });
});
