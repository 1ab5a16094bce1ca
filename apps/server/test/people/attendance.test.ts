/** Issue 14 item 6: clock-in/out and the monthly sheet against the published roster (P-11). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

describe(`people: attendance against the published roster (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const usernames: Record<string, string> = {};
  let monday: Array<{ userId: string; userName: string }> = [];

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) usernames[u.id] = u.username;
    await env.call("manager", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, code: "D", name: "白班", start: "08:30", end: "17:30", minStaff: 2, days: ["mon", "tue", "wed", "thu", "fri"] } });
    const r = await env.call("manager", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: th, from: "2026-03-16", to: "2026-03-20" } });
    expect(r.status).toBe(201);
    await env.call("manager", { method: "POST", url: `/api/v1/rosters/${r.body.id}/publish` });
    monday = (r.body.assignments as Array<{ userId: string; userName: string; date: string }>).filter((a) => a.date === "2026-03-16");
    expect(monday.length).toBe(2);
  });
  afterAll(async () => env?.close());

  it("P-11 10 minutes early is on time, after the start is late, no clock-in by the end is absence, clocking in unrostered is reported", async () => {
    const [a, b] = monday as [{ userId: string }, { userId: string }];
    // Monday 2026-03-16, the shift runs 08:30–17:30 Beijing time (00:30–09:30 UTC)
    env.clock.set("2026-03-16T00:18:00Z");
    const inA = await callFresh(env, usernames[a.userId]!, { method: "POST", url: "/api/v1/people/attendance/clock", payload: { kind: "in" } });
    expect(inA.status).toBe(200);
    expect(inA.body.today).toMatchObject({ date: "2026-03-16", shiftCode: "D", status: "ok" });
    env.clock.set("2026-03-16T00:41:00Z");
    const inB = await callFresh(env, usernames[b.userId]!, { method: "POST", url: "/api/v1/people/attendance/clock", payload: { kind: "in" } });
    expect(inB.body.today).toMatchObject({ status: "late", lateMinutes: 11 });
    env.clock.set("2026-03-16T09:00:00Z");
    const outA = await callFresh(env, usernames[a.userId]!, { method: "POST", url: "/api/v1/people/attendance/clock", payload: { kind: "out" } });
    expect(outA.body.today).toMatchObject({ status: "early_leave", earlyMinutes: 30 });

    // Tuesday: a person without a shift clocks in
    const tuesday = new Set<string>();
    const roster = (await env.database.db.selectFrom("people_roster_assignments").select(["user_id", "date"]).where("date", "=", "2026-03-17").execute()).map((x) => x.user_id);
    for (const u of roster) tuesday.add(u);
    const off = Object.keys(usernames).find((id) => !tuesday.has(id) && ["teller1", "teller2", "guide", "duty", "manager"].includes(usernames[id]!))!;
    env.clock.set("2026-03-17T01:00:00Z");
    const stray = await callFresh(env, usernames[off]!, { method: "POST", url: "/api/v1/people/attendance/clock", payload: { kind: "in" } });
    expect(stray.body.today.status).toBe("unrostered");

    env.clock.set("2026-03-18T12:00:00Z");
    const sheet = await callFresh(env, "manager", { method: "GET", url: `/api/v1/people/attendance?orgUnitId=${th}&month=2026-03` });
    expect(sheet.status).toBe(200);
    const rowA = sheet.body.rows.find((r: any) => r.userId === a.userId);
    expect(rowA.days.find((d: any) => d.date === "2026-03-16")).toMatchObject({ status: "early_leave", earlyMinutes: 30 });
    const rowB = sheet.body.rows.find((r: any) => r.userId === b.userId);
    expect(rowB.totals.late).toBe(1);
    // everyone rostered on Tuesday and Wednesday without clocking in is absent; two in a row is flagged
    const absentTwice = sheet.body.rows.filter((r: any) => r.days.filter((d: any) => d.status === "absent" && ["2026-03-17", "2026-03-18"].includes(d.date)).length === 2);
    for (const r of absentTwice) expect(r.flags).toContain("absent_two_consecutive_days");
    expect(sheet.body.rows.some((r: any) => r.days.some((d: any) => d.status === "absent"))).toBe(true);
    expect(sheet.body.rows.find((r: any) => r.userId === off).days.find((d: any) => d.date === "2026-03-17").status).toBe("unrostered");
    expect((await callFresh(env, "teller1", { method: "GET", url: `/api/v1/people/attendance?orgUnitId=${th}&month=2026-03` })).status).toBe(403);
  });
});
