import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { type RepeatComplaintInput, repeatComplaintRuling } from "./repeat-complaint.js";

const earlier = { id: "E1", kind: "complaint" as const, handlerId: "H1", firstResponderId: "F1" };
const base: RepeatComplaintInput = { kind: "complaint", earlier, reason: "handler_unreachable", priorRepeatsForReason: 0 };

describe("C-13 repeat complaint caused by an unreachable handler", () => {
  const table: Array<[string, Partial<RepeatComplaintInput>, { employeeId: string | null } | null]> = [
    ["first unreachable repeat → one responsible complaint of the outlet, not the handler", {}, { employeeId: null }],
    ["second unreachable repeat of the same case → counted once, no further ruling", { priorRepeatsForReason: 1 }, null],
    ["fifth unreachable repeat → still nothing", { priorRepeatsForReason: 4 }, null],
    ["no handler → still the outlet", { earlier: { ...earlier, handlerId: null } }, { employeeId: null }],
    ["unsatisfied repeat → no automatic ruling", { reason: "unsatisfied" }, null],
    ["other repeat → no automatic ruling", { reason: "other" }, null],
  ];
  it.each(table)("C-13 %s", (_name, patch, expected) => {
    const r = repeatComplaintRuling({ ...base, ...patch });
    if (expected === null) expect(r).toBeNull();
    else expect(r).toEqual({ outcome: "responsible", category: "repeatUnreachable", repeatOf: "E1", employeeId: expected.employeeId, count: 1 });
  });

  it.each([
    ["earlier case is an enquiry", { earlier: { ...earlier, kind: "enquiry" as const } }, "repeat_of_not_complaint"],
    ["new case is an enquiry", { kind: "enquiry" as const }, "repeat_requires_complaint"],
  ] as const)("C-13 rejects: %s", (_n, patch, code) => {
    try {
      repeatComplaintRuling({ ...base, ...patch });
      expect.fail("should throw");
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(code);
      expect((e as DomainError).kind).toBe("unprocessable");
    }
  });
});
