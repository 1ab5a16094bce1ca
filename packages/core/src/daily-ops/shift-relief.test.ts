import { describe, expect, it } from "vitest";
import { attributeToShift, closeShiftDecision, earlyLeaveApprovalBlock, missingReliefSections } from "./shift-relief.js";

const declared = { importantNotices: [], retainedCards: [], errorAccounts: [] };

describe("D-13 closing a shift needs relief or the shift lead's approval", () => {
  it.each([
    ["confirmed relief closes as relieved", { handoverStatus: "confirmed", approval: null, closedAt: null, sections: declared }, null, "relieved"],
    ["pending relief without approval is refused", { handoverStatus: "pending", approval: null, closedAt: null, sections: declared }, "relief_not_confirmed", null],
    ["pending relief with the lead's approval closes as approved", { handoverStatus: "pending", approval: { byId: "L", reason: "家中急事" }, closedAt: null, sections: declared }, null, "approved"],
    ["an already closed shift is refused", { handoverStatus: "confirmed", approval: null, closedAt: "2026-03-10T09:00:00Z", sections: declared }, "already_closed", null],
    ["undeclared sections are refused even when relieved", { handoverStatus: "confirmed", approval: null, closedAt: null, sections: { ...declared, retainedCards: null } }, "relief_sections_missing", null],
  ] as const)("D-13 %s", (_n, facts, block, mode) => {
    const d = closeShiftDecision(facts);
    expect(d.block).toBe(block);
    expect(d.mode).toBe(mode);
  });

  it.each([
    [{ importantNotices: null, retainedCards: null, errorAccounts: null }, ["importantNotices", "retainedCards", "errorAccounts"]],
    [{ importantNotices: ["下午系统升级"], retainedCards: [], errorAccounts: null }, ["errorAccounts"]],
    [declared, []],
  ] as const)("D-13 the handover must list notices, retained cards and error accounts (%#)", (s, missing) => {
    expect(missingReliefSections(s)).toEqual(missing);
  });

  it.each([
    [{ approverId: "A", outgoingId: "A", handoverStatus: "pending", alreadyApproved: false, reason: "x" }, "approver_is_outgoing"],
    [{ approverId: "L", outgoingId: "A", handoverStatus: "confirmed", alreadyApproved: false, reason: "x" }, "relief_already_confirmed"],
    [{ approverId: "L", outgoingId: "A", handoverStatus: "pending", alreadyApproved: true, reason: "x" }, "early_leave_already_approved"],
    [{ approverId: "L", outgoingId: "A", handoverStatus: "pending", alreadyApproved: false, reason: "  " }, "early_leave_reason_required"],
    [{ approverId: "L", outgoingId: "A", handoverStatus: "pending", alreadyApproved: false, reason: "就医" }, null],
  ] as const)("D-13 early-leave approval (%#)", (f, block) => {
    expect(earlyLeaveApprovalBlock(f)).toBe(block);
  });
});

describe("D-13 problems recorded after the handover belong to the incoming shift", () => {
  const h1 = { id: "h1", outgoingLeadId: "morning", incomingLeadId: "noon", createdAt: "2026-03-10T04:00:00Z", confirmedAt: "2026-03-10T04:10:00Z" };
  const h2 = { id: "h2", outgoingLeadId: "noon", incomingLeadId: "evening", createdAt: "2026-03-10T08:00:00Z", confirmedAt: null };
  it.each([
    ["before any handover: nobody by handover", "2026-03-10T03:00:00Z", null],
    ["while the first handover waits: the outgoing shift", "2026-03-10T04:05:00Z", { userId: "morning", role: "outgoing", handoverId: "h1" }],
    ["at the confirmation instant: the incoming shift", "2026-03-10T04:10:00Z", { userId: "noon", role: "incoming", handoverId: "h1" }],
    ["after the confirmation: the incoming shift", "2026-03-10T06:00:00Z", { userId: "noon", role: "incoming", handoverId: "h1" }],
    ["a later pending handover does not move it yet", "2026-03-10T08:30:00Z", { userId: "noon", role: "incoming", handoverId: "h1" }],
  ] as const)("D-13 %s", (_n, at, expected) => {
    expect(attributeToShift([h1, h2], at)).toEqual(expected);
  });
  it("D-13 the latest confirmed handover wins", () => {
    const h2c = { ...h2, confirmedAt: "2026-03-10T08:20:00Z" };
    expect(attributeToShift([h2c, h1], "2026-03-10T09:00:00Z")).toEqual({ userId: "evening", role: "incoming", handoverId: "h2" });
  });
});
