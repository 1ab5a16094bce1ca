/** Issue 14 item 5: AB posts (P-09) — B steps in, and leave never takes both holders away. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: AB posts (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("P-09 sets A and B of a window; the same person twice or a second setting of the post is refused", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/people/ab-posts", payload: { orgUnitId: th, post: "3号窗口", aUserId: ids.teller3, bUserId: ids.guide } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ post: "3号窗口", aName: "柜员 刘洋", bName: "咨询引导 赵丽" });
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/ab-posts", payload: { orgUnitId: th, post: "4号窗口", aUserId: ids.teller3, bUserId: ids.teller3 } })).body.error.code).toBe("ab_same_person");
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/ab-posts", payload: { orgUnitId: th, post: "3号窗口", aUserId: ids.guide, bUserId: ids.teller3 } })).status).toBe(409);
    const list = await env.call("duty", { method: "GET", url: `/api/v1/people/ab-posts?orgUnitId=${th}` });
    expect(list.body.items).toHaveLength(1);
  });

  it("P-09 while A is on leave, B's leave for the same days would leave the post unstaffed and is refused", async () => {
    const a = await env.call("teller3", { method: "POST", url: "/api/v1/people/requests", payload: { kind: "leave", leaveKind: "personal", from: "2026-03-23", to: "2026-03-24", delegateUserId: ids.guide } });
    expect(a.status).toBe(201);
    const b = await env.call("guide", { method: "POST", url: "/api/v1/people/requests", payload: { kind: "leave", leaveKind: "personal", from: "2026-03-24", to: "2026-03-24", delegateUserId: ids.teller1 } });
    expect(b.status).toBe(422);
    expect(b.body.error.code).toBe("ab_post_uncovered");
    expect(b.body.error.details.posts).toEqual(["3号窗口"]);
    const other = await env.call("guide", { method: "POST", url: "/api/v1/people/requests", payload: { kind: "leave", leaveKind: "personal", from: "2026-03-25", to: "2026-03-25", delegateUserId: ids.teller1 } });
    expect(other.status).toBe(201);
  });
});

describe(`people: Erlang C calculator (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
  });
  afterAll(async () => env?.close());

  it("100 calls in 30 minutes, 180 s handling, 80 % in 20 s, 30 % shrinkage → 14 on post, 20 to schedule", async () => {
    const r = await env.call("admin", { method: "POST", url: "/api/v1/people/staffing/erlang", payload: { arrivals: 100, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 20, percent: 80 }, shrinkage: 0.3 } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ agentsOnPost: 14, agents: 20 });
    expect(r.body.serviceLevel).toBeCloseTo(0.888, 3);
    const bad = await env.call("admin", { method: "POST", url: "/api/v1/people/staffing/erlang", payload: { arrivals: 10, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 20, percent: 120 } } });
    expect(bad.status).toBe(400);
    expect((await env.call(null, { method: "POST", url: "/api/v1/people/staffing/erlang", payload: { arrivals: 1, intervalMinutes: 30, ahtSeconds: 1, target: { kind: "averageWait", seconds: 1 } } })).status).toBe(401);
  });
});
