/** Issue 14 item 5: leave and swap requests with rule checks (P-06, P-07, P-10) and approval chains (P-08). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: leave and swap requests with approval chains (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const file = (as: string, payload: Record<string, unknown>) => env.call(as, { method: "POST", url: "/api/v1/people/requests", payload });
  const decide = (as: string, id: string, decision: "approve" | "reject", note?: string) =>
    env.call(as, { method: "POST", url: `/api/v1/people/requests/${id}/decision`, payload: { decision, ...(note ? { note } : {}) } });

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("P-08 personal leave of 2 days: section head → deputy → director, each a different person; approved leave enters the register with its K-02 hand-back", async () => {
    // test clock: Tuesday 2026-03-10; Monday 16th and Tuesday 17th are 6 days ahead
    const r = await file("teller1", { kind: "leave", leaveKind: "personal", from: "2026-03-16", to: "2026-03-17", reason: "家中有事", delegateUserId: ids.teller2 });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ userName: "柜员 王芳", days: 2, state: "pending", currentLevel: "section", delegateName: "柜员 张伟", canDecide: false });
    expect(r.body.steps.map((s: any) => s.level)).toEqual(["section", "deputy", "director"]);
    const id = r.body.id;

    const awaiting = await env.call("manager", { method: "GET", url: "/api/v1/people/requests?awaitingMe=true" });
    expect(awaiting.body.items.map((i: any) => i.id)).toContain(id);
    expect(awaiting.body.items.every((i: any) => i.canDecide)).toBe(true);
    // the demo's two requests (张伟's leave, 王芳's swap) wait for the counter manager too
    expect(awaiting.body.items.map((i: any) => i.userName).sort()).toEqual(["柜员 张伟", "柜员 王芳", "柜员 王芳"].sort());
    expect((await env.call("gzadmin", { method: "GET", url: "/api/v1/people/requests?awaitingMe=true" })).body.items).toEqual([]);

    expect((await decide("teller1", id, "approve")).body.error.code).toBe("approver_is_requester");
    expect((await decide("teller2", id, "approve")).status).toBe(403);
    const one = await decide("manager", id, "approve", "同意，张伟顶岗");
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ state: "pending", currentLevel: "deputy" });
    expect(one.body.steps[0]).toMatchObject({ decision: "approved", byName: "柜面主管 陈敏", note: "同意，张伟顶岗" });
    const again = await decide("manager", id, "approve");
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe("approval_level_missing");
    expect((await decide("yxmanager", id, "approve")).status).toBe(404);

    const two = await decide("gzadmin", id, "approve");
    expect(two.body).toMatchObject({ state: "pending", currentLevel: "director" });
    const same = await decide("gzadmin", id, "approve");
    expect(same.status).toBe(403);
    expect(same.body.error.code).toBe("approver_already_decided");
    const three = await decide("gdadmin", id, "approve");
    expect(three.status).toBe(200);
    expect(three.body).toMatchObject({ state: "approved", currentLevel: null });
    expect(three.body.decidedAt).not.toBeNull();

    const leave = await env.database.db.selectFrom("leave_periods").selectAll().where("user_id", "=", ids.teller1!).execute();
    expect(leave).toEqual([expect.objectContaining({ date_from: "2026-03-16", date_to: "2026-03-17", kind: "personal", approved: 1, working_days: 2 })]);
    // K-02 the seals come back on the working day before: Friday 13th
    const hb = await env.database.db.selectFrom("hand_backs").selectAll().where("leave_id", "=", leave[0]!.id).execute();
    expect(hb).toEqual([expect.objectContaining({ due_date: "2026-03-13", status: "pending", counter_id: th })]);
    const actions = (await env.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("seq").execute()).map((a) => a.action);
    expect(actions).toEqual(["people.request_filed", "people.request_step_approved", "people.request_step_approved", "people.request_approved"]);
  });

  it.each([
    ["P-07 personal leave 2 days ahead", { leaveKind: "personal", from: "2026-03-12", to: "2026-03-12", delegateUserId: "teller2" }, "leave_notice_too_short"],
    ["P-07 sick leave without a certificate", { leaveKind: "sick", from: "2026-03-20", to: "2026-03-20", delegateUserId: "teller2" }, "sick_certificate_required"],
    ["P-07 annual leave less than a month ahead", { leaveKind: "annual", from: "2026-04-01", to: "2026-04-01", delegateUserId: "teller2" }, "leave_notice_too_short"],
    ["P-10 a full day away without a delegate", { leaveKind: "personal", from: "2026-03-20", to: "2026-03-20" }, "delegate_required"],
    ["the person's own approved leave overlaps", { leaveKind: "personal", from: "2026-03-17", to: "2026-03-18", delegateUserId: "teller2" }, "leave_overlaps"],
  ])("%s is refused with its rule", async (_n, payload, code) => {
    const body: Record<string, unknown> = { kind: "leave", ...payload };
    if (typeof body.delegateUserId === "string") body.delegateUserId = ids[body.delegateUserId];
    const r = await file("teller1", body);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe(code);
  });

  it("P-07 sudden illness is filed afterwards with a certificate; sick ≤ 2 days goes section → deputy", async () => {
    const r = await file("teller3", { kind: "leave", leaveKind: "sick", from: "2026-03-09", to: "2026-03-09", sudden: true, certificateRef: "急诊病历 2026-0309", delegateUserId: ids.teller2 });
    expect(r.status).toBe(201);
    expect(r.body.warnings).toEqual(["sudden_illness_filed_afterwards"]);
    expect(r.body.steps.map((s: any) => s.level)).toEqual(["section", "deputy"]);
    const rejected = await decide("manager", r.body.id, "reject", "病历不全");
    expect(rejected.body).toMatchObject({ state: "rejected" });
    expect((await decide("gzadmin", r.body.id, "approve")).body.error.code).toBe("request_not_pending");
  });

  it("P-07 at most one person of a centre on annual leave at the same time; P-08 ½ day of personal leave is the section head's alone", async () => {
    const a = await file("teller1", { kind: "leave", leaveKind: "annual", from: "2026-04-13", to: "2026-04-14", delegateUserId: ids.teller3 });
    expect(a.status).toBe(201);
    const pendingOverlap = await file("teller2", { kind: "leave", leaveKind: "annual", from: "2026-04-14", to: "2026-04-14", delegateUserId: ids.teller3 });
    expect(pendingOverlap.status).toBe(201);
    expect(pendingOverlap.body.warnings).toEqual(["annual_leave_pending_overlap"]);
    await decide("manager", a.body.id, "approve");
    expect((await decide("gzadmin", a.body.id, "approve")).body.state).toBe("approved");
    const taken = await file("guide", { kind: "leave", leaveKind: "annual", from: "2026-04-13", to: "2026-04-13", delegateUserId: ids.teller3 });
    expect(taken.status).toBe(422);
    expect(taken.body.error.code).toBe("annual_leave_taken");

    const half = await file("guide", { kind: "leave", leaveKind: "personal", from: "2026-03-20", to: "2026-03-20", halfDay: "pm" });
    expect(half.status).toBe(201);
    expect(half.body).toMatchObject({ days: 0.5, halfDay: "pm" });
    expect(half.body.steps.map((s: any) => s.level)).toEqual(["section"]);
    expect((await decide("manager", half.body.id, "approve")).body.state).toBe("approved");
  });

  it("P-06 swaps: 1 working day ahead, day↔night only as an exception, the third in a month is a warning the approver sees", async () => {
    const sameDay = await file("teller2", { kind: "swap", date: "2026-03-10", withUserId: ids.teller3, fromShift: "day", toShift: "day" });
    expect(sameDay.status).toBe(422);
    expect(sameDay.body.error.code).toBe("swap_notice_too_short");
    const night = await file("teller2", { kind: "swap", date: "2026-03-12", withUserId: ids.teller3, fromShift: "day", toShift: "night" });
    expect(night.status).toBe(422);
    expect(night.body.error.code).toBe("swap_day_night");
    const s1 = await file("teller2", { kind: "swap", date: "2026-03-11", withUserId: ids.teller3, fromShift: "day", toShift: "day", reason: "孩子开家长会" });
    expect(s1.status).toBe(201);
    expect(s1.body).toMatchObject({ kind: "swap", swapWithName: "柜员 刘洋", warnings: [] });
    expect(s1.body.steps.map((s: any) => s.level)).toEqual(["section"]);
    const s2 = await file("teller2", { kind: "swap", date: "2026-03-18", withUserId: ids.teller3, fromShift: "day", toShift: "night", exception: true });
    expect(s2.body.warnings).toEqual(["swap_day_night_exception"]);
    const s3 = await file("teller2", { kind: "swap", date: "2026-03-25", withUserId: ids.teller3, fromShift: "day", toShift: "day" });
    expect(s3.status).toBe(201);
    expect(s3.body.warnings).toEqual(["swap_monthly_limit"]);
    const ok = await decide("manager", s1.body.id, "approve");
    expect(ok.body.state).toBe("approved");
    expect(await env.database.db.selectFrom("leave_periods").selectAll().where("user_id", "=", ids.teller2!).execute()).toEqual([]);
  });

  it("lists: one's own by state; a unit's with people.read; a teller cannot read the unit's", async () => {
    const own = await env.call("teller2", { method: "GET", url: "/api/v1/people/requests?state=pending" });
    expect(own.status).toBe(200);
    expect(own.body.items.every((i: any) => i.userName === "柜员 张伟" && i.state === "pending")).toBe(true);
    const unit = await env.call("manager", { method: "GET", url: `/api/v1/people/requests?orgUnitId=${th}&state=approved` });
    expect(unit.body.items.length).toBeGreaterThanOrEqual(3);
    expect((await env.call("teller2", { method: "GET", url: `/api/v1/people/requests?orgUnitId=${th}` })).status).toBe(403);
    const yx = await env.call("yxmanager", { method: "GET", url: `/api/v1/people/requests?orgUnitId=${th}` });
    expect(yx.status).toBe(404);
  });
});
