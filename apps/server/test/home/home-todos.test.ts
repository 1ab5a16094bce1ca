import { HomeTodos, StaffDirectory } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`staff directory and home to-dos (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let yx: string;

  beforeAll(async () => {
    env = await createTestEnv();
    [th, yx] = env.demo.counterIds as [string, string];
  });
  afterAll(async () => env?.close());

  it("ORG-01 a teller reads the names and roles of the people of their counter, never /users", async () => {
    const res = await env.call("teller1", { method: "GET", url: `/api/v1/org/staff-directory?orgUnitId=${th}` });
    expect(res.status).toBe(200);
    const dir = StaffDirectory.parse(res.body);
    const byName = new Map(dir.items.map((i) => [i.displayName, i]));
    expect(byName.get("柜员 王芳")?.roles).toEqual(["teller"]);
    expect(byName.get("值班经理 李强")?.roles).toEqual(["dutyManager"]);
    expect(dir.items.every((i) => i.orgUnitId === th && i.orgUnitName === "天河客户服务中心" && i.active)).toBe(true);
    // The administrators' list stays closed to the teller.
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).status).toBe(403);
  });

  it("ORG-01 without orgUnitId the caller's own unit; a unit outside the subtree is 404", async () => {
    const own = await env.call("guide", { method: "GET", url: "/api/v1/org/staff-directory" });
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(3);
    const foreign = await env.call("yxteller", { method: "GET", url: `/api/v1/org/staff-directory?orgUnitId=${th}` });
    expect(foreign.status).toBe(404);
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/org/staff-directory?orgUnitId=bad!id" })).status).toBe(400);
  });

  it("ORG-01 a city administrator sees both counters; subtree=false keeps to the unit itself", async () => {
    const all = await env.call("gzadmin", { method: "GET", url: "/api/v1/org/staff-directory" });
    const units = new Set((all.body.items as Array<{ orgUnitId: string }>).map((i) => i.orgUnitId));
    expect(units.has(th) && units.has(yx)).toBe(true);
    const only = await env.call("gzadmin", { method: "GET", url: "/api/v1/org/staff-directory?subtree=false" });
    expect((only.body.items as Array<{ displayName: string }>).map((i) => i.displayName)).toEqual(["市分公司管理员"]);
  });

  it("the home page lists an overdue case with a link to the record, for its handler's manager", async () => {
    const created = await env.call("teller1", {
      method: "POST",
      url: "/api/v1/cases",
      payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "首页待办测试投诉", customer: { name: "张三丰", phone: "13812345678" }, receivedAt: "2026-02-20T02:00:00Z" },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const res = await env.call("manager", { method: "GET", url: "/api/v1/home/todos" });
    expect(res.status).toBe(200);
    const todos = HomeTodos.parse(res.body);
    expect(todos.date).toBe("2026-03-10");
    const overdue = todos.sections.find((s) => s.key === "casesOverdue")!;
    const item = overdue.items.find((i) => i.id === created.body.id);
    expect(item).toMatchObject({ href: `/cases/${created.body.id}`, severity: "danger" });
    expect(item!.title).toContain("首页待办测试投诉");
  });

  it("sections follow the role's permissions (K-07): the manager sees today's close, the teller does not", async () => {
    const mgr = HomeTodos.parse((await env.call("manager", { method: "GET", url: "/api/v1/home/todos" })).body);
    const close = mgr.sections.find((s) => s.key === "dailyClose")!;
    expect(close.items.map((i) => [i.title, i.href, i.severity])).toEqual([["天河客户服务中心", `/daily-ops/close?counterId=${th}`, "warning"]]);
    expect(close.count).toBe(1);
    const teller = HomeTodos.parse((await env.call("teller1", { method: "GET", url: "/api/v1/home/todos" })).body);
    const keys = teller.sections.map((s) => s.key);
    expect(keys).not.toContain("dailyClose");
    expect(keys).not.toContain("extensionRequests");
    expect(keys).toContain("casesOverdue");
  });

  it("K-07 the guide reads the corrective-action board they own actions on (migration 012 grants control.read)", async () => {
    const res = await env.call("guide", { method: "GET", url: `/api/v1/control/corrective-actions?counterId=${th}` });
    expect(res.status).toBe(200);
    const todos = HomeTodos.parse((await env.call("guide", { method: "GET", url: "/api/v1/home/todos" })).body);
    expect(todos.sections.map((s) => s.key)).toContain("correctiveActions");
  });

  it("ORG-01 an anonymous caller cannot read the directory or the to-dos", async () => {
    expect((await env.call(null, { method: "GET", url: "/api/v1/home/todos" })).status).toBe(401);
    expect((await env.call(null, { method: "GET", url: "/api/v1/org/staff-directory" })).status).toBe(401);
  });
});
