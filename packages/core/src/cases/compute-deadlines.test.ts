import { describe, expect, it } from "vitest";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { zonedInstant } from "../shared/time.js";
import type { CaseKind, CaseState, HandlingLevel } from "./case-model.js";
import { CASE_EVENT, type ClockEvent, computeCaseDeadlines, isCaseOverdue, nextCaseDue, pauseStatus } from "./compute-deadlines.js";
import { type MetricPolicy, presetPolicy } from "./time-limit-policies.js";

const TZ = "Asia/Shanghai";
const cal = buildWorkingCalendar([officialHolidayYear(2026)!]);
const at = (date: string, time = "10:00") => zonedInstant(date, time, TZ);
const endOf = (date: string) => zonedInstant(date, "23:59:59", TZ, 999).toISOString();

function deadlines(opts: { kind?: CaseKind; level?: HandlingLevel; received: string; events?: ClockEvent[]; now?: string; policy?: MetricPolicy[] }) {
  const receivedAt = at(opts.received);
  const events: ClockEvent[] = [{ type: CASE_EVENT.received, at: receivedAt, toState: "received" }, ...(opts.events ?? [])];
  return computeCaseDeadlines(
    opts.policy ?? presetPolicy("insurer").metrics,
    { kind: opts.kind ?? "complaint", level: opts.level ?? "outlet", receivedAt, events },
    { calendar: cal, timeZone: TZ, now: opts.now ? at(opts.now) : receivedAt },
  );
}
const due = (ds: ReturnType<typeof deadlines>, metric: string) => ds.find((d) => d.metric === metric)?.dueAt.toISOString();
const ev = (type: string, date: string, toState: CaseState | null = null, data: Record<string, unknown> = {}, time = "10:00"): ClockEvent => ({ type, at: at(date, time), toState, data });

describe("C-02/C-01 deadline tables across 2026 holidays and make-up workdays (CAL-01)", () => {
  it.each([
    // [case, kind, received, expected reply due date]
    ["C-02 Spring Festival: make-up Saturdays 02-14 and 02-28 count, 02-15…02-23 do not", "complaint", "2026-02-13", "2026-03-02"],
    ["C-02 Labour Day: 05-01…05-05 skipped, make-up Saturday 05-09 counts", "complaint", "2026-04-30", "2026-05-13"],
    ["C-02 National Day: 10-01…10-07 skipped, make-up Saturday 10-10 counts", "complaint", "2026-09-30", "2026-10-15"],
    ["C-02 received on a weekend before National Day: make-up Sunday 09-20 counts, Mid-Autumn 09-25 skipped", "complaint", "2026-09-19", "2026-09-29"],
    ["C-02 ordinary week", "complaint", "2026-03-10", "2026-03-19"],
    ["C-01 enquiry 2 working days over Spring Festival", "enquiry", "2026-02-13", "2026-02-24"],
    ["C-01 enquiry 2 working days over Labour Day", "enquiry", "2026-04-30", "2026-05-07"],
    ["C-16 internal feedback 5 working days over National Day", "internal", "2026-09-30", "2026-10-13"],
  ] as const)("%s", (_name, kind, received, expected) => {
    expect(due(deadlines({ kind, received }), "reply")).toBe(endOf(expected));
  });

  it("C-02 the reply clock starts at acceptance (day 0 = acceptance day)", () => {
    const ds = deadlines({ received: "2026-02-13", events: [ev(CASE_EVENT.accepted, "2026-02-14", "accepted")] });
    // accepted on make-up Saturday 02-14 → 7 working days: 02-24…02-27, 02-28, 03-02, 03-03
    expect(due(ds, "reply")).toBe(endOf("2026-03-03"));
    expect(ds.find((d) => d.metric === "acceptance")?.status).toBe("met");
  });

  it("C-06 bank preset: outlet 1 / city 2 / province 3 working days by handling level", () => {
    const bank = presetPolicy("bank").metrics;
    expect(due(deadlines({ received: "2026-04-30", level: "outlet", policy: bank }), "reply")).toBe(endOf("2026-05-06"));
    expect(due(deadlines({ received: "2026-04-30", level: "city", policy: bank }), "reply")).toBe(endOf("2026-05-07"));
    expect(due(deadlines({ received: "2026-04-30", level: "province", policy: bank }), "reply")).toBe(endOf("2026-05-08"));
  });

  it("regulatory preset: 15 calendar days (holidays count), then +15 and +30 by extension", () => {
    const reg = presetPolicy("regulatory").metrics;
    expect(due(deadlines({ received: "2026-09-30", policy: reg }), "reply")).toBe(endOf("2026-10-15"));
    const ext = [
      ev(CASE_EVENT.extensionGranted, "2026-10-10", null, { metric: "reply", days: 15, step: 0 }),
      ev(CASE_EVENT.extensionGranted, "2026-10-20", null, { metric: "reply", days: 30, step: 1 }),
    ];
    expect(due(deadlines({ received: "2026-09-30", policy: reg, events: ext.slice(0, 1) }), "reply")).toBe(endOf("2026-10-30"));
    expect(due(deadlines({ received: "2026-09-30", policy: reg, events: ext }), "reply")).toBe(endOf("2026-11-29"));
  });

  it("an approved extension to a date moves the deadline to the end of that date", () => {
    const ds = deadlines({ received: "2026-03-10", events: [ev(CASE_EVENT.extensionGranted, "2026-03-12", null, { metric: "reply", untilDate: "2026-03-27" })] });
    expect(due(ds, "reply")).toBe(endOf("2026-03-27"));
  });
});

/** C-07 a pause the counter manager approved at once. */
const approvedPause = (date: string, time = "10:00"): ClockEvent[] => [ev(CASE_EVENT.paused, date, "waiting", {}, time), ev(CASE_EVENT.pauseApproved, date, null, {}, time)];

describe("C-07 a handler cannot stop a reply clock alone", () => {
  const accepted = ev(CASE_EVENT.accepted, "2026-03-10", "accepted", {}, "10:30");
  it.each([
    // [why, events after acceptance, now, expected reply due, status]
    ["a pause not yet approved keeps the clock running", [ev(CASE_EVENT.paused, "2026-03-11", "waiting")], "2026-03-13", "2026-03-19", "running"],
    ["a refused pause never stops the clock", [ev(CASE_EVENT.paused, "2026-03-11", "waiting"), ev(CASE_EVENT.pauseRefused, "2026-03-11", null, {}, "15:00"), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")], "2026-03-16", "2026-03-19", "warning"],
    ["a pause approved two days later counts from the approval", [ev(CASE_EVENT.paused, "2026-03-11", "waiting"), ev(CASE_EVENT.pauseApproved, "2026-03-13"), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")], "2026-03-16", "2026-03-20", "warning"],
    ["an approved pause stops the clock and says so", [...approvedPause("2026-03-11")], "2026-03-13", "2026-03-23", "paused"],
    ["an unapproved pause breaches exactly as if no pause had been asked", [ev(CASE_EVENT.paused, "2026-03-11", "waiting")], "2026-03-20", "2026-03-19", "breached"],
    ["a pause recorded before approvals existed counts from the pause", [ev(CASE_EVENT.paused, "2026-03-11", "waiting", { autoApproved: true }), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")], "2026-03-16", "2026-03-24", "running"],
  ] as const)("%s", (_why, events, now, expected, status) => {
    const ds = deadlines({ received: "2026-03-10", events: [accepted, ...events], now });
    const reply = ds.find((d) => d.metric === "reply")!;
    expect(reply.dueAt.toISOString()).toBe(endOf(expected));
    expect(reply.status).toBe(status);
  });

  it("pauseStatus follows request, approval, refusal and resume", () => {
    expect(pauseStatus([])).toBe("none");
    expect(pauseStatus([ev(CASE_EVENT.paused, "2026-03-11", "waiting")])).toBe("requested");
    expect(pauseStatus([ev(CASE_EVENT.paused, "2026-03-11", "waiting"), ev(CASE_EVENT.pauseApproved, "2026-03-11")])).toBe("approved");
    expect(pauseStatus([ev(CASE_EVENT.paused, "2026-03-11", "waiting"), ev(CASE_EVENT.pauseRefused, "2026-03-11")])).toBe("refused");
    expect(pauseStatus([...approvedPause("2026-03-11"), ev(CASE_EVENT.resumed, "2026-03-12", "accepted")])).toBe("none");
  });
});

describe("paused intervals (pause states of the policy)", () => {
  const accepted = ev(CASE_EVENT.accepted, "2026-03-10", "accepted", {}, "10:30");
  it("moves the deadline by the working days spent paused", () => {
    const ds = deadlines({
      received: "2026-03-10",
      events: [accepted, ...approvedPause("2026-03-11"), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")],
      now: "2026-03-16",
    });
    const reply = ds.find((d) => d.metric === "reply")!;
    expect(reply.pausedDays).toBe(3); // 03-12, 03-13, 03-16
    expect(reply.dueAt.toISOString()).toBe(endOf("2026-03-24"));
  });
  it("a pause over Labour Day moves only by the working days in it", () => {
    const ds = deadlines({
      received: "2026-04-29",
      events: [ev(CASE_EVENT.accepted, "2026-04-29", "accepted", {}, "11:00"), ...approvedPause("2026-04-30"), ev(CASE_EVENT.resumed, "2026-05-06", "accepted")],
      now: "2026-05-06",
    });
    expect(ds.find((d) => d.metric === "reply")!.pausedDays).toBe(1);
  });
  it("a pause and resume on the same day moves nothing", () => {
    const ds = deadlines({
      received: "2026-03-10",
      events: [accepted, ...approvedPause("2026-03-11", "09:00"), ev(CASE_EVENT.resumed, "2026-03-11", "accepted", {}, "15:00")],
      now: "2026-03-12",
    });
    expect(due(ds, "reply")).toBe(endOf("2026-03-19"));
  });
  it("while paused the status is paused and the deadline keeps moving with today", () => {
    const ds = deadlines({ received: "2026-03-10", events: [accepted, ...approvedPause("2026-03-11")], now: "2026-03-13" });
    const reply = ds.find((d) => d.metric === "reply")!;
    expect(reply.status).toBe("paused");
    expect(reply.pausedDays).toBe(2);
    expect(nextCaseDue(ds)?.toISOString()).not.toBe(reply.dueAt.toISOString());
  });
  it("a metric without pause states keeps running while the case waits", () => {
    const policy = presetPolicy("insurer").metrics.map((m) => (m.kind === "complaint" && m.metric === "reply" ? { ...m, pauseStates: [] } : m));
    const ds = deadlines({ received: "2026-03-10", policy, events: [accepted, ...approvedPause("2026-03-11"), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")], now: "2026-03-16" });
    expect(due(ds, "reply")).toBe(endOf("2026-03-19"));
  });
  it("changing the policy recomputes from the history and keeps paused time", () => {
    const history = [accepted, ...approvedPause("2026-03-11"), ev(CASE_EVENT.resumed, "2026-03-16", "accepted")];
    const insurer = deadlines({ received: "2026-03-10", events: history, now: "2026-03-16" });
    const bank = deadlines({ received: "2026-03-10", events: history, now: "2026-03-16", policy: presetPolicy("bank").metrics });
    expect(due(insurer, "reply")).toBe(endOf("2026-03-24"));
    // bank outlet 1 working day + 3 paused → 4 working days from 03-10
    expect(bank.find((d) => d.metric === "reply")!.pausedDays).toBe(3);
    expect(due(bank, "reply")).toBe(endOf("2026-03-16"));
  });
});

describe("C-06 escalation re-targets the limit by level", () => {
  it("the same history at city level gets the city amount", () => {
    const bank = presetPolicy("bank").metrics;
    const outlet = deadlines({ received: "2026-03-10", policy: bank, level: "outlet" });
    const city = deadlines({ received: "2026-03-10", policy: bank, level: "city", events: [ev(CASE_EVENT.escalated, "2026-03-10", null, {}, "11:00")] });
    expect(due(outlet, "reply")).toBe(endOf("2026-03-11"));
    expect(due(city, "reply")).toBe(endOf("2026-03-12"));
  });
});

describe("status: running, warning, breached, met, metLate", () => {
  it("warns at 50% and 80% of the limit, breaches after it", () => {
    const run = (now: string) => deadlines({ received: "2026-03-10", now }).find((d) => d.metric === "reply")!;
    expect(run("2026-03-11").status).toBe("running");
    expect(run("2026-03-16").status).toBe("warning");
    expect(run("2026-03-20").status).toBe("breached");
    expect(isCaseOverdue(deadlines({ received: "2026-03-10", now: "2026-03-20" }))).toBe(true);
  });
  it("a reply before the limit is met; after it metLate", () => {
    const onTime = deadlines({ received: "2026-03-10", events: [ev(CASE_EVENT.replied, "2026-03-19", "replied", {}, "23:00")], now: "2026-03-25" });
    const late = deadlines({ received: "2026-03-10", events: [ev(CASE_EVENT.replied, "2026-03-20", "replied", {}, "08:00")], now: "2026-03-25" });
    expect(onTime.find((d) => d.metric === "reply")!.status).toBe("met");
    expect(late.find((d) => d.metric === "reply")!.status).toBe("metLate");
  });
  it("all running deadlines of a case are shown at once", () => {
    expect(deadlines({ received: "2026-03-10" }).map((d) => d.metric)).toEqual(["acceptance", "firstContact", "reply"]);
  });
  it("C-09 reconsideration decision: 10 working days from the application", () => {
    const ds = deadlines({
      received: "2026-04-20",
      events: [ev(CASE_EVENT.replied, "2026-04-22", "replied"), ev(CASE_EVENT.reconsiderationApplied, "2026-04-28", "reconsideration")],
      now: "2026-04-28",
    });
    // 04-29, 04-30, 05-06, 05-07, 05-08, 05-09 (make-up), 05-11, 05-12, 05-13, 05-14
    expect(due(ds, "reconsiderationDecision")).toBe(endOf("2026-05-14"));
  });
  it("C-10 callback clock starts when a complaint is closed into callback", () => {
    const ds = deadlines({ received: "2026-03-10", events: [ev(CASE_EVENT.replied, "2026-03-11", "replied"), ev(CASE_EVENT.closed, "2026-03-12", "callback")] });
    expect(due(ds, "callback")).toBe(endOf("2026-03-17"));
  });
});
