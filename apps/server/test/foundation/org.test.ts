import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`organisation tree ORG-01 (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  const post = (as: string, payload: object) => env.call(as, { method: "POST", url: "/api/v1/org-units", payload });

  it("creates a counter under a city with default hours and time zone (CAL-02)", async () => {
    const res = await post("gzadmin", { parentId: env.demo.cityId, kind: "counter", name: "海珠客户服务中心", code: "GD-GZ-HZ" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), kind: "counter", timeZone: "Asia/Shanghai", parentId: env.demo.cityId });
    const get = await env.call("gzadmin", { method: "GET", url: `/api/v1/org-units/${res.body.id}` });
    expect(get.status).toBe(200);
    expect(get.body.businessHours.mon).toEqual([["08:30", "17:30"]]);
    const children = await env.call("gzadmin", { method: "GET", url: `/api/v1/org-units?parentId=${env.demo.cityId}` });
    expect(children.body.items.map((u: { code: string }) => u.code)).toContain("GD-GZ-HZ");
  });

  it("stores several frames per weekday and weekend frames only when given", async () => {
    const hours = { mon: [["08:30", "12:00"], ["14:00", "17:30"]], sat: [["09:00", "12:00"]] };
    const res = await post("gzadmin", { parentId: env.demo.cityId, kind: "counter", name: "番禺", code: "GD-GZ-PY", businessHours: hours });
    expect(res.status).toBe(201);
    expect(res.body.businessHours).toMatchObject({ mon: hours.mon, tue: [], sat: hours.sat, sun: [] });
    const bad = await post("gzadmin", { parentId: env.demo.cityId, kind: "counter", name: "x", code: "GD-GZ-BAD", businessHours: { mon: [["12:00", "09:00"]] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_business_hours");
  });

  it("refuses a wrong level, a duplicate code and a bad time zone", async () => {
    const wrong = await post("hqadmin", { parentId: env.rootId, kind: "counter", name: "x", code: "X1" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("invalid_org_parent");
    const dup = await post("hqadmin", { parentId: env.demo.cityId, kind: "counter", name: "x", code: "GD-GZ-TH" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("org_code_taken");
    const tz = await post("hqadmin", { parentId: env.demo.cityId, kind: "counter", name: "x", code: "X2", timeZone: "Mars/Base" });
    expect(tz.status).toBe(400);
    expect(tz.body.error.code).toBe("invalid_time_zone");
  });

  it("a user never sees a sibling unit: foreign ids are 404, not 403", async () => {
    const [tianhe, yuexiu] = env.demo.counterIds as [string, string];
    const own = await env.call("manager", { method: "GET", url: `/api/v1/org-units/${tianhe}` });
    expect(own.status).toBe(200);
    const sibling = await env.call("manager", { method: "GET", url: `/api/v1/org-units/${yuexiu}` });
    expect(sibling.status).toBe(404);
    expect(sibling.body.error.code).toBe("org_unit_not_found");
    const parent = await env.call("manager", { method: "GET", url: `/api/v1/org-units/${env.demo.cityId}` });
    expect(parent.status).toBe(404);
    const listForeign = await env.call("manager", { method: "GET", url: `/api/v1/org-units?parentId=${env.demo.cityId}` });
    expect(listForeign.status).toBe(404);
    const users = await env.call("manager", { method: "GET", url: "/api/v1/users" });
    expect(users.body.items.map((u: { username: string }) => u.username)).not.toContain("yxteller");
    const subtree = await env.call("gzadmin", { method: "GET", url: "/api/v1/org-units?subtree=true" });
    expect(subtree.body.items.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(["GD-GZ", "GD-GZ-TH", "GD-GZ-YX"]));
    expect(subtree.body.items.map((u: { code: string }) => u.code)).not.toContain("HQ");
  });

  it("tellers cannot create units (permission table)", async () => {
    const res = await post("teller1", { parentId: env.demo.cityId, kind: "counter", name: "x", code: "X3" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("permission_denied");
  });

  it("updates business hours and the lunch-duty flag with an audit entry (CAL-03)", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const res = await env.call("gzadmin", { method: "PATCH", url: `/api/v1/org-units/${tianhe}`, payload: { lunchDuty: true, businessHours: { mon: [["09:00", "17:00"]] } } });
    expect(res.status).toBe(200);
    expect(res.body.lunchDuty).toBe(true);
    expect(res.body.businessHours.mon).toEqual([["09:00", "17:00"]]);
    const audit = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityId=${tianhe}&action=org.updated` });
    expect(audit.body.items[0].details.after.lunchDuty).toBe(true);
  });
});
