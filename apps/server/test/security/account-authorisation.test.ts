/**
 * K-07, ORG-01 one rule for every action on an account: the actor outranks the account's highest post
 * and holds it in scope. Reproduces issue 9: a counter manager reset the password of an HQ
 * administrator placed in their counter, signed in as it and changed the permission table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const json = (url: string, payload: unknown, method: "POST" | "PATCH" = "POST") => ({ method, url, payload: payload as object });

describe(`K-07 account actions need a higher post and the account in scope (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let planted: string;
  beforeAll(async () => {
    env = await createTestEnv();
    tianhe = env.demo.counterIds[0]!;
    const res = await env.call("hqadmin", json("/api/v1/users", { username: "plantedhq", password: "Planted#2026x", displayName: "HQ admin at a counter", orgUnitId: tianhe, roles: ["hqAdmin"] }));
    expect(res.status).toBe(201);
    planted = res.body.id;
  });
  afterAll(async () => env?.close());

  const idOf = async (username: string): Promise<string> => {
    const res = await env.call("hqadmin", { method: "GET", url: "/api/v1/users" });
    return (res.body.items as Array<{ id: string; username: string }>).find((u) => u.username === username)!.id;
  };

  const everyAction = (id: string) => [
    json(`/api/v1/users/${id}/reset-password`, { newPassword: "Takeover#2026x" }),
    json(`/api/v1/users/${id}/unlock`, {}),
    json(`/api/v1/users/${id}/revoke-sessions`, {}),
    json(`/api/v1/users/${id}`, { displayName: "renamed" }, "PATCH"),
    json(`/api/v1/users/${id}`, { active: false }, "PATCH"),
    json(`/api/v1/users/${id}`, { roles: ["teller"] }, "PATCH"),
  ];

  it("K-07 a counter manager cannot reset the password of an HQ admin placed in their counter (403)", async () => {
    const res = await env.call("manager", json(`/api/v1/users/${planted}/reset-password`, { newPassword: "Takeover#2026x" }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("account_outranks_you");
    // the old password still works: nothing was changed
    const login = await env.call(null, json("/api/v1/auth/login", { username: "plantedhq", password: "Planted#2026x" }));
    expect(login.status).toBe(200);
  });

  it("K-07 every account action by a counter manager on an HQ admin is refused", async () => {
    for (const req of everyAction(planted)) {
      const res = await env.call("manager", req);
      expect(res.status, `${req.method} ${req.url}`).toBe(403);
      expect(res.body.error.code).toBe("account_outranks_you");
    }
  });

  it("K-07 a city admin cannot act on an HQ admin, nor on a peer branch admin", async () => {
    for (const req of everyAction(planted)) {
      const res = await env.call("gzadmin", req);
      expect(res.status, `${req.method} ${req.url}`).toBe(403);
    }
    const peer = await env.call("hqadmin", json("/api/v1/users", { username: "gzadmin2", password: "Peer#Admin2026", displayName: "peer", orgUnitId: env.demo.cityId, roles: ["branchAdmin"] }));
    expect(peer.status).toBe(201);
    const res = await env.call("gzadmin", json(`/api/v1/users/${peer.body.id}/reset-password`, { newPassword: "Takeover#2026x" }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("account_outranks_you");
  });

  it("K-07 a counter manager cannot manage another counter manager of the same counter", async () => {
    const peer = await env.call("hqadmin", json("/api/v1/users", { username: "thmanager2", password: "Peer#Manager2026", displayName: "peer", orgUnitId: tianhe, roles: ["counterManager"] }));
    expect(peer.status).toBe(201);
    const res = await env.call("manager", json(`/api/v1/users/${peer.body.id}/unlock`, {}));
    expect(res.status).toBe(403);
  });

  it("ORG-01 an account outside the actor's subtree does not exist for them (404)", async () => {
    const teller1 = await idOf("teller1");
    const res = await env.call("yxmanager", json(`/api/v1/users/${teller1}/reset-password`, { newPassword: "Takeover#2026x" }));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("user_not_found");
  });

  it("K-07 legitimate cases still work: manager → teller, city admin → counter manager, HQ admin → HQ admin", async () => {
    const teller2 = await idOf("teller2");
    expect((await env.call("manager", json(`/api/v1/users/${teller2}/reset-password`, { newPassword: "Counter#Reset2026" }))).status).toBe(200);
    expect((await env.call("manager", json(`/api/v1/users/${teller2}/unlock`, {}))).status).toBe(200);
    expect((await env.call("manager", json(`/api/v1/users/${teller2}`, { displayName: "柜员 张伟（二）" }, "PATCH"))).status).toBe(200);
    expect((await env.call("manager", json(`/api/v1/users/${teller2}/revoke-sessions`, {}))).status).toBe(200);
    const yxmanager = await idOf("yxmanager");
    expect((await env.call("gzadmin", json(`/api/v1/users/${yxmanager}/reset-password`, { newPassword: "Branch#Reset2026x" }))).status).toBe(200);
    expect((await env.call("hqadmin", json(`/api/v1/users/${planted}/reset-password`, { newPassword: "Planted#Reset2026" }))).status).toBe(200);
    const created = await env.call("manager", json("/api/v1/users", { username: "newteller", password: "Fresh#Counter2026", displayName: "新柜员", orgUnitId: tianhe, roles: ["teller"] }));
    expect(created.status).toBe(201);
  });

  it("K-07 a counter manager cannot create an account with a post as high as theirs", async () => {
    const res = await env.call("manager", json("/api/v1/users", { username: "newmanager", password: "Fresh#Manager2026", displayName: "x", orgUnitId: tianhe, roles: ["counterManager"] }));
    expect(res.status).toBe(403);
  });
});
