import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`foundation smoke (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  it("reports health with the engine", async () => {
    const res = await env.call(null, { method: "GET", url: "/api/v1/health" });
    expect(res.status).toBe(200);
    // Test clock 2026-03-10: 2026 is official and next year is only warned about from 10-01 (CAL-06).
    expect(res.body).toEqual({ status: "ok", db: ENGINE, calendar: { officialThrough: 2026, provisionalYears: [], warning: false } });
  });

  it("counts working days across National Day 2026 (CAL-01)", async () => {
    const res = await env.call("hqadmin", { method: "GET", url: "/api/v1/calendar/add-working-days?from=2026-09-30&days=3" });
    expect(res.status).toBe(200);
    // 10-01..10-07 holiday, 10-08 Thu, 10-09 Fri, 10-10 Sat make-up workday
    expect(res.body).toEqual({ date: "2026-10-10", provisional: false });
  });
});
