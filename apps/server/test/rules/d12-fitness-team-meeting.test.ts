/**
 * D-12 (seed 003-1 Art.91–92) the pre-shift meeting records each person's fitness for duty; a person
 * judged unfit is sent off the floor (no window sign-in that day) and taken off the day's roster; the
 * shift lead holds a weekly team meeting with performance analysis and drills, checked week by week.
 * Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { createWindow } from "../queue/queue-helpers.js";

describe(`D-12 pre-shift fitness and weekly team meetings (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let meetingId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T00:40:00Z" });
    th = env.demo.counterIds[0]!;
    for (const u of await env.database.db.selectFrom("users").select(["id", "username"]).execute()) ids[u.username] = u.id;
    // A published roster with teller1 and teller2 on the day.
    const at = "2026-03-01T00:00:00.000Z";
    await env.database.db
      .insertInto("people_rosters")
      .values({ id: "roster-d12", org_unit_id: th, date_from: "2026-03-09", date_to: "2026-03-15", state: "published", uncovered: "[]", rules: "{}", solver_status: "optimal", solve_ms: 1, created_by: ids.manager!, created_at: at, published_by: ids.manager!, published_at: at })
      .execute();
    for (const u of ["teller1", "teller2"]) {
      await env.database.db.insertInto("people_roster_assignments").values({ roster_id: "roster-d12", user_id: ids[u]!, date: "2026-03-10", shift_code: "day", start_time: "08:30", end_time: "17:00" }).execute();
    }
    const m = await env.call("duty", {
      method: "POST",
      url: "/api/v1/daily-ops/meetings",
      payload: { counterId: th, attendees: [{ userId: ids.teller1, present: true }, { userId: ids.teller2, present: true }], topics: ["今日重点"] },
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    meetingId = m.body.id;
  });
  afterAll(async () => env?.close());

  it("D-12 an unfit verdict needs a note; tellers do not record fitness", async () => {
    const noNote = await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/meetings/${meetingId}/fitness`, payload: { checks: [{ userId: ids.teller1, verdict: "unfit" }] } });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.code).toBe("fitness_note_required");
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/daily-ops/meetings/${meetingId}/fitness`, payload: { checks: [{ userId: ids.teller2, verdict: "fit" }] } })).status).toBe(403);
  });

  it("D-12 a person judged unfit is taken off the day's roster and refused at a window; a fit one signs in", async () => {
    const r = await env.call("duty", {
      method: "POST",
      url: `/api/v1/daily-ops/meetings/${meetingId}/fitness`,
      payload: { checks: [{ userId: ids.teller1, verdict: "unfit", note: "发烧 38.5℃，劝其离岗休息" }, { userId: ids.teller2, verdict: "fit" }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const t1 = r.body.items.find((x: { userId: string }) => x.userId === ids.teller1);
    expect(t1).toMatchObject({ verdict: "unfit", userName: "柜员 王芳", rosterAdjustment: "removed", rosterShiftCode: "day", checkedByName: "值班经理 李强", businessDate: "2026-03-10" });
    expect(r.body.items.find((x: { userId: string }) => x.userId === ids.teller2)).toMatchObject({ verdict: "fit", rosterAdjustment: null });
    const audit = await env.database.db.selectFrom("audit_log").select("action").where("action", "in", ["fitness.unfit", "fitness.fit"]).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["fitness.fit", "fitness.unfit"]);

    const w1 = await createWindow(env, th, { number: 21, businessTypes: ["new_business", "claim"] });
    const w2 = await createWindow(env, th, { number: 22, businessTypes: ["new_business", "claim"] });
    const refused = await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w1.id}/sign-in` });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("unfit_for_duty");
    expect((await env.call("teller2", { method: "POST", url: `/api/v1/windows/${w2.id}/sign-in` })).status).toBe(200);

    const list = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/fitness-checks?counterId=${th}&from=2026-03-10&to=2026-03-10` });
    expect(list.body.items).toHaveLength(2);

    // Once recovered, a later "fit" verdict the same day lets the person back on the floor.
    env.clock.set("2026-03-10T05:00:00Z");
    await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/meetings/${meetingId}/fitness`, payload: { checks: [{ userId: ids.teller1, verdict: "fit", note: "已退烧" }] } });
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/windows/${w1.id}/sign-in` })).status).toBe(200);
  });

  it("D-12 the weekly team meeting records performance analysis and drills; the weeks without one are listed", async () => {
    const body = { counterId: th, attendeeIds: [ids.teller1, ids.teller2], performance: "本周业务量上升 12%，平均等候 8 分钟，差错 1 笔", drills: [{ title: "火灾疏散演练", result: "3 分钟完成疏散" }], topics: "学习新版保全规程" };
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/daily-ops/team-meetings", payload: body })).status).toBe(403);
    expect((await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/team-meetings", payload: { ...body, heldOn: "2026-03-12" } })).body.error.code).toBe("team_meeting_in_future");
    const r = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/team-meetings", payload: body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ heldOn: "2026-03-10", weekStart: "2026-03-09", hostName: "值班经理 李强", drills: [{ title: "火灾疏散演练" }] });
    expect(r.body.attendees.map((a: { displayName: string }) => a.displayName)).toContain("柜员 王芳");
    const list = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/team-meetings?counterId=${th}&from=2026-02-23&to=2026-03-10` });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.weeksWithout).toEqual(["2026-02-23", "2026-03-02"]);
    expect((await env.database.db.selectFrom("audit_log").select("action").where("action", "=", "teamMeeting.recorded").execute()).length).toBe(1);
  });
});
