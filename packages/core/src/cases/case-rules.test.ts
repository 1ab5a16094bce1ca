import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { zonedInstant } from "../shared/time.js";
import { handlingLevelOf } from "./case-model.js";
import { type CaseActionType, allowedCaseActions, assertRulingCategory, nextCaseState } from "./case-state-machine.js";
import { MIN_UPPER_SAMPLE_PERCENT, selectCallbackSample } from "./callback-sample.js";
import type { ComputedDeadline } from "./compute-deadlines.js";
import { escalationTarget } from "./escalate-case.js";
import { maskCustomerName, maskCustomerPhone } from "./mask-customer.js";
import { assertReconsiderationInTime, reconsiderationLastDay } from "./reconsideration-window.js";
import { needsSpecialMatter } from "./special-matters.js";
import { sweepDeadlines } from "./sweep-deadlines.js";

const TZ = "Asia/Shanghai";
const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

describe("case state machine (exhaustive, impossible transitions are typed errors)", () => {
  it.each([
    ["accept", "complaint", "received", "accepted"],
    ["investigate", "complaint", "accepted", "investigating"],
    ["pause", "complaint", "investigating", "waiting"],
    ["reply", "complaint", "investigating", "replied"],
    ["reply", "enquiry", "received", "replied"], // C-02 answered on the spot
    ["close", "complaint", "replied", "callback"], // C-10 every closed complaint gets a callback
    ["close", "enquiry", "replied", "closed"],
    ["archive-unsatisfied", "complaint", "callback", "archivedUnsatisfied"],
    ["reopen", "complaint", "callback", "investigating"],
    ["apply-reconsideration", "complaint", "closed", "reconsideration"], // C-09
    ["escalate", "complaint", "investigating", "investigating"], // C-06 the unit moves, not the state
  ] as const)("%s on a %s in %s → %s", (action, kind, state, to) => {
    expect(nextCaseState(action, { kind, state })).toBe(to);
  });

  it.each([
    ["reply", "closed"],
    ["accept", "accepted"],
    ["close", "investigating"],
    ["escalate", "replied"],
    ["callback", "investigating"],
    ["decide-reconsideration", "replied"],
  ] as const)("%s in %s is action_not_allowed", (action, state) => {
    expect(code(() => nextCaseState(action as CaseActionType, { kind: "complaint", state }))).toBe("action_not_allowed");
  });

  it("resume returns to the state before the pause; callback satisfied closes; unsatisfied stays", () => {
    expect(nextCaseState("resume", { kind: "complaint", state: "waiting", stateBeforePause: "accepted" })).toBe("accepted");
    expect(nextCaseState("callback", { kind: "complaint", state: "callback", callbackResult: "satisfied" })).toBe("closed");
    expect(nextCaseState("callback", { kind: "complaint", state: "callback", callbackResult: "unsatisfied" })).toBe("callback");
  });

  it("C-09 only complaints are reconsidered; C-12 only complaints are ruled", () => {
    expect(code(() => nextCaseState("apply-reconsideration", { kind: "enquiry", state: "closed" }))).toBe("reconsideration_complaints_only");
    expect(code(() => nextCaseState("rule", { kind: "opinion", state: "closed" }))).toBe("ruling_complaints_only");
  });

  it("allowed actions in received", () => {
    const a = allowedCaseActions("complaint", "received");
    expect(a).toContain("accept");
    expect(a).toContain("escalate");
    expect(a).not.toContain("close");
  });
});

describe("C-12 ruling categories belong to their outcome", () => {
  it.each([
    ["responsible", "badAttitude", "ok"],
    ["responsible", "operatingErrorFeeDispute", "ok"],
    ["nonResponsible", "customerMisunderstanding", "ok"],
    ["nonResponsible", "badAttitude", "ruling_category_mismatch"],
    ["responsible", "tooFewStaff", "ruling_category_mismatch"],
  ] as const)("%s / %s → %s", (outcome, category, expected) => {
    expect(code(() => assertRulingCategory(outcome, category))).toBe(expected);
  });
});

describe("C-09 reconsideration window: 15 days after the reply", () => {
  const replied = zonedInstant("2026-09-28", "16:00", TZ);
  it("last day is reply date + 15 calendar days (holidays count)", () => {
    expect(reconsiderationLastDay(replied, TZ)).toBe("2026-10-13");
  });
  it.each([
    ["2026-10-13", "23:00", "ok"],
    ["2026-10-14", "00:30", "reconsideration_out_of_time"],
  ])("applied %s %s → %s", (d, t, expected) => {
    expect(code(() => assertReconsiderationInTime(replied, zonedInstant(d, t, TZ), TZ))).toBe(expected);
  });
  it("no reply → case_not_replied", () => {
    expect(code(() => assertReconsiderationInTime(null, replied, TZ))).toBe("case_not_replied");
  });
});

describe("C-10 upper-level callback sample", () => {
  const ids = Array.from({ length: 17 }, (_, i) => `C${String(i).padStart(3, "0")}`);
  it("takes at least 30% (rounded up), reproducible from the seed", () => {
    const a = selectCallbackSample(ids, "2026-Q1");
    expect(a).toHaveLength(6); // ceil(17 × 0.3)
    expect(selectCallbackSample([...ids].reverse(), "2026-Q1")).toEqual(a);
    expect(selectCallbackSample(ids, "other-seed")).not.toEqual(a);
  });
  it("refuses a percentage below 30", () => {
    expect(code(() => selectCallbackSample(ids, "s", MIN_UPPER_SAMPLE_PERCENT - 1))).toBe("sample_percent_too_low");
  });
});

describe("C-11 masking", () => {
  it.each([
    ["张三", "张*"],
    ["欧阳娜娜", "欧***"],
    ["李", "*"],
  ])("name %s → %s", (n, m) => expect(maskCustomerName(n)).toBe(m));
  it("phone keeps the first 3 and last 4 digits", () => {
    expect(maskCustomerPhone("13812345678")).toBe("138****5678");
    expect(maskCustomerPhone(null)).toBeNull();
  });
});

describe("C-06 handling levels and escalation", () => {
  it("maps unit kinds to levels", () => {
    expect(["counter", "city", "province", "hq"].map((k) => handlingLevelOf(k as "counter"))).toEqual(["outlet", "city", "province", "hq"]);
  });
  it("moves to the parent; HQ has no upper level", () => {
    expect(escalationTarget({ id: "c", kind: "counter", parentId: "p" }, { id: "p", kind: "city" })).toEqual({ unitId: "p", level: "city" });
    expect(code(() => escalationTarget({ id: "h", kind: "hq", parentId: null }, undefined))).toBe("no_upper_level");
  });
});

const dl = (over: Partial<ComputedDeadline>): ComputedDeadline => ({
  metric: "reply",
  clock: "workingDays",
  amount: 7,
  startedAt: new Date("2026-03-10T02:00:00Z"),
  dueAt: new Date("2026-03-19T15:59:59.999Z"),
  pausedDays: 0,
  warnAt: [new Date("2026-03-14T21:00:00Z"), new Date("2026-03-17T18:00:00Z")],
  status: "running",
  metAt: null,
  ...over,
});

describe("sweeper: what is warning or breached at T", () => {
  const warn = () => [50, 80];
  it("raises the highest threshold passed, once, and only while the unit is open", () => {
    const now = new Date("2026-03-18T02:00:00Z");
    const open = sweepDeadlines([dl({})], warn, new Set(), true, now);
    expect(open.alerts.map((a) => [a.kind, a.threshold])).toEqual([["warning", 80]]);
    const night = sweepDeadlines([dl({})], warn, new Set(), false, now);
    expect(night.alerts).toHaveLength(0);
    expect(night.deferred).toBe(1);
    const again = sweepDeadlines([dl({})], warn, new Set(open.alerts.map((a) => a.key)), true, now);
    expect(again.alerts).toHaveLength(0);
  });
  it("breaches are raised even outside working hours; met and paused deadlines are quiet", () => {
    const now = new Date("2026-03-20T14:00:00Z");
    expect(sweepDeadlines([dl({})], warn, new Set(), false, now).alerts.map((a) => a.kind)).toEqual(["breach"]);
    expect(sweepDeadlines([dl({ metAt: now, status: "metLate" }), dl({ status: "paused" })], warn, new Set(), true, now).alerts).toHaveLength(0);
  });
});

describe("C-03 special matters at daily close", () => {
  const end = new Date("2026-03-19T15:59:59.999Z");
  it.each([
    ["unfinished with a limit due by close", { kind: "complaint", state: "investigating", hasSpecialMatter: false }, [dl({})], true],
    ["limit still ahead", { kind: "complaint", state: "investigating", hasSpecialMatter: false }, [dl({ dueAt: new Date("2026-03-25T15:59:59.999Z") })], false],
    ["already carried over", { kind: "complaint", state: "investigating", hasSpecialMatter: true }, [dl({})], false],
    ["finished", { kind: "complaint", state: "closed", hasSpecialMatter: false }, [dl({})], false],
    ["a special matter itself", { kind: "special", state: "investigating", hasSpecialMatter: false }, [dl({})], false],
  ] as const)("%s", (_n, c, ds, expected) => {
    expect(needsSpecialMatter(c, ds, end)).toBe(expected);
  });
});
