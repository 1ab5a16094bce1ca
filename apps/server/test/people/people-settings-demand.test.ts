/**
 * Issue 14 (rest): rosters covered per half hour from staffing (P-05), staffing settings per unit,
 * P-08 approval chains per unit, the P-01 on-post exam set at the 6-month anniversary. Test clock
 * 2026-03-10 (a Tuesday) unless moved.
 */
import { type RosterInput, type ShiftTemplate, addDays, checkRoster, coverageDemand, coversHalfHour, datesBetween, staffingSettingsOf } from "@ccms/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solveRoster } from "../../src/modules/people/roster-solver.js";
import { scheduleOnPostExams } from "../../src/modules/people/schedule-on-post-exams.js";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const WEEK = ["mon", "tue", "wed", "thu", "fri"] as const;

describe(`people: settings, approval chains and demand-driven rosters (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;
  const ids: Record<string, string> = {};
  const audits = async (action: string) => (await env.database.db.selectFrom("audit_log").select(["action", "entity_id"]).where("action", "=", action).execute()).length;

  beforeAll(async () => {
    env = await createTestEnv();
    [th, yx] = env.demo.counterIds as [string, string];
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("staffing settings: defaults equal the former constants; the manager sets them (audited); staffing uses them; a teller may not", async () => {
    const got = await env.call("manager", { method: "GET", url: `/api/v1/people/staffing-settings?orgUnitId=${th}` });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false, source: "default", updatedAt: null });
    const put = await env.call("manager", { method: "PUT", url: `/api/v1/people/staffing-settings?orgUnitId=${th}`, payload: { shrinkage: 0.2, defaultAhtSeconds: 480, peakFactor: 2, callCentre: false } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ shrinkage: 0.2, defaultAhtSeconds: 480, peakFactor: 2, callCentre: false, source: "unit", updatedByName: "柜面主管 陈敏" });
    expect(put.body.defaults).toEqual({ shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false });
    expect(await audits("people.staffing_settings_changed")).toBe(1);
    const staffing = await env.call("manager", { method: "GET", url: `/api/v1/people/staffing?orgUnitId=${th}&from=2026-03-16&to=2026-03-16` });
    expect(staffing.status).toBe(200);
    expect(staffing.body).toMatchObject({ shrinkage: 0.2, peakFactor: 2 });
    expect((await env.call("teller1", { method: "PUT", url: `/api/v1/people/staffing-settings?orgUnitId=${th}`, payload: { shrinkage: 0.2, defaultAhtSeconds: 480, peakFactor: 2, callCentre: false } })).status).toBe(403);
    const bad = await env.call("manager", { method: "PUT", url: `/api/v1/people/staffing-settings?orgUnitId=${th}`, payload: { shrinkage: 0.95, defaultAhtSeconds: 480, peakFactor: 2, callCentre: false } });
    expect(bad.status).toBe(400);
    expect((await env.call("manager", { method: "GET", url: `/api/v1/people/staffing-settings?orgUnitId=${yx}` })).status).toBe(404);
    // back to the defaults for the roster below
    await env.call("manager", { method: "PUT", url: `/api/v1/people/staffing-settings?orgUnitId=${th}`, payload: { shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false } });
  });

  it("P-08 approval chains per unit: the 003-3 Art.17 defaults, set by the manager (audited), used by new requests; an unusable set is refused", async () => {
    const got = await env.call("manager", { method: "GET", url: `/api/v1/people/approval-chains?orgUnitId=${th}` });
    expect(got.status).toBe(200);
    expect(got.body.source).toBe("default");
    expect(got.body.rules.filter((r: any) => r.kind === "personal")).toEqual([
      { kind: "personal", upToHalfDays: 1, steps: ["section"] },
      { kind: "personal", upToHalfDays: 2, steps: ["section", "deputy"] },
      { kind: "personal", upToHalfDays: null, steps: ["section", "deputy", "director"] },
    ]);
    const rules = [...got.body.rules.filter((r: any) => r.kind !== "personal"), { kind: "personal", upToHalfDays: null, steps: ["section"] }];
    const put = await env.call("manager", { method: "PUT", url: `/api/v1/people/approval-chains?orgUnitId=${th}`, payload: { rules } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ source: "unit", updatedByName: "柜面主管 陈敏" });
    expect(put.body.rules.filter((r: any) => r.kind === "personal")).toEqual([{ kind: "personal", upToHalfDays: null, steps: ["section"] }]);
    expect(await audits("people.approval_chains_changed")).toBe(1);
    // P-08 a 2-day personal leave now needs the section head only (the default would be three levels)
    const leave = await env.call("teller1", { method: "POST", url: "/api/v1/people/requests", payload: { kind: "leave", leaveKind: "personal", from: "2026-03-16", to: "2026-03-17", delegateUserId: ids.teller2 } });
    expect(leave.status).toBe(201);
    expect(leave.body.steps.map((s: any) => s.level)).toEqual(["section"]);
    const ok = await env.call("manager", { method: "POST", url: `/api/v1/people/requests/${leave.body.id}/decision`, payload: { decision: "approve" } });
    expect(ok.body.state).toBe("approved");

    const missing = await env.call("manager", { method: "PUT", url: `/api/v1/people/approval-chains?orgUnitId=${th}`, payload: { rules: rules.filter((r: any) => r.kind !== "swap") } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("approval_chain_kind_missing");
    expect((await env.call("teller1", { method: "PUT", url: `/api/v1/people/approval-chains?orgUnitId=${th}`, payload: { rules } })).status).toBe(403);
    expect((await env.call("manager", { method: "PUT", url: `/api/v1/people/approval-chains?orgUnitId=${yx}`, payload: { rules } })).status).toBe(404);
    // another unit keeps the defaults
    expect((await env.call("yxmanager", { method: "GET", url: `/api/v1/people/approval-chains?orgUnitId=${yx}` })).body.source).toBe("default");
  });

  it("P-05 the roster covers the staff required per half hour (Erlang C on the forecast, per skill); uncovered demand names the interval and the shortfall; template minimums where there is no forecast", async () => {
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, code: "D", name: "白班", start: "08:30", end: "17:30", minStaff: 1, days: WEEK } })).status).toBe(201);
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, code: "P", name: "保全岗", start: "08:30", end: "17:30", minStaff: 1, skill: "policy_service", days: WEEK } })).status).toBe(201);
    // Wednesday the 18th: a morning rush far beyond the 5 people of the counter, policy servicing among it
    const fc = await env.call("manager", {
      method: "PUT",
      url: "/api/v1/people/forecast",
      payload: { orgUnitId: th, date: "2026-03-18", intervals: [{ businessType: "claim", start: "10:00", arrivals: 60 }, { businessType: "policy_service", start: "10:00", arrivals: 30 }, { businessType: "claim", start: "14:00", arrivals: 2 }] },
    });
    expect(fc.status).toBe(200);
    const r = await env.call("manager", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: th, from: "2026-03-18", to: "2026-03-19" } });
    expect(r.status).toBe(201);
    expect(r.body.hard.every((h: any) => h.violations === 0)).toBe(true);
    expect(r.body.demandDates).toContain("2026-03-18");
    const short = r.body.uncovered.filter((u: any) => u.date === "2026-03-18");
    const all = short.find((u: any) => u.skill === null);
    expect(all).toMatchObject({ shiftCode: null, from: "10:00", to: "10:30", reason: "not_enough_qualified" });
    expect(all.required).toBeGreaterThan(5);
    expect(all.missing).toBeGreaterThan(0);
    expect(short.find((u: any) => u.skill === "policy_service")).toMatchObject({ from: "10:00", to: "10:30", reason: "not_enough_qualified" });
    // the 14:00 half hour needs one person and gets one; the rush is covered by everyone who may work
    const on18 = r.body.assignments.filter((a: any) => a.date === "2026-03-18");
    expect(on18.length).toBeGreaterThanOrEqual(4);
    // the 19th: a forecast from history if the counter has one, otherwise the templates' minimums (D and P):
    // each is staffed or its shortfall explained by shift (the 2-day hour budget is spent on the rush)
    if (!r.body.demandDates.includes("2026-03-19")) {
      const on19 = r.body.assignments.filter((a: any) => a.date === "2026-03-19").map((a: any) => a.shiftCode);
      const short19 = r.body.uncovered.filter((u: any) => u.date === "2026-03-19").map((u: any) => u.shiftCode);
      for (const code of ["D", "P"]) expect([...on19, ...short19]).toContain(code);
    }
  });

  it("P-01 the on-post exam is set by itself when the 6-month anniversary of hire comes, once, and shows in the exams list", async () => {
    // 张伟 (teller2) was hired 2025-09-01: the anniversary is 2026-03-01; older staff are past theirs
    env.clock.set("2026-02-27T02:00:00Z");
    const first = await scheduleOnPostExams(env.ctx);
    let exams = (await callFresh(env, "manager", { method: "GET", url: `/api/v1/people/exams?orgUnitId=${th}` })).body.items as Array<{ userId: string; kind: string; dueOn: string; title: string; state: string }>;
    expect(exams.some((e) => e.userId === ids.teller2 && e.kind === "on_post")).toBe(false);
    expect(exams.some((e) => e.userId === ids.teller1 && e.kind === "on_post")).toBe(true);
    expect(first.created).toBeGreaterThan(0);
    env.clock.set("2026-03-01T01:00:00Z");
    expect(await scheduleOnPostExams(env.ctx)).toEqual({ created: 1 });
    exams = (await callFresh(env, "manager", { method: "GET", url: `/api/v1/people/exams?orgUnitId=${th}` })).body.items;
    expect(exams.filter((e) => e.userId === ids.teller2 && e.kind === "on_post")).toEqual([expect.objectContaining({ dueOn: "2026-03-01", title: "上岗满6个月岗位考试", state: "open" })]);
    // never twice
    expect(await scheduleOnPostExams(env.ctx)).toEqual({ created: 0 });
    expect(await audits("people.exam_scheduled")).toBe(first.created + 1);
    env.clock.set("2026-03-10T02:00:00Z");
  });
});

describe("P-05 a 7×24 centre covered per half hour from staffing: 30 staff × 4 weeks (HiGHS)", () => {
  it("covers the Erlang C requirement per half hour and skill with 0 hard violations", { timeout: 300_000 }, async () => {
    const ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
    const templates: ShiftTemplate[] = [
      { code: "E", start: "07:00", end: "15:00", minStaff: 4, skill: null, days: ALL },
      { code: "P", start: "09:00", end: "17:00", minStaff: 2, skill: "policy_service", days: ALL },
      { code: "L", start: "15:00", end: "23:00", minStaff: 3, skill: null, days: ALL },
      { code: "N", start: "23:00", end: "07:00", minStaff: 2, skill: null, days: ALL },
    ];
    const dates = datesBetween("2026-03-02", "2026-03-29");
    const people = Array.from({ length: 30 }, (_, i) => ({ userId: `u${String(i).padStart(2, "0")}`, skills: i < 10 ? ["policy_service"] : [], unavailable: i % 6 === 0 ? dates.slice(i % 20, (i % 20) + 5) : [] }));
    const calls = (h: number) => (h < 7 ? 3 : h < 9 ? 14 : h < 15 ? 20 : h < 17 ? 14 : h < 23 ? 12 : 3);
    const intervals: Array<{ businessType: string; start: string; arrivals: number }> = [];
    for (let m = 0; m < 1440; m += 30) {
      const start = `${String(Math.floor(m / 60)).padStart(2, "0")}:${m % 60 ? "30" : "00"}`;
      intervals.push({ businessType: "call", start, arrivals: calls(m / 60) });
      if (m >= 9 * 60 && m < 17 * 60) intervals.push({ businessType: "policy_service", start, arrivals: 3 });
    }
    const settings = staffingSettingsOf({ shrinkage: 0.3, defaultAhtSeconds: 300, peakFactor: 1.5, callCentre: null }, { alwaysOpen: true });
    const demand = coverageDemand(dates.map((date) => ({ date, intervals })), settings, 300, ["policy_service"]);
    const input: RosterInput = { dates, templates, people, rules: { restHours: 11, maxConsecutiveDays: 6, weeklyHours: 40, lunchDuty: true }, demand };
    const started = Date.now();
    const solved = await solveRoster(input, 120);
    console.log(`roster 30 staff × 28 days, ${demand.length} staffing half hours (7×24): ${solved.status}, ${solved.assignments.length} shifts, ${solved.uncovered.length} uncovered, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(checkRoster(input, solved.assignments)).toEqual([]);
    expect(solved.uncovered).toEqual([]);
    // every half hour has at least its required staff on post, and the skilled ones for policy servicing
    const tpl = new Map(templates.map((t) => [t.code, t]));
    for (const row of demand.filter((r) => !(r.date === "2026-03-02" && r.start < "07:00"))) {
      const minute = Number(row.start.slice(0, 2)) * 60 + Number(row.start.slice(3));
      const on = solved.assignments.filter((a) => {
        const t = tpl.get(a.shiftCode)!;
        const covers = (a.date === row.date && coversHalfHour(t, minute, 0)) || (a.date === addDays(row.date, -1) && coversHalfHour(t, minute, 1));
        return covers && (row.skill === null || people.find((p) => p.userId === a.userId)!.skills.includes(row.skill));
      }).length;
      expect(on, `${row.date} ${row.start} ${row.skill ?? "all"}`).toBeGreaterThanOrEqual(row.required);
    }
  });
});
