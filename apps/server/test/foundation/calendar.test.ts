import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`working-day calendar CAL-01 (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());
  const get = (as: string, url: string) => env.call(as, { method: "GET", url });

  it.each([
    ["2026-02-13", 2, "2026-02-24"],
    ["2026-04-30", 4, "2026-05-09"],
    ["2026-09-30", 7, "2026-10-15"],
  ])("add-working-days from %s + %i = %s", async (from, days, date) => {
    const res = await get("teller1", `/api/v1/calendar/add-working-days?from=${from}&days=${days}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ date, provisional: false });
  });

  it("CAL-06 a year without published data is provisional (200), and an admin's notice replaces it", async () => {
    const before = await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-01&days=1");
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ date: "2027-03-02", provisional: true });
    const denied = await env.call("manager", { method: "PUT", url: "/api/v1/calendar/years", payload: { year: 2027, holidays: { "2027-01-01": "元旦" }, makeUpWorkdays: {} } });
    expect(denied.status).toBe(403);
    const load = await env.call("hqadmin", { method: "PUT", url: "/api/v1/calendar/years", payload: { year: 2027, holidays: { "2027-01-01": "元旦", "2027-03-02": "测试假日" }, makeUpWorkdays: { "2027-03-06": "测试调休" } } });
    expect(load.status).toBe(200);
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-01&days=1")).body).toEqual({ date: "2027-03-03", provisional: false });
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-05&days=1")).body).toEqual({ date: "2027-03-06", provisional: false });
    const years = await get("teller1", "/api/v1/calendar/years");
    expect(years.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2026, source: "package" }), expect.objectContaining({ year: 2027, source: "manual" })]));
  });

  it("CAL-06 a year outside the lunar range still answers 422 with a clear message", async () => {
    const res = await get("teller1", "/api/v1/calendar/add-working-days?from=2150-03-02&days=1");
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "calendar_year_unavailable", details: expect.objectContaining({ year: 2150 }) });
  });

  it("C-17 a policy-servicing review is due after half a working day of the unit's hours", async () => {
    const review = await get("teller1", `/api/v1/calendar/working-time-deadline?from=${encodeURIComponent("2026-03-10T09:00:00+08:00")}&limit=review`);
    expect(review.status).toBe(200);
    expect(review.body).toEqual({ dueAt: "2026-03-10T06:15:00.000Z", days: 0.5, provisional: false }); // demo day 08:30–12:00 + 13:30–17:30: 3 h 45 min → 14:15
    const refund = await get("teller1", `/api/v1/calendar/working-time-deadline?from=${encodeURIComponent("2026-09-30T16:00:00+08:00")}&limit=refund`);
    expect(refund.body.dueAt).toBe("2026-10-10T08:00:00.000Z"); // 22 h 30 min: 09-30, 10-08, 10-09, then the make-up Saturday 10-10 until 16:00
    expect((await get("teller1", `/api/v1/calendar/working-time-deadline?from=${encodeURIComponent("2026-03-10T09:00:00+08:00")}`)).status).toBe(400);
  });

  it("lists every date of a year with its kind", async () => {
    const res = await get("teller1", "/api/v1/calendar/days?year=2026");
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(365);
    const kind = (d: string) => res.body.days.find((x: { date: string }) => x.date === d).kind;
    expect(kind("2026-10-01")).toBe("holiday");
    expect(kind("2026-10-10")).toBe("makeUpWorkday");
    expect(kind("2026-03-14")).toBe("weekend");
    expect(kind("2026-03-10")).toBe("workday");
  });

  it("CAL-06 a closure stops service in the subtree; it counts for deadlines only at its own unit once approved by the level above", async () => {
    const [tianhe, yuexiu] = env.demo.counterIds as [string, string];
    // The city closes itself: service stops below it, deadlines of the counters do not move.
    const cityClosure = await env.call("gzadmin", { method: "POST", url: "/api/v1/calendar/overrides", payload: { orgUnitId: env.demo.cityId, date: "2026-03-12", kind: "closure", reason: "台风停业" } });
    expect(cityClosure.status).toBe(201);
    const complaint = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: tianhe, channel: "counter", summary: "等待过久", customer: { name: "张三", phone: "13800001111" } } });
    const replyDue = async () => (await env.call("manager", { method: "GET", url: `/api/v1/cases?limit=50` })).body.items.find((x: { id: string }) => x.id === complaint.body.id).deadlines.find((d: { metric: string }) => d.metric === "reply").dueAt;
    expect(await replyDue()).toBe("2026-03-19T15:59:59.999Z");
    // The counter manager closes Tianhe on 03-19: pending until the city approves.
    const own = await env.call("manager", { method: "POST", url: "/api/v1/calendar/overrides", payload: { orgUnitId: tianhe, date: "2026-03-19", kind: "closure", reason: "线路改造" } });
    expect(own.status).toBe(201);
    expect(own.body.approvedAt).toBeNull();
    expect((await get("manager", `/api/v1/calendar/add-working-days?from=2026-03-18&days=1&orgUnitId=${tianhe}`)).body.date).toBe("2026-03-19");
    expect((await env.call("manager", { method: "POST", url: `/api/v1/calendar/overrides/${own.body.id}/approve` })).status).toBe(403);
    const approved = await env.call("gzadmin", { method: "POST", url: `/api/v1/calendar/overrides/${own.body.id}/approve` });
    expect(approved.status).toBe(200);
    expect(approved.body.approvedBy).toBeTruthy();
    expect((await get("manager", `/api/v1/calendar/add-working-days?from=2026-03-18&days=1&orgUnitId=${tianhe}`)).body.date).toBe("2026-03-20");
    expect(await replyDue()).toBe("2026-03-20T15:59:59.999Z"); // the open case's deadline moved with the approved closure
    expect((await get("manager", `/api/v1/calendar/add-working-days?from=2026-03-11&days=2&orgUnitId=${tianhe}`)).body.date).toBe("2026-03-13");
    const yx = await get("yxmanager", `/api/v1/calendar/add-working-days?from=2026-03-18&days=1&orgUnitId=${yuexiu}`);
    expect(yx.body.date).toBe("2026-03-19"); // a sibling's closure never applies
    const days = await get("manager", `/api/v1/calendar/days?year=2026&orgUnitId=${tianhe}`);
    expect(days.body.days.find((d: { date: string }) => d.date === "2026-03-12")).toMatchObject({ kind: "workday", working: true, service: "closure" });
    expect(days.body.days.find((d: { date: string }) => d.date === "2026-03-19")).toMatchObject({ kind: "closure", working: false, service: "closure" });
    expect(days.body.overrides).toHaveLength(2);
    const foreign = await get("yxmanager", `/api/v1/calendar/days?year=2026&orgUnitId=${tianhe}`);
    expect(foreign.status).toBe(404);
  });

  it("CAL-06 'open on this day' (formerly extraWorkday) is opening hours, never a working day", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const open = await env.call("manager", { method: "POST", url: "/api/v1/calendar/overrides", payload: { orgUnitId: tianhe, date: "2026-03-21", kind: "extraWorkday", reason: "周六集中办理" } });
    expect(open.status).toBe(201);
    expect(open.body.kind).toBe("open");
    expect((await get("manager", `/api/v1/calendar/add-working-days?from=2026-03-20&days=1&orgUnitId=${tianhe}`)).body.date).toBe("2026-03-23");
  });

  it("refuses duplicate overrides and bad dates", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const post = (payload: object) => env.call("manager", { method: "POST", url: "/api/v1/calendar/overrides", payload });
    expect((await post({ orgUnitId: tianhe, date: "2026-02-30", kind: "closure", reason: "x" })).status).toBe(400);
    expect((await post({ orgUnitId: tianhe, date: "2026-03-27", kind: "closure", reason: "x", frames: [["09:00", "12:00"]] })).body.error.code).toBe("closure_without_hours");
    expect((await post({ orgUnitId: tianhe, date: "2026-03-18", kind: "closure", reason: "x" })).status).toBe(201);
    const dup = await post({ orgUnitId: tianhe, date: "2026-03-18", kind: "closure", reason: "again" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("override_exists");
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2026-03-10&days=-1")).status).toBe(400);
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2026-3-10&days=1")).status).toBe(400);
  });
});
