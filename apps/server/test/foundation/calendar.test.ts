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
    expect(res.body).toEqual({ date });
  });

  it("a year without published data is 422 calendar_year_unavailable until an admin loads it", async () => {
    const res = await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-01&days=1");
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "calendar_year_unavailable", details: { year: 2027 } });
    const denied = await env.call("manager", { method: "PUT", url: "/api/v1/calendar/years", payload: { year: 2027, holidays: { "2027-01-01": "元旦" }, makeUpWorkdays: {} } });
    expect(denied.status).toBe(403);
    const load = await env.call("hqadmin", { method: "PUT", url: "/api/v1/calendar/years", payload: { year: 2027, holidays: { "2027-01-01": "元旦", "2027-03-02": "测试假日" }, makeUpWorkdays: { "2027-03-06": "测试调休" } } });
    expect(load.status).toBe(200);
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-01&days=1")).body).toEqual({ date: "2027-03-03" });
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2027-03-05&days=1")).body).toEqual({ date: "2027-03-06" });
    const years = await get("teller1", "/api/v1/calendar/years");
    expect(years.body.items).toEqual(expect.arrayContaining([{ year: 2026, source: "package" }, { year: 2027, source: "manual" }]));
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

  it("an override applies to the unit and its subtree, never to a sibling", async () => {
    const [tianhe, yuexiu] = env.demo.counterIds as [string, string];
    const closure = await env.call("gzadmin", { method: "POST", url: "/api/v1/calendar/overrides", payload: { orgUnitId: env.demo.cityId, date: "2026-03-12", kind: "closure", reason: "台风停业" } });
    expect(closure.status).toBe(201);
    const extra = await env.call("manager", { method: "POST", url: "/api/v1/calendar/overrides", payload: { orgUnitId: tianhe, date: "2026-03-14", kind: "extraWorkday", reason: "周六集中办理" } });
    expect(extra.status).toBe(201);
    const th = await get("manager", `/api/v1/calendar/add-working-days?from=2026-03-11&days=2&orgUnitId=${tianhe}`);
    expect(th.body.date).toBe("2026-03-14"); // 12th closed (city), 13th, 14th extra
    const yx = await get("yxmanager", `/api/v1/calendar/add-working-days?from=2026-03-11&days=2&orgUnitId=${yuexiu}`);
    expect(yx.body.date).toBe("2026-03-16"); // 12th closed (city), 13th, then Monday
    const days = await get("manager", `/api/v1/calendar/days?year=2026&orgUnitId=${tianhe}`);
    expect(days.body.days.find((d: { date: string }) => d.date === "2026-03-12")).toMatchObject({ kind: "closure", working: false, name: "台风停业" });
    expect(days.body.overrides).toHaveLength(2);
    const foreign = await get("yxmanager", `/api/v1/calendar/days?year=2026&orgUnitId=${tianhe}`);
    expect(foreign.status).toBe(404);
  });

  it("refuses contradictory or duplicate overrides and bad dates", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const post = (payload: object) => env.call("manager", { method: "POST", url: "/api/v1/calendar/overrides", payload });
    expect((await post({ orgUnitId: tianhe, date: "2026-10-01", kind: "closure", reason: "x" })).body.error.code).toBe("not_a_working_day");
    expect((await post({ orgUnitId: tianhe, date: "2026-03-10", kind: "extraWorkday", reason: "x" })).body.error.code).toBe("already_working_day");
    expect((await post({ orgUnitId: tianhe, date: "2026-02-30", kind: "closure", reason: "x" })).status).toBe(400);
    expect((await post({ orgUnitId: tianhe, date: "2026-03-18", kind: "closure", reason: "x" })).status).toBe(201);
    const dup = await post({ orgUnitId: tianhe, date: "2026-03-18", kind: "closure", reason: "again" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("override_exists");
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2026-03-10&days=-1")).status).toBe(400);
    expect((await get("teller1", "/api/v1/calendar/add-working-days?from=2026-3-10&days=1")).status).toBe(400);
  });
});
