import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { type TicketAction, type TicketStatus, TICKET_STATUSES, assertRecallAllowed, nextTicketStatus, validateFinishOutcome } from "./ticket-lifecycle.js";

const allowed: Record<TicketStatus, Partial<Record<TicketAction, TicketStatus>>> = {
  waiting: { call: "called", cancel: "cancelled" },
  called: { recall: "called", start: "serving", noShow: "noShow", transfer: "transferred" },
  serving: { finish: "finished", transfer: "transferred" },
  finished: {},
  noShow: {},
  transferred: {},
  cancelled: {},
};
const ACTIONS: TicketAction[] = ["call", "recall", "start", "finish", "noShow", "transfer", "cancel"];

describe("Q-04 ticket state machine (exhaustive)", () => {
  for (const s of TICKET_STATUSES) {
    for (const a of ACTIONS) {
      const to = allowed[s][a];
      it(`${s} --${a}--> ${to ?? "refused (409)"}`, () => {
        if (to) expect(nextTicketStatus(s, a)).toBe(to);
        else {
          try {
            nextTicketStatus(s, a);
            expect.fail("should refuse");
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect((e as DomainError).kind).toBe("conflict");
          }
        }
      });
    }
  }
  it("finishing twice is ticket_already_closed", () => {
    expect(() => nextTicketStatus("finished", "finish")).toThrowError(expect.objectContaining({ code: "ticket_already_closed" }));
  });
  it("recall limit before no-show", () => {
    expect(() => assertRecallAllowed(1, 2)).not.toThrow();
    expect(() => assertRecallAllowed(2, 2)).toThrowError(expect.objectContaining({ code: "recall_limit_reached" }));
  });
  it("Q-06 documents_incomplete needs the full list; other outcomes take none (Q-11)", () => {
    expect(() => validateFinishOutcome("documents_incomplete", [])).toThrowError(expect.objectContaining({ code: "missing_documents_required" }));
    expect(validateFinishOutcome("documents_incomplete", ["身份证", " 身份证 ", "银行卡"])).toEqual(["身份证", "银行卡"]);
    expect(() => validateFinishOutcome("done", ["x"])).toThrowError(expect.objectContaining({ code: "missing_documents_unexpected" }));
    expect(validateFinishOutcome("referred", undefined)).toEqual([]);
  });
});
