import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { zonedInstant } from "../shared/time.js";
import { assertCanAppeal, decideAppeal } from "./appeal-ruling.js";
import { assertCanArchiveUnsatisfied } from "./archive-unsatisfied.js";
import type { RulingCategory, RulingOutcome } from "./case-model.js";
import { type ExtensionRequestInput, assertDeadlineOpen, extendableMetricOf, planExtensionRequest } from "./request-extension.js";
import { assertAppliedAtNotInFuture, assertNotReconsideredYet, reconsiderationTarget } from "./route-reconsideration.js";

const TZ = "Asia/Shanghai";
const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

describe("C-06/C-07 extension steps", () => {
  const dueAt = zonedInstant("2026-12-01", "23:59", TZ);
  const open = { dueAt, status: "running" as const, metAt: null };
  const steps = [
    { days: 15, requiresApproval: false },
    { days: 30, requiresApproval: true },
  ];
  const base: ExtensionRequestInput = { metric: "reply", deadline: open, steps, grantedSteps: 0, pending: false, timeZone: TZ };

  it.each<[string, Partial<ExtensionRequestInput>, unknown]>([
    ["the first step needs no approval: granted at once", {}, { kind: "granted", days: 15, step: 0 }],
    ["the second step waits for the upper level", { grantedSteps: 1 }, { kind: "stepRequested", days: 30, step: 1 }],
    ["past the steps: a later date for approval", { grantedSteps: 2, untilDate: "2026-12-10" }, { kind: "dateRequested", untilDate: "2026-12-10" }],
    ["a policy without steps: a later date", { steps: [], untilDate: "2026-12-02" }, { kind: "dateRequested", untilDate: "2026-12-02" }],
  ])("%s", (_why, patch, expected) => {
    expect(planExtensionRequest({ ...base, ...patch })).toEqual(expected);
  });

  it.each<[string, Partial<ExtensionRequestInput>, string]>([
    ["one request at a time", { pending: true }, "extension_pending"],
    ["a met deadline", { deadline: { ...open, metAt: dueAt } }, "deadline_already_met"],
    ["a case without the deadline", { deadline: undefined }, "deadline_already_met"],
    ["C-07 only before the limit", { deadline: { ...open, status: "breached" } }, "deadline_already_breached"],
    ["past the steps without a date", { steps: [] }, "extension_date_required"],
    ["a date not after the deadline", { steps: [], untilDate: "2026-11-30" }, "extension_not_later"],
  ])("refuses %s", (_why, patch, expected) => {
    expect(code(() => planExtensionRequest({ ...base, ...patch }))).toBe(expected);
  });

  it("C-07 a delay explanation after the limit is too late", () => {
    expect(code(() => assertDeadlineOpen("reply", { ...open, status: "breached" }, "explanation_too_late"))).toBe("explanation_too_late");
    expect(code(() => assertDeadlineOpen("reply", open, "explanation_too_late"))).toBe("ok");
  });

  it.each([
    ["reconsideration", "reconsiderationDecision"],
    ["investigating", "reply"],
    ["accepted", "reply"],
  ] as const)("C-09 in state %s the limit extended is %s", (state, metric) => {
    expect(extendableMetricOf(state)).toBe(metric);
  });
});

describe("C-12 one appeal, decided finally by the level above", () => {
  const ruling = (outcome: RulingOutcome, category: RulingCategory, appealStatus: "none" | "pending" | "upheld" | "overturned" = "pending") => ({ outcome, category, appealStatus });

  it.each([
    ["no ruling", undefined, "no_ruling"],
    ["a fresh ruling", ruling("responsible", "badAttitude", "none"), "ok"],
    ["an appeal already pending", ruling("responsible", "badAttitude", "pending"), "appeal_already_used"],
    ["an appeal already decided", ruling("responsible", "badAttitude", "upheld"), "appeal_already_used"],
  ] as const)("appeal against %s → %s", (_why, r, expected) => {
    expect(code(() => assertCanAppeal(r))).toBe(expected);
  });

  it.each<[string, ReturnType<typeof ruling>, "upheld" | "overturned", RulingCategory | undefined, unknown]>([
    ["upheld keeps the ruling", ruling("responsible", "badAttitude"), "upheld", undefined, { finalOutcome: "responsible", finalCategory: "badAttitude" }],
    ["overturned responsible → non-responsible", ruling("responsible", "badAttitude"), "overturned", "processFlaw", { finalOutcome: "nonResponsible", finalCategory: "processFlaw" }],
    ["overturned non-responsible → responsible", ruling("nonResponsible", "processFlaw"), "overturned", "badAttitude", { finalOutcome: "responsible", finalCategory: "badAttitude" }],
  ])("%s", (_why, r, decision, category, expected) => {
    expect(decideAppeal(r, decision, category)).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof ruling> | undefined, "upheld" | "overturned", RulingCategory | undefined, string]>([
    ["no ruling", undefined, "upheld", undefined, "no_pending_appeal"],
    ["no appeal made", ruling("responsible", "badAttitude", "none"), "upheld", undefined, "no_pending_appeal"],
    ["decided already (final)", ruling("responsible", "badAttitude", "overturned"), "upheld", undefined, "no_pending_appeal"],
    ["overturned without the new category", ruling("responsible", "badAttitude"), "overturned", undefined, "category_required"],
    ["overturned with a category of the old outcome", ruling("responsible", "badAttitude"), "overturned", "badAttitude", "ruling_category_mismatch"],
  ])("refuses %s", (_why, r, decision, category, expected) => {
    expect(code(() => decideAppeal(r, decision, category))).toBe(expected);
  });
});

describe("C-10 archive as unsatisfied only with no fault found", () => {
  it.each([
    ["unsatisfied, not ruled", { result: "unsatisfied" }, undefined, "ok"],
    ["unsatisfied, ruled non-responsible", { result: "unsatisfied" }, "nonResponsible", "ok"],
    ["unsatisfied, ruled responsible", { result: "unsatisfied" }, "responsible", "fault_found"],
    ["satisfied", { result: "satisfied" }, undefined, "callback_not_unsatisfied"],
    ["no callback done", undefined, undefined, "callback_not_unsatisfied"],
  ] as const)("%s → %s", (_why, cb, outcome, expected) => {
    expect(code(() => assertCanArchiveUnsatisfied(cb, outcome))).toBe(expected);
  });
});

describe("C-09 reconsideration goes to the upper unit", () => {
  it.each([
    ["a counter's case goes to its city, at city level", { id: "TH", level: "outlet" as const }, { id: "GZ", kind: "city" as const }, { unitId: "GZ", level: "city", moved: true }],
    ["a city's case goes to its province", { id: "GZ", level: "city" as const }, { id: "GD", kind: "province" as const }, { unitId: "GD", level: "province", moved: true }],
    ["at the top it stays", { id: "HQ", level: "hq" as const }, undefined, { unitId: "HQ", level: "hq", moved: false }],
  ])("%s", (_why, current, parent, expected) => {
    expect(reconsiderationTarget(current, parent)).toEqual(expected);
  });

  it.each([
    ["applied now", "2026-11-30T02:00:00Z", false, "ok"],
    ["applied in the future", "2026-11-30T02:00:01Z", false, "applied_at_in_future"],
    ["applied twice", "2026-11-29T02:00:00Z", true, "reconsideration_already_applied"],
  ])("%s → %s", (_why, at, already, expected) => {
    const now = new Date("2026-11-30T02:00:00Z");
    expect(
      code(() => {
        assertAppliedAtNotInFuture(new Date(at), now);
        assertNotReconsideredYet(already);
      }),
    ).toBe(expected);
  });
});
