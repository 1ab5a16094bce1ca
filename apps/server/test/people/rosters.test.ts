/** Issue 14 item 4: shift templates and rosters solved by HiGHS (P-05, P-02, P-07, CAL-03). */
import { type RosterInput, type RosterPerson, type ShiftTemplate, checkRoster, datesBetween } from "@ccms/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solveRoster } from "../../src/modules/people/roster-solver.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const WEEK = ["mon", "tue", "wed", "thu", "fri"] as const;
const ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

describe(`people: shift templates and rosters (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const template = (payload: Record<string, unknown>) => env.call("manager", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, ...payload } });

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("P-05 shift templates: day, Saturday and a servicing shift that needs its certificate", async () => {
    const d = await template({ code: "D", name: "白班", start: "08:30", end: "17:30", minStaff: 2, days: WEEK });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({ code: "D", night: false, workHours: 8 });
    expect((await template({ code: "S", name: "周六班", start: "09:00", end: "12:00", minStaff: 1, days: ["sat"] })).status).toBe(201);
    expect((await template({ code: "P", name: "保全岗", start: "08:30", end: "17:30", minStaff: 1, skill: "policy_service", days: WEEK })).status).toBe(201);
    const dup = await template({ code: "D", name: "重复", start: "08:30", end: "17:30", minStaff: 1, days: WEEK });
    expect(dup.status).toBe(409);
    const list = await env.call("duty", { method: "GET", url: `/api/v1/people/shift-templates?orgUnitId=${th}` });
    expect(list.body.items.map((t: any) => t.code)).toEqual(["D", "P", "S"]);
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, code: "X", name: "x", start: "08:00", end: "12:00", minStaff: 1, days: WEEK } })).status).toBe(403);
  });

  it("P-05 a week's roster: every hard rule kept, P-02 only certified people on the servicing shift, P-07 approved leave respected, shortfalls explained; then published", async () => {
    // 王芳 (teller1) has approved leave on Thursday the 19th
    const leave = await env.call("teller1", { method: "POST", url: "/api/v1/people/requests", payload: { kind: "leave", leaveKind: "personal", from: "2026-03-19", to: "2026-03-19", delegateUserId: ids.teller2 } });
    expect(leave.status).toBe(201);
    await env.call("manager", { method: "POST", url: `/api/v1/people/requests/${leave.body.id}/decision`, payload: { decision: "approve" } });
    await env.call("gzadmin", { method: "POST", url: `/api/v1/people/requests/${leave.body.id}/decision`, payload: { decision: "approve" } });

    const r = await env.call("manager", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: th, from: "2026-03-16", to: "2026-03-22" } });
    expect(r.status).toBe(201);
    expect(r.body.state).toBe("draft");
    expect(r.body.hard.every((h: any) => h.violations === 0)).toBe(true);
    const a = r.body.assignments as Array<{ userId: string; date: string; shiftCode: string; userName: string }>;
    expect(a.length).toBeGreaterThan(0);
    // P-02 张伟 serves policy servicing without a certificate: never on P
    expect(a.filter((x) => x.shiftCode === "P").every((x) => x.userId !== ids.teller2)).toBe(true);
    expect(a.some((x) => x.userId === ids.teller1 && x.date === "2026-03-19")).toBe(false);
    // one shift a day
    const keys = a.map((x) => `${x.userId}:${x.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    // the demand is met or explained: 5 people, 8 h a day, 40 h budget
    const need = 5 * 3 + 1;
    const covered = a.length + r.body.uncovered.reduce((n: number, u: any) => n + u.missing, 0);
    expect(covered).toBeGreaterThanOrEqual(need);
    for (const u of r.body.uncovered) expect(["not_enough_qualified", "rules_limit", "lunch_duty"]).toContain(u.reason);
    expect(a.find((x) => x.userId === ids.teller1)?.userName).toBe("柜员 王芳");

    const got = await env.call("duty", { method: "GET", url: `/api/v1/rosters/${r.body.id}` });
    expect(got.status).toBe(200);
    expect(got.body.assignments).toHaveLength(a.length);
    const pub = await env.call("manager", { method: "POST", url: `/api/v1/rosters/${r.body.id}/publish` });
    expect(pub.body).toMatchObject({ state: "published", publishedByName: "柜面主管 陈敏" });
    expect((await env.call("manager", { method: "POST", url: `/api/v1/rosters/${r.body.id}/publish` })).status).toBe(409);
    const list = await env.call("manager", { method: "GET", url: `/api/v1/rosters?orgUnitId=${th}` });
    expect(list.body.items[0]).toMatchObject({ id: r.body.id, state: "published" });
    expect((await env.call("yxmanager", { method: "GET", url: `/api/v1/rosters/${r.body.id}` })).status).toBe(404);
    const audit = (await env.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", r.body.id).execute()).map((x) => x.action);
    expect(audit).toEqual(["people.roster_generated", "people.roster_published"]);
  });

  it("a unit without shift templates cannot be rostered; more than 6 weeks is refused", async () => {
    const yx = env.demo.counterIds[1]!;
    const none = await env.call("gzadmin", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: yx, from: "2026-03-16", to: "2026-03-22" } });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe("roster_no_shift_templates");
    const long = await env.call("manager", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: th, from: "2026-03-01", to: "2026-05-01" } });
    expect(long.status).toBe(400);
  });
});

describe("P-05 a 7×24 centre: 30 staff × 4 weeks with skills, leave and night shifts (HiGHS)", () => {
  it("solves with 0 hard violations and covers the demand", { timeout: 300_000 }, async () => {
    const templates: ShiftTemplate[] = [
      { code: "E", start: "07:00", end: "15:00", minStaff: 4, skill: null, days: ALL },
      { code: "P", start: "09:00", end: "17:00", minStaff: 2, skill: "policy_service", days: ALL },
      { code: "L", start: "15:00", end: "23:00", minStaff: 3, skill: null, days: ALL },
      { code: "N", start: "23:00", end: "07:00", minStaff: 2, skill: null, days: ALL },
    ];
    const dates = datesBetween("2026-03-02", "2026-03-29");
    const people: RosterPerson[] = Array.from({ length: 30 }, (_, i) => ({
      userId: `u${String(i).padStart(2, "0")}`,
      skills: i < 10 ? ["policy_service"] : [],
      unavailable: i % 6 === 0 ? dates.slice(i % 20, (i % 20) + 5) : [],
    }));
    const input: RosterInput = { dates, templates, people, rules: { restHours: 11, maxConsecutiveDays: 6, weeklyHours: 40, lunchDuty: true } };
    const started = Date.now();
    const solved = await solveRoster(input, 120);
    const seconds = (Date.now() - started) / 1000;
    console.log(`roster 30 staff × 28 days × 4 shifts (7×24): ${solved.status}, ${solved.assignments.length} shifts, ${solved.uncovered.length} uncovered, ${seconds.toFixed(1)} s`);
    expect(checkRoster(input, solved.assignments)).toEqual([]);
    expect(solved.uncovered).toEqual([]);
    const nights = new Map<string, number>();
    for (const a of solved.assignments) if (a.shiftCode === "N") nights.set(a.userId, (nights.get(a.userId) ?? 0) + 1);
    // soft: nights spread fairly (no one carries many more than the average of 56 / 30)
    expect(Math.max(...nights.values())).toBeLessThanOrEqual(3);
  });
});
