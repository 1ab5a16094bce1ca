/**
 * Issue 8 acceptance on both engines: CAL-06 provisional years and the official notice, CAL-02/CAL-05
 * opening hours apart from working days, the health warning. Every clock is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const issue = (env: TestEnv, counterId: string) => callFresh(env, "guide", { method: "POST", url: `/api/v1/counters/${counterId}/tickets`, payload: { businessType: "new_business" } });

// A hypothetical official 2027 arrangement: New Year 01-01..01-03, Spring Festival 02-05..02-11 with
// make-up workdays on Sunday 01-31 and Saturday 02-20, National Day 10-01..10-07 with two make-ups.
const OFFICIAL_2027 = {
  year: 2027,
  holidays: {
    "2027-01-01": "元旦",
    "2027-01-02": "元旦",
    "2027-01-03": "元旦",
    "2027-01-04": "元旦",
    "2027-02-05": "春节",
    "2027-02-06": "春节",
    "2027-02-07": "春节",
    "2027-02-08": "春节",
    "2027-02-09": "春节",
    "2027-02-10": "春节",
    "2027-02-11": "春节",
    "2027-10-01": "国庆节",
    "2027-10-04": "国庆节",
  },
  makeUpWorkdays: { "2027-01-31": "春节", "2027-02-20": "春节", "2027-10-09": "国庆节" },
};

const complaint = (orgUnitId: string) => ({
  kind: "complaint",
  orgUnitId,
  channel: "counter",
  summary: "年底办理保全排队过久",
  customer: { name: "李四", phone: "13900001111" },
});

describe(`CAL-06 provisional 2027 and loading the official notice (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  beforeAll(async () => {
    // Monday 2026-12-28 10:00 in Guangzhou: 2027 is not published in the calendar package.
    env = await createTestEnv({ now: "2026-12-28T02:00:00Z" });
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("CAL-06 a complaint taken in on 2026-12-28 gets 201 with a provisional reply deadline", async () => {
    const created = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: complaint(tianhe) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const reply = created.body.deadlines.find((d: { metric: string }) => d.metric === "reply");
    // 7 working days from 12-28 over the law's 2027: 12-29, 12-30, 12-31, (01-01 元旦) 01-04, 01-05, 01-06, 01-07.
    expect(reply).toMatchObject({ provisional: true, dueAt: "2027-01-07T15:59:59.999Z" });
    const listed = await env.call("manager", { method: "GET", url: "/api/v1/cases" });
    const item = listed.body.items.find((x: { id: string }) => x.id === created.body.id);
    expect(item.deadlines.find((d: { metric: string }) => d.metric === "reply").provisional).toBe(true);
  });

  it("CAL-06 the health endpoint warns that 2027 is provisional", async () => {
    const h = await env.call(null, { method: "GET", url: "/api/v1/health" });
    expect(h.status).toBe(200);
    expect(h.body.calendar).toEqual({ officialThrough: 2026, provisionalYears: [2027], warning: true });
  });

  it("CAL-06 a bad notice is a 400 listing the offending dates, and nothing changes", async () => {
    const bad = await env.call("hqadmin", {
      method: "POST",
      url: "/api/v1/calendar/years/preview",
      payload: { ...OFFICIAL_2027, makeUpWorkdays: { "2027-01-05": "元旦", "2028-01-02": "元旦" } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_holiday_notice");
    expect(bad.body.error.details.dates).toEqual(["2027-01-05", "2028-01-02"]);
    const put = await env.call("hqadmin", { method: "PUT", url: "/api/v1/calendar/years", payload: { ...OFFICIAL_2027, year: 2028 } });
    expect(put.status).toBe(400);
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/calendar/add-working-days?from=2026-12-28&days=7" })).body.provisional).toBe(true);
  });

  it("CAL-06 the preview lists the moving deadline; loading moves it, clears the flag, audits and records it", async () => {
    const list = await env.call("manager", { method: "GET", url: "/api/v1/cases" });
    const id = list.body.items[0].id as string;
    const preview = await env.call("hqadmin", { method: "POST", url: "/api/v1/calendar/years/preview", payload: OFFICIAL_2027 });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.changedDays).toEqual(expect.arrayContaining([{ date: "2027-01-31", before: "weekend", after: "makeUpWorkday", name: "春节" }]));
    const move = preview.body.moves.find((m: { caseId: string; metric: string }) => m.caseId === id && m.metric === "reply");
    expect(move).toMatchObject({ oldDueAt: "2027-01-07T15:59:59.999Z", newDueAt: "2027-01-08T15:59:59.999Z", provisionalBefore: true, provisionalAfter: false });
    // A preview changes nothing.
    const still = await env.call("manager", { method: "GET", url: `/api/v1/cases/${id}` });
    expect(still.body.deadlines.find((d: { metric: string }) => d.metric === "reply").provisional).toBe(true);

    const load = await env.call("hqadmin", { method: "PUT", url: "/api/v1/calendar/years", payload: OFFICIAL_2027 });
    expect(load.status, JSON.stringify(load.body)).toBe(200);
    expect(load.body.moves).toEqual(preview.body.moves);

    const after = await env.call("manager", { method: "GET", url: `/api/v1/cases/${id}` });
    expect(after.body.deadlines.find((d: { metric: string }) => d.metric === "reply")).toMatchObject({ dueAt: "2027-01-08T15:59:59.999Z", provisional: false });
    expect(after.body.events.some((e: { type: string }) => e.type === "case.deadline_moved")).toBe(true);
    const audit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?action=case.deadline_moved" });
    expect(audit.body.items.some((e: { entityId: string }) => e.entityId === id)).toBe(true);
    const yearAudit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?action=calendar.year_loaded" });
    expect(yearAudit.body.items[0]).toMatchObject({ entityId: "2027" });
    const h = await env.call(null, { method: "GET", url: "/api/v1/health" });
    expect(h.body.calendar).toEqual({ officialThrough: 2027, provisionalYears: [], warning: false });
  });
});

describe(`CAL-02/CAL-05 opening hours apart from working days (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-09-28T02:00:00Z" });
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  const weekdays = { mon: [["08:30", "17:30"]], tue: [["08:30", "17:30"]], wed: [["08:30", "17:30"]], thu: [["08:30", "17:30"]], fri: [["08:30", "17:30"]] };

  it("CAL-06 'open on this day' on a statutory holiday leaves every deadline unchanged and serves that day", async () => {
    env.clock.set("2026-09-30T02:00:00Z");
    const created = await callFresh(env, "teller1", { method: "POST", url: "/api/v1/cases", payload: complaint(tianhe) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const dueBefore = created.body.deadlines.map((d: { metric: string; dueAt: string }) => [d.metric, d.dueAt]);
    const open = await callFresh(env, "manager", {
      method: "POST",
      url: "/api/v1/calendar/overrides",
      payload: { orgUnitId: tianhe, date: "2026-10-02", kind: "open", reason: "国庆假期值班", frames: [["09:00", "12:00"]] },
    });
    expect(open.status, JSON.stringify(open.body)).toBe(201);
    const after = await callFresh(env, "manager", { method: "GET", url: `/api/v1/cases/${created.body.id}` });
    expect(after.body.deadlines.map((d: { metric: string; dueAt: string }) => [d.metric, d.dueAt])).toEqual(dueBefore);
    const notices = await callFresh(env, "manager", { method: "GET", url: `/api/v1/calendar/notices?orgUnitId=${tianhe}` });
    expect(notices.body.items).toEqual([{ date: "2026-10-02", kind: "open", reason: "国庆假期值班", frames: [["09:00", "12:00"]] }]);
    env.clock.set("2026-10-01T02:00:00Z"); // 10:00 on a holiday without an opening
    expect((await issue(env, tianhe)).body.error?.code).toBe("counter_closed");
    env.clock.set("2026-10-02T02:00:00Z"); // 10:00 on the opened holiday
    expect((await issue(env, tianhe)).status).toBe(201);
    env.clock.set("2026-10-02T05:00:00Z"); // 13:00: the published hours are over
    expect((await issue(env, tianhe)).body.error?.code).toBe("counter_closed");
  });

  it("CAL-02 a counter with Sunday hours issues tickets on a Sunday (and not without them)", async () => {
    env.clock.set("2026-10-11T02:00:00Z"); // Sunday 10:00
    expect((await issue(env, tianhe)).body.error?.code).toBe("counter_closed");
    const patch = await callFresh(env, "gzadmin", { method: "PATCH", url: `/api/v1/org-units/${tianhe}`, payload: { businessHours: { ...weekdays, sun: [["09:00", "16:00"]] } } });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    env.clock.set("2026-10-18T02:00:00Z"); // the next Sunday (the calendar cache lives a few seconds)
    const open = await issue(env, tianhe);
    expect(open.status, JSON.stringify(open.body)).toBe(201);
  });

  it("CAL-05 a 7×24 counter issues a ticket at 03:00", async () => {
    env.clock.set("2026-10-20T19:00:00Z"); // Wednesday 03:00 in Guangzhou
    expect((await issue(env, tianhe)).body.error?.code).toBe("counter_closed");
    const patch = await callFresh(env, "gzadmin", { method: "PATCH", url: `/api/v1/org-units/${tianhe}`, payload: { alwaysOpen: true } });
    expect(patch.status).toBe(200);
    expect(patch.body.alwaysOpen).toBe(true);
    env.clock.set("2026-10-21T19:00:00Z"); // the next night, 03:00
    const r = await issue(env, tianhe);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    await callFresh(env, "gzadmin", { method: "PATCH", url: `/api/v1/org-units/${tianhe}`, payload: { alwaysOpen: false } });
  });

  it("CAL-04 an hours change is filed in advance and applies on its date", async () => {
    env.clock.set("2026-11-02T02:00:00Z");
    const today = await callFresh(env, "manager", {
      method: "POST",
      url: "/api/v1/calendar/hours-changes",
      payload: { orgUnitId: tianhe, effectiveFrom: "2026-11-02", businessHours: weekdays, reason: "冬令时" },
    });
    expect(today.status).toBe(400);
    expect(today.body.error.code).toBe("hours_change_not_in_advance");
    const filed = await callFresh(env, "manager", {
      method: "POST",
      url: "/api/v1/calendar/hours-changes",
      payload: { orgUnitId: tianhe, effectiveFrom: "2026-11-09", businessHours: { ...weekdays, sat: [["09:00", "12:00"]] }, reason: "增加周六上午" },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const notices = await callFresh(env, "manager", { method: "GET", url: `/api/v1/calendar/notices?orgUnitId=${tianhe}` });
    expect(notices.body.items).toContainEqual({ date: "2026-11-09", kind: "hoursChange", reason: "增加周六上午" });
    const { applyDueHoursChanges } = await import("../../src/modules/calendar/change-hours.js");
    expect(await applyDueHoursChanges(env.ctx)).toBe(0);
    env.clock.set("2026-11-08T16:30:00Z"); // 00:30 on 11-09 in Guangzhou
    expect(await applyDueHoursChanges(env.ctx)).toBe(1);
    const unit = await callFresh(env, "manager", { method: "GET", url: `/api/v1/org-units/${tianhe}` });
    expect(unit.body.businessHours.sat).toEqual([["09:00", "12:00"]]);
    expect(await applyDueHoursChanges(env.ctx)).toBe(0);
  });

  it("CAL-06 the health endpoint says nothing before the warning date while the current year is official", async () => {
    const health = async () => (await env.app.inject({ method: "GET", url: "/api/v1/health" })).json() as { calendar: unknown };
    env.clock.set("2026-09-15T02:00:00Z");
    expect((await health()).calendar).toEqual({ officialThrough: 2026, provisionalYears: [], warning: false });
    env.clock.set("2026-10-01T02:00:00Z");
    expect((await health()).calendar).toEqual({ officialThrough: 2026, provisionalYears: [2027], warning: true });
  });
});
