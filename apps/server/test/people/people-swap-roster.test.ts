/** P-06 an approved swap changes the published roster (both people), audited; attendance (P-11) uses the changed roster. Test clock 2026-03-10. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: swaps applied to the published roster (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const ROSTER = "01SWAPROSTER00000000000001";

  beforeAll(async () => {
    env = await createTestEnv();
    [th] = env.demo.counterIds as [string, string];
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
    const db = env.database.db;
    const at = "2026-03-01T02:00:00.000Z";
    await db
      .insertInto("people_rosters")
      .values({ id: ROSTER, org_unit_id: th, date_from: "2026-03-09", date_to: "2026-03-15", state: "published", uncovered: "[]", rules: JSON.stringify({ restHours: 11, maxConsecutiveDays: 6, weeklyHours: 40, lunchDuty: false }), solver_status: "optimal", solve_ms: 1, created_by: ids.manager!, created_at: at, published_by: ids.manager!, published_at: at })
      .execute();
    const rows = [
      { user_id: ids.teller1!, date: "2026-03-12", shift_code: "E", start_time: "08:30", end_time: "16:30" },
      { user_id: ids.teller2!, date: "2026-03-12", shift_code: "L", start_time: "10:00", end_time: "18:00" },
      { user_id: ids.teller1!, date: "2026-03-13", shift_code: "E", start_time: "08:30", end_time: "16:30" },
    ];
    for (const [code, start, end] of [["E", "08:30", "16:30"], ["L", "10:00", "18:00"]] as const) {
      const exists = await db.selectFrom("people_shift_templates").select("id").where("org_unit_id", "=", th).where("code", "=", code).executeTakeFirst();
      if (!exists) await db.insertInto("people_shift_templates").values({ id: `01SWAPSHIFT${code}00000000000000`, org_unit_id: th, code, name: code, start_time: start, end_time: end, min_staff: 1, skill: null, days: JSON.stringify(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), active: 1, created_by: ids.manager!, created_at: at }).execute();
    }
    await db.insertInto("people_roster_assignments").values(rows.map((r) => ({ roster_id: ROSTER, ...r }))).execute();
  });
  afterAll(async () => env?.close());

  const file = (as: string, payload: Record<string, unknown>) => env.call(as, { method: "POST", url: "/api/v1/people/requests", payload });
  const approve = (id: string) => env.call("manager", { method: "POST", url: `/api/v1/people/requests/${id}/decision`, payload: { decision: "approve" } });
  const shiftsOn = async (date: string) => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/rosters/${ROSTER}` });
    expect(r.status).toBe(200);
    return Object.fromEntries((r.body.assignments as any[]).filter((a) => a.date === date).map((a) => [a.userId, a.shiftCode]));
  };

  it("P-06 a pending swap leaves the roster alone; its approval exchanges both people's shifts (audited)", async () => {
    const s = await file("teller1", { kind: "swap", date: "2026-03-12", withUserId: ids.teller2, fromShift: "day", toShift: "day", reason: "家中有事" });
    expect(s.status).toBe(201);
    expect(await shiftsOn("2026-03-12")).toEqual({ [ids.teller1!]: "E", [ids.teller2!]: "L" });
    const d = await approve(s.body.id);
    expect(d.status).toBe(200);
    expect(d.body.state).toBe("approved");
    expect(await shiftsOn("2026-03-12")).toEqual({ [ids.teller1!]: "L", [ids.teller2!]: "E" });
    const audit = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.swap_applied").execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ 日期: "2026-03-12", 结果: "互换班次", 变更: [{ 员工: "柜员 王芳", 原班次: "E", 新班次: "L" }, { 员工: "柜员 张伟", 原班次: "L", 新班次: "E" }] });
  });

  it("P-11 attendance then measures both people against the swapped roster", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/attendance?orgUnitId=${th}&month=2026-03` });
    expect(r.status).toBe(200);
    const day = (userId: string) => (r.body.rows as any[]).find((x) => x.userId === userId).days.find((d: any) => d.date === "2026-03-12");
    expect(day(ids.teller1!)).toMatchObject({ shiftCode: "L", shiftStart: "2026-03-12T02:00:00.000Z" });
    expect(day(ids.teller2!)).toMatchObject({ shiftCode: "E", shiftStart: "2026-03-12T00:30:00.000Z" });
  });

  it("P-06 when only the requester is rostered, the colleague takes the shift over", async () => {
    const s = await file("teller1", { kind: "swap", date: "2026-03-13", withUserId: ids.teller3, fromShift: "day", toShift: "day" });
    expect(s.status).toBe(201);
    await approve(s.body.id);
    expect(await shiftsOn("2026-03-13")).toEqual({ [ids.teller3!]: "E" });
  });

  it("a rejected swap changes nothing", async () => {
    const s = await file("teller2", { kind: "swap", date: "2026-03-12", withUserId: ids.teller1, fromShift: "day", toShift: "day" });
    await env.call("manager", { method: "POST", url: `/api/v1/people/requests/${s.body.id}/decision`, payload: { decision: "reject", note: "人手不足" } });
    expect(await shiftsOn("2026-03-12")).toEqual({ [ids.teller1!]: "L", [ids.teller2!]: "E" });
  });

  it("P-05 drag to edit: the live check answers the hard-rule violations a move brings, and applies a clean move (audited)", async () => {
    const url = `/api/v1/rosters/${ROSTER}/moves`;
    const clash = await env.call("manager", { method: "POST", url, payload: { userId: ids.teller2, date: "2026-03-12", toUserId: ids.teller1, toDate: "2026-03-12" } });
    expect(clash.status).toBe(200);
    expect(clash.body).toMatchObject({ applied: false, roster: null });
    expect(clash.body.violations).toContainEqual({ rule: "one_shift_a_day", userId: ids.teller1, userName: "柜员 王芳", date: "2026-03-12" });
    const refused = await env.call("manager", { method: "POST", url, payload: { userId: ids.teller2, date: "2026-03-12", toUserId: ids.teller1, toDate: "2026-03-12", apply: true } });
    expect(refused.body.applied).toBe(false);
    expect(await shiftsOn("2026-03-12")).toEqual({ [ids.teller1!]: "L", [ids.teller2!]: "E" });
    const ok = await env.call("manager", { method: "POST", url, payload: { userId: ids.teller1, date: "2026-03-12", toUserId: ids.teller1, toDate: "2026-03-14", apply: true } });
    expect(ok.body).toMatchObject({ applied: true, violations: [] });
    expect(await shiftsOn("2026-03-14")).toEqual({ [ids.teller1!]: "L" });
    expect(await shiftsOn("2026-03-12")).toEqual({ [ids.teller2!]: "E" });
    expect(await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.roster_edited").execute()).toHaveLength(1);
    expect((await env.call("teller1", { method: "POST", url, payload: { userId: ids.teller1, date: "2026-03-14", toUserId: ids.teller2, toDate: "2026-03-14" } })).status).toBe(403);
    expect((await env.call("manager", { method: "POST", url, payload: { userId: ids.teller2, date: "2026-03-10", toUserId: ids.teller1, toDate: "2026-03-11" } })).body.error.code).toBe("roster_assignment_not_found");
  });
});
