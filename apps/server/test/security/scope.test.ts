/**
 * Issue 9 item 7: Q-09 ratings only from the counter's rating pad or someone other than the teller
 * who served; ORG-01 inspection-template versions scoped to the author's subtree (nearest wins);
 * every date input bounded (400 outside 1990–2200); ORG-01 referenced user ids checked in scope.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, closeEnv, createDevice, issueOk, signIn, windowByNumber } from "../queue/queue-helpers.js";

describe(`issue 9 item 7: ratings, template scope, date bounds, referenced users (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let yuexiu: string;
  const userIds = new Map<string, string>();
  beforeAll(async () => {
    env = await createTestEnv();
    [tianhe, yuexiu] = env.demo.counterIds as [string, string];
    const list = await env.call("hqadmin", { method: "GET", url: "/api/v1/users" });
    for (const u of list.body.items as Array<{ id: string; username: string }>) userIds.set(u.username, u.id);
  });
  afterAll(async () => closeEnv(env));

  describe("Q-09 who may rate a service", () => {
    let ticketId: string;
    beforeAll(async () => {
      const w2 = (await windowByNumber(env, tianhe, 2)).id;
      await signIn(env, w2, "teller1");
      const t = await issueOk(env, tianhe, { businessType: "policy_service" });
      expect((await callNext(env, w2, "teller1")).status).toBe(200);
      expect((await act(env, t.id, "start", "teller1")).status).toBe(200);
      expect((await act(env, t.id, "finish", "teller1", { outcome: "done" })).status).toBe(200);
      ticketId = t.id;
    });
    const rate = (as: string | null, headers: Record<string, string> = {}) =>
      env.call(as, { method: "POST", url: `/api/v1/tickets/${ticketId}/rating`, payload: { score: 1 }, headers });

    it("Q-09 the teller who served cannot rate their own service", async () => {
      const res = await rate("teller1");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("rating_not_allowed");
    });

    it("Q-09 a rating pad of another counter cannot rate it; a kiosk never can", async () => {
      const foreignPad = await createDevice(env, yuexiu, "ratingPad", "yxmanager");
      expect((await rate(null, { authorization: `Bearer ${foreignPad}` })).status).toBe(404);
      const kiosk = await createDevice(env, tianhe, "kiosk");
      expect((await rate(null, { authorization: `Bearer ${kiosk}` })).status).toBe(403);
    });

    it("Q-09 the counter's rating pad rates it", async () => {
      const pad = await createDevice(env, tianhe, "ratingPad");
      expect((await env.call(null, { method: "POST", url: `/api/v1/tickets/${ticketId}/rating`, payload: { score: 5 }, headers: { authorization: `Bearer ${pad}` } })).status).toBe(201);
    });

    it("Q-09 another member of staff may key in a rating given on paper", async () => {
      const w3 = (await windowByNumber(env, tianhe, 3)).id;
      await signIn(env, w3, "teller2");
      const t = await issueOk(env, tianhe, { businessType: "claim" });
      const c = await callNext(env, w3, "teller2");
      expect(c.status).toBe(200);
      await act(env, c.body.ticket.id, "start", "teller2");
      expect((await act(env, c.body.ticket.id, "finish", "teller2", { outcome: "done" })).status).toBe(200);
      expect(t.id).toBeDefined();
      expect((await env.call("teller2", { method: "POST", url: `/api/v1/tickets/${c.body.ticket.id}/rating`, payload: { score: 2 } })).status).toBe(403);
      expect((await env.call("guide", { method: "POST", url: `/api/v1/tickets/${c.body.ticket.id}/rating`, payload: { score: 4 } })).status).toBe(201);
    });
  });

  describe("ORG-01 inspection-template versions apply in the author's subtree", () => {
    let shCounter: string;
    let hqTemplate: { id: string; code: string; name: string; kind: string; sections: unknown[] };
    let cityVersion: { id: string; version: number };
    beforeAll(async () => {
      const sh = await env.call("hqadmin", { method: "POST", url: "/api/v1/org-units", payload: { parentId: env.rootId, kind: "province", name: "上海分公司", code: "SH" } });
      expect(sh.status, JSON.stringify(sh.body)).toBe(201);
      const city = await env.call("hqadmin", { method: "POST", url: "/api/v1/org-units", payload: { parentId: sh.body.id, kind: "city", name: "上海市分公司", code: "SH-SH" } });
      expect(city.status, JSON.stringify(city.body)).toBe(201);
      const counter = await env.call("hqadmin", { method: "POST", url: "/api/v1/org-units", payload: { parentId: city.body.id, kind: "counter", name: "浦东客户服务中心", code: "SH-PD" } });
      expect(counter.status, JSON.stringify(counter.body)).toBe(201);
      shCounter = counter.body.id;
      const mgr = await env.call("hqadmin", { method: "POST", url: "/api/v1/users", payload: { username: "shmanager", password: "Pudong#Mgr2026", displayName: "浦东主管", orgUnitId: shCounter, roles: ["counterManager"] } });
      expect(mgr.status).toBe(201);
      // first sign-in: the account must change its temporary password
      const login = await env.call(null, { method: "POST", url: "/api/v1/auth/login", payload: { username: "shmanager", password: "Pudong#Mgr2026" } });
      const changed = await env.call(null, { method: "POST", url: "/api/v1/auth/change-password", payload: { currentPassword: "Pudong#Mgr2026", newPassword: "Pudong#Mgr2026b" }, headers: { authorization: `Bearer ${login.body.token}` } });
      expect(changed.status).toBe(200);
      const list = await env.call("hqadmin", { method: "GET", url: "/api/v1/daily-ops/inspection-templates" });
      hqTemplate = list.body.items[0];
      const sections = (hqTemplate.sections as Array<Record<string, unknown>>).map((s) => ({ ...s }));
      const created = await env.call("gzadmin", { method: "POST", url: "/api/v1/daily-ops/inspection-templates", payload: { code: hqTemplate.code, name: `${hqTemplate.name}（广州版）`, kind: hqTemplate.kind, sections } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      cityVersion = created.body;
    });

    const currentFor = async (token: string) => {
      const res = await env.call(null, { method: "GET", url: "/api/v1/daily-ops/inspection-templates", headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      return (res.body.items as Array<{ id: string; code: string }>).find((t) => t.code === hqTemplate.code)?.id;
    };
    const shToken = async () => (await env.call(null, { method: "POST", url: "/api/v1/auth/login", payload: { username: "shmanager", password: "Pudong#Mgr2026b" } })).body.token as string;

    it("ORG-01 a city admin's version is in force in the city only; the nationwide version stays elsewhere", async () => {
      expect(await currentFor(await env.token("manager"))).toBe(cityVersion.id); // 天河, in 广州
      expect(await currentFor(await env.token("gzadmin"))).toBe(cityVersion.id);
      expect(await currentFor(await env.token("hqadmin"))).toBe(hqTemplate.id);
      expect(await currentFor(await env.token("gdadmin"))).toBe(hqTemplate.id);
      expect(await currentFor(await shToken())).toBe(hqTemplate.id);
    });

    it("ORG-01 the city's version does not exist outside its subtree (404), and cannot be used there", async () => {
      const token = await shToken();
      const get = await env.call(null, { method: "GET", url: `/api/v1/daily-ops/inspection-templates/${cityVersion.id}`, headers: { authorization: `Bearer ${token}` } });
      expect(get.status).toBe(404);
      const start = await env.call(null, { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: shCounter, templateId: cityVersion.id }, headers: { authorization: `Bearer ${token}` } });
      expect(start.status).toBe(404);
      expect(start.body.error.code).toBe("inspection_template_not_found");
      // HQ sees every version below it
      expect((await env.call("hqadmin", { method: "GET", url: `/api/v1/daily-ops/inspection-templates/${cityVersion.id}` })).status).toBe(200);
    });

    it("ORG-01 a newer HQ version does not override the nearer city version in the city", async () => {
      const sections = (hqTemplate.sections as Array<Record<string, unknown>>).map((s) => ({ ...s }));
      const hq2 = await env.call("hqadmin", { method: "POST", url: "/api/v1/daily-ops/inspection-templates", payload: { code: hqTemplate.code, name: hqTemplate.name, kind: hqTemplate.kind, sections } });
      expect(hq2.status).toBe(201);
      expect(await currentFor(await env.token("manager"))).toBe(cityVersion.id);
      expect(await currentFor(await shToken())).toBe(hq2.body.id);
    });
  });

  describe("every date input is bounded: 400 for years outside 1990–2200", () => {
    it.each([
      ["/api/v1/daily-ops/closes?from=9999-12-31", "manager"],
      ["/api/v1/daily-ops/closes?to=1900-01-01", "manager"],
      ["/api/v1/audit?from=9999-12-31T00:00:00Z", "hqadmin"],
      ["/api/v1/control/losses?month=9999-12", "manager"],
    ])("GET %s → 400", async (url, as) => {
      const res = await env.call(as, { method: "GET", url });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    });

    it("queue stats with a year-9999 range is 400, a normal range is 200", async () => {
      expect((await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-01&to=9999-12-31` })).status).toBe(400);
      expect((await env.call("manager", { method: "GET", url: `/api/v1/counters/${tianhe}/stats?from=2026-03-01&to=2026-03-10` })).status).toBe(200);
    });

    it("dates inside the bounds still work", async () => {
      expect((await env.call("manager", { method: "GET", url: "/api/v1/daily-ops/closes?from=2026-01-01&to=2026-12-31" })).status).toBe(200);
      expect((await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?from=2026-01-01T00:00:00Z" })).status).toBe(200);
    });
  });

  describe("ORG-01 referenced user ids are checked in scope", () => {
    it("ORG-01 a rectification owner from a sibling counter is refused (404); one in scope is accepted", async () => {
      const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: tianhe, channel: "counter", summary: "等待时间过长", customer: { name: "张三" } } });
      expect(c.status, JSON.stringify(c.body)).toBe(201);
      const foreign = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "add-rectification", action: "复盘", ownerName: "越秀柜员", ownerId: userIds.get("yxteller"), dueDate: "2026-03-31" } });
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.code).toBe("user_not_found");
      const bogus = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "add-rectification", action: "复盘", ownerName: "x", ownerId: "01JUNKJUNKJUNKJUNKJUNKJUNK", dueDate: "2026-03-31" } });
      expect(bogus.status).toBe(404);
      const ok = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "add-rectification", action: "复盘", ownerName: "柜员 王芳", ownerId: userIds.get("teller1"), dueDate: "2026-03-31" } });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    });
  });
});
