import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { assertHandBackReceivable, handBackDueFor, handBackMovementNote } from "./hand-back-rules.js";

describe("K-02 hand-back due for a leave", () => {
  const table: Array<[string, { approved: boolean; dueDate: string | null }, string, string | null]> = [
    ["K-02 an approved leave of more than one working day at a counter", { approved: true, dueDate: "2026-11-27" }, "counter", "2026-11-27"],
    ["K-02 one working day or less: no hand-back", { approved: true, dueDate: null }, "counter", null],
    ["K-02 a leave not approved: no hand-back", { approved: false, dueDate: "2026-11-27" }, "counter", null],
    ["K-02 staff of a branch hold no seals: no hand-back", { approved: true, dueDate: "2026-11-27" }, "branch", null],
  ];
  for (const [name, leave, kind, due] of table) it(name, () => expect(handBackDueFor(leave, kind)).toBe(due));
});

describe("K-02 who receives a hand-back", () => {
  const code = (f: () => void): string | null => {
    try {
      f();
      return null;
    } catch (e) {
      return e instanceof DomainError ? e.code : "other";
    }
  };
  const table: Array<[string, "pending" | "done" | "cancelled", string, boolean, string | null]> = [
    ["K-02 the counter manager receives a pending hand-back", "pending", "M1", true, null],
    ["K-02 a hand-back already done is not received again", "done", "M1", true, "hand_back_not_pending"],
    ["K-02 a cancelled hand-back is not received", "cancelled", "M1", true, "hand_back_not_pending"],
    ["K-02 nobody receives their own hand-back", "pending", "U1", true, "hand_back_to_self"],
    ["K-02 a duty manager with seal.manage is not the counter manager", "pending", "D1", false, "hand_back_manager_only"],
  ];
  for (const [name, status, receiver, isManager, expected] of table)
    it(name, () => expect(code(() => assertHandBackReceivable({ status, userId: "U1" }, { userId: receiver, isCounterManager: isManager }))).toBe(expected));

  it("K-02 every hand-back movement is marked 已清点", () => {
    expect(handBackMovementNote()).toBe("已清点");
    expect(handBackMovementNote("两枚")).toBe("已清点 两枚");
  });
});
