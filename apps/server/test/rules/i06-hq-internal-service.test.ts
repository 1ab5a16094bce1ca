/**
 * I-06 HQ internal service (issue 17 item 9; seed 004 总部内部服务规范 第六条–第十一条): one coordination
 * point receives a branch's request, splits it into departmental tasks with the time-limit table's
 * limits and named owners, tracks them to the answer; enquiries within 1 working day; delegation for
 * an absence of more than half a working day with primary/secondary responsibility for a missed
 * deadline; periodic quality checks with published results.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../src/modules/control/users.js";
import { DEMO_PASSWORD, ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const BASE = "/api/v1/information/hq-service";

describe(`I-06 HQ internal service (${ENGINE})`, () => {
  let env: TestEnv;
  const ids: Record<string, string> = {};
  let requestId = "";

  beforeAll(async () => {
    env = await createTestEnv();
    for (const [username, displayName] of [["hqit", "信息技术部 刘强"], ["hqhr", "人力资源部 钱芳"], ["hqops", "运营管理部 孙涛"]] as const) {
      const u = await createUser(env.ctx, null, { username, password: DEMO_PASSWORD, displayName, orgUnitId: env.rootId, roles: ["hqAdmin"] }, { mustChangePassword: false });
      ids[username] = u.id;
    }
    ids.teller1 = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${env.demo.counterIds[0]}` })).body.items.find((u: { username: string }) => u.username === "teller1").id;
  });
  afterAll(async () => env?.close());

  it("I-06 the time-limit table is data; an enquiry is due within 1 working day, a request by the coordination point's limit", async () => {
    const t = await env.call("manager", { method: "GET", url: `${BASE}/departments` });
    expect(t.status).toBe(200);
    expect(t.body.items.find((d: { coordination: boolean }) => d.coordination)).toMatchObject({ name: "市场部", taskDays: 2 });
    const enquiry = await env.call("gzadmin", { method: "POST", url: `${BASE}/requests`, payload: { kind: "enquiry", subject: "退保手续费标准", content: "新产品退保手续费如何计算？" } });
    expect(enquiry.status, JSON.stringify(enquiry.body)).toBe(201);
    expect(enquiry.body).toMatchObject({ fromUnitName: "广州市分公司", receivedOn: "2026-03-10", dueDate: "2026-03-11", state: "received" });
    const r = await env.call("manager", { method: "POST", url: `${BASE}/requests`, payload: { kind: "request", subject: "保全系统批改权限开通", content: "天河中心需开通批改权限，并增配一名保全岗" } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ fromUnitName: "天河客户服务中心", createdByName: "柜面主管 陈敏", dueDate: "2026-03-12", tasks: [] });
    requestId = r.body.id;
    expect((await env.call("teller1", { method: "POST", url: `${BASE}/requests`, payload: { kind: "enquiry", subject: "x", content: "x" } })).status).toBe(403);
  });

  it("I-06 the coordination point splits the request into departmental tasks with time limits and named owners", async () => {
    expect((await env.call("manager", { method: "POST", url: `${BASE}/requests/${requestId}/split`, payload: { tasks: [{ departmentCode: "it", ownerId: ids.hqit }] } })).status).toBe(403);
    expect((await env.call("hqadmin", { method: "POST", url: `${BASE}/requests/${requestId}/split`, payload: { tasks: [{ departmentCode: "it", ownerId: ids.teller1 }] } })).body.error.code).toBe("hq_owner_not_hq_staff");
    expect((await env.call("hqadmin", { method: "POST", url: `${BASE}/requests/${requestId}/split`, payload: { tasks: [{ departmentCode: "it", ownerId: ids.hqit }, { departmentCode: "it", ownerId: ids.hqhr }] } })).body.error.code).toBe("hq_split_duplicate_department");
    const s = await env.call("hqadmin", { method: "POST", url: `${BASE}/requests/${requestId}/split`, payload: { tasks: [{ departmentCode: "it", ownerId: ids.hqit }, { departmentCode: "hr", ownerId: ids.hqhr }] } });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body.state).toBe("split");
    expect(s.body.dueDate).toBe("2026-03-17");
    expect(s.body.tasks.map((t: { departmentName: string; ownerName: string; limitDays: number; dueDate: string; status: string }) => [t.departmentName, t.ownerName, t.limitDays, t.dueDate, t.status])).toEqual([
      ["信息技术部", "信息技术部 刘强", 3, "2026-03-13", "open"],
      ["人力资源部", "人力资源部 钱芳", 5, "2026-03-17", "open"],
    ]);
    // the branch sees its own request with the board; another counter does not
    expect((await env.call("manager", { method: "GET", url: `${BASE}/requests/${requestId}` })).body.tasks).toHaveLength(2);
    expect((await env.call("yxmanager", { method: "GET", url: `${BASE}/requests/${requestId}` })).status).toBe(404);
    expect((await env.call("yxmanager", { method: "GET", url: `${BASE}/requests` })).body.items).toEqual([]);
  });

  it("I-06 delegation for an absence of more than half a working day; a missed deadline is the owner's (primary) and the delegate's (secondary)", async () => {
    const board = await env.call("hqit", { method: "GET", url: `${BASE}/tasks?mine=1` });
    const itTask = board.body.items[0];
    expect(itTask).toMatchObject({ departmentName: "信息技术部", requestSubject: "保全系统批改权限开通", fromUnitName: "天河客户服务中心" });
    const short = await env.call("hqit", { method: "POST", url: `${BASE}/tasks/${itTask.id}/delegate`, payload: { delegateId: ids.hqops, absentFrom: "2026-03-11T01:00:00Z", absentTo: "2026-03-11T04:00:00Z" } });
    expect(short.body.error.code).toBe("hq_absence_too_short");
    const d = await env.call("hqit", { method: "POST", url: `${BASE}/tasks/${itTask.id}/delegate`, payload: { delegateId: ids.hqops, absentFrom: "2026-03-11T01:00:00Z", absentTo: "2026-03-13T09:00:00Z" } });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.tasks[0]).toMatchObject({ delegateName: "运营管理部 孙涛", responsibility: null });

    env.clock.set("2026-03-16T02:00:00Z");
    const early = await callFresh(env, "hqadmin", { method: "POST", url: `${BASE}/requests/${requestId}/answer`, payload: { answer: "x" } });
    expect(early.body.error.code).toBe("hq_tasks_open");
    const late = await callFresh(env, "hqops", { method: "POST", url: `${BASE}/tasks/${itTask.id}/reply`, payload: { reply: "批改权限已开通" } });
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body.tasks[0]).toMatchObject({ status: "answeredLate", responsibility: { primaryName: "信息技术部 刘强", secondaryName: "运营管理部 孙涛" } });
    const hrTask = late.body.tasks[1];
    const onTime = await callFresh(env, "hqhr", { method: "POST", url: `${BASE}/tasks/${hrTask.id}/reply`, payload: { reply: "保全岗已列入招聘计划" } });
    expect(onTime.body.tasks[1]).toMatchObject({ status: "answered", responsibility: null });
    const answered = await callFresh(env, "hqadmin", { method: "POST", url: `${BASE}/requests/${requestId}/answer`, payload: { answer: "权限已开通；保全岗已列入本季度招聘计划" } });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ state: "answered", overdue: false });
  });

  it("I-06 a periodic quality check counts each department against its limit and its results are published", async () => {
    const q = await callFresh(env, "hqadmin", { method: "POST", url: `${BASE}/quality-checks`, payload: { from: "2026-03-01", to: "2026-03-31", conclusion: "信息技术部 1 项逾期，予以通报" } });
    expect(q.status, JSON.stringify(q.body)).toBe(201);
    const fig = (name: string) => q.body.figures.find((f: { departmentName: string }) => f.departmentName === name);
    expect(fig("信息技术部")).toMatchObject({ tasks: 1, answeredOnTime: 0, answeredLate: 1, onTimeRate: 0 });
    expect(fig("人力资源部")).toMatchObject({ tasks: 1, answeredOnTime: 1, onTimeRate: 1 });
    expect((await callFresh(env, "manager", { method: "GET", url: `${BASE}/quality-checks` })).body.items).toEqual([]);
    const pub = await callFresh(env, "hqadmin", { method: "POST", url: `${BASE}/quality-checks/${q.body.id}/publish` });
    expect(pub.body.state).toBe("published");
    const seen = await callFresh(env, "manager", { method: "GET", url: `${BASE}/quality-checks` });
    expect(seen.body.items.map((i: { conclusion: string }) => i.conclusion)).toEqual(["信息技术部 1 项逾期，予以通报"]);
  });
});
