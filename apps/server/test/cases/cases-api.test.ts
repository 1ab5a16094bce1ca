/**
 * Cases API (issue 4) on both engines: intake, deadlines, state machine, escalation (C-06),
 * explanation and extension (C-07), reconsideration (C-09), callbacks (C-10), confidentiality (C-11),
 * rulings and appeals (C-12), rectification (C-14), sweeper and daily-close special matters (C-03).
 */
import { auditRepository, caseRepository } from "@ccms/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BusEvent } from "../../src/realtime/bus.js";
import { sweepCases } from "../../src/modules/cases/sweep-cases.js";
import { createSpecialMattersForDay } from "../../src/modules/cases/create-special-matters.js";
import { type TestEnv, createTestEnv } from "../helpers.js";

/** C-12 the unit's responsibility committee (003 第二篇 Art.18): at least 3 members, a majority in favour. */
const COMMITTEE = { members: ["陈敏", "李强", "王芳"], inFavour: 3 };

let env: TestEnv;
let TH: string;
let YX: string;
const DEFAULT_NOW = "2026-03-10T02:00:00Z"; // Tue 10:00 Asia/Shanghai
const endOf = (date: string) => new Date(`${date}T15:59:59.999Z`).toISOString(); // 23:59:59.999 in UTC+8 is 15:59:59.999Z

beforeAll(async () => {
  env = await createTestEnv();
  TH = env.demo.counterIds[0]!;
  YX = env.demo.counterIds[1]!;
});
afterAll(async () => {
  await env.close();
});
beforeEach(() => {
  env.clock.set(DEFAULT_NOW);
});

/** Sessions follow the test clock: sign in again whenever the clock moved (tokens cached per instant). */
const tokens = new Map<string, string>();
async function tokenAt(username: string): Promise<string> {
  const key = `${username}@${env.clock.now().toISOString()}`;
  let t = tokens.get(key);
  if (!t) {
    const password = username === "admin" ? "Hq#Secure2026x" : "Demo@2026pass";
    const res = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
    t = (res.json() as { token: string }).token;
    tokens.set(key, t);
  }
  return t;
}
async function call(as: string, o: { method: "GET" | "POST" | "PUT"; url: string; payload?: unknown; headers?: Record<string, string> }) {
  const res = await env.app.inject({ ...o, headers: { ...(o.headers ?? {}), authorization: `Bearer ${await tokenAt(as)}` } } as never);
  let body: any = res.body;
  try {
    body = res.json();
  } catch {
    // not JSON
  }
  return { status: res.statusCode, body, headers: res.headers, raw: res };
}

const complaint = (over: Record<string, unknown> = {}) => ({
  kind: "complaint",
  orgUnitId: TH,
  channel: "counter",
  summary: "办理保全等待时间过长",
  customer: { name: "张三丰", phone: "13812345678" },
  ...over,
});

async function create(as: string, body: Record<string, unknown> = complaint()) {
  const r = await call(as, { method: "POST", url: "/api/v1/cases", payload: body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}
async function act(as: string, id: string, payload: Record<string, unknown>) {
  return call(as, { method: "POST", url: `/api/v1/cases/${id}/actions`, payload });
}
async function ok(as: string, id: string, payload: Record<string, unknown>) {
  const r = await act(as, id, payload);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}
const due = (c: { deadlines: Array<{ metric: string; dueAt: string }> }, metric: string) => c.deadlines.find((d) => d.metric === metric)?.dueAt;
async function eventCount(id: string) {
  return (await caseRepository.listEvents(env.database.db, id)).length;
}

describe("intake: POST /api/v1/cases", () => {
  it("C-02 C-05 records a counter complaint with every deadline, the first responder and a masked customer (C-11)", async () => {
    const c = await create("teller1");
    expect(c.id).toBeTruthy();
    expect(c.state).toBe("received");
    expect(c.level).toBe("outlet");
    expect(c.firstResponder.name).toBe("柜员 王芳");
    expect(c.customer).toEqual({ name: "张**", phone: "138****5678", masked: true });
    expect(c.deadlines.map((d: { metric: string; clock: string }) => [d.metric, d.clock])).toEqual([
      ["acceptance", "workingDays"],
      ["firstContact", "workingDays"],
      ["reply", "workingDays"],
    ]);
    expect(due(c, "reply")).toBe(endOf("2026-03-19")); // insurer preset: 7 working days
    const audit = await auditRepository.list(env.database.db, { entityType: "case", entityId: c.id, limit: 10 });
    expect(audit.map((a) => a.action)).toContain("case.created");
    expect(JSON.stringify(audit)).not.toContain("13812345678");
  });

  it("C-01 an enquiry gets 2 working days; a letter received before Labour Day keeps its receipt date", async () => {
    env.clock.set("2026-05-06T02:00:00Z");
    const c = await create("teller1", { kind: "enquiry", orgUnitId: TH, channel: "letter", summary: "咨询退保流程", customer: { name: "李四" }, receivedAt: "2026-04-30T03:00:00Z" });
    expect(c.receivedAt).toBe("2026-04-30T03:00:00.000Z");
    expect(due(c, "reply")).toBe(endOf("2026-05-07")); // 05-06, 05-07 (05-01…05-05 holiday)
  });

  it.each([
    ["unknown kind", { kind: "praise" }],
    ["unknown channel", { channel: "wechat" }],
    ["unknown field", { priority: "high" }],
    ["missing customer", { customer: undefined }],
  ])("%s → 400 validation_failed", async (_n, over) => {
    const r = await call("teller1", { method: "POST", url: "/api/v1/cases", payload: complaint(over) });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("validation_failed");
  });

  it("receivedAt in the future → 400 received_at_in_future, nothing created", async () => {
    const before = await call("manager", { method: "GET", url: "/api/v1/cases" });
    const r = await call("teller1", { method: "POST", url: "/api/v1/cases", payload: complaint({ receivedAt: "2026-03-11T02:00:00Z" }) });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("received_at_in_future");
    const after = await call("manager", { method: "GET", url: "/api/v1/cases" });
    expect(after.body.total).toBe(before.body.total);
  });

  it("ORG-01 another unit's case or unit is 404", async () => {
    const c = await create("teller1");
    expect((await call("yxteller", { method: "GET", url: `/api/v1/cases/${c.id}` })).status).toBe(404);
    expect((await act("yxteller", c.id, { type: "accept" })).status).toBe(404);
    const r = await call("yxteller", { method: "POST", url: "/api/v1/cases", payload: complaint({ orgUnitId: TH }) });
    expect(r.status).toBe(404);
    const list = await call("yxteller", { method: "GET", url: "/api/v1/cases" });
    expect(list.body.items.some((x: { id: string }) => x.id === c.id)).toBe(false);
    expect((await call("agent", { method: "POST", url: "/api/v1/cases", payload: complaint() })).status).toBe(403);
  });

  it("a ticket that does not exist cannot open a case (404)", async () => {
    const r = await call("teller1", { method: "POST", url: "/api/v1/cases", payload: complaint({ ticketId: "01HZZZZZZZZZZZZZZZZZZZZZZZ" }) });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("ticket_not_found");
  });
});

describe("state machine through the API", () => {
  it("C-02 C-08 C-10 accept → investigate → pause/resume → reply → close → callback → closed, each step in the timeline and the audit", async () => {
    const c = await create("teller1");
    await ok("teller1", c.id, { type: "accept" });
    await ok("teller1", c.id, { type: "contact", method: "phone", note: "已电话告知处理进度" });
    await ok("teller1", c.id, { type: "investigate" });
    const requested = await ok("teller1", c.id, { type: "pause", reason: "等待客户补充材料" });
    expect(requested.state).toBe("waiting");
    // C-07 the handler cannot stop the clock alone: it runs until the counter manager approves.
    expect(requested.pause).toBe("requested");
    expect(requested.deadlines.find((d: { metric: string }) => d.metric === "reply").status).toBe("running");
    expect((await act("teller1", c.id, { type: "decide-pause", approved: true, note: "同意" })).status).toBe(403);
    const paused = await ok("manager", c.id, { type: "decide-pause", approved: true, note: "材料确需客户补充，同意暂停" });
    expect(paused.pause).toBe("approved");
    expect(paused.deadlines.find((d: { metric: string }) => d.metric === "reply").status).toBe("paused");
    const resumed = await ok("teller1", c.id, { type: "resume" });
    expect(resumed.state).toBe("investigating");
    const replied = await ok("teller1", c.id, { type: "reply", method: "phone", content: "已致电客户说明原因并致歉", reconsiderationInfo: true });
    expect(replied.state).toBe("replied");
    expect(replied.reconsiderationUntil).toBe("2026-03-25");
    const closed = await ok("teller1", c.id, { type: "close" });
    expect(closed.state).toBe("callback");
    expect(closed.callbacks).toHaveLength(1);
    expect(closed.callbacks[0]).toMatchObject({ level: "responsible", status: "pending", orgUnitId: TH });
    expect(closed.callbacks[0].dueAt).toBe(endOf("2026-03-13"));
    // teller has no case.callback
    expect((await act("teller1", c.id, { type: "callback", result: "satisfied", note: "满意" })).status).toBe(403);
    const done = await ok("manager", c.id, { type: "callback", result: "satisfied", note: "客户表示满意" });
    expect(done.state).toBe("closed");
    expect(done.events.map((e: { type: string }) => e.type)).toEqual([
      "case.received",
      "case.accepted",
      "case.contacted",
      "case.investigating",
      "case.paused",
      "case.pause_approved",
      "case.resumed",
      "case.replied",
      "case.closed",
      "case.callback_done",
    ]);
    const audit = await auditRepository.list(env.database.db, { entityType: "case", entityId: c.id, limit: 50 });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["case.accept", "case.pause", "case.decide-pause", "case.resume", "case.reply", "case.close", "case.callback"]),
    );
  });

  it("callerActions: what this caller may do now (permission and handling unit)", async () => {
    const c = await create("teller1");
    expect(c.callerActions).toEqual(expect.arrayContaining(["accept", "reply", "note"]));
    expect(c.callerActions).not.toContain("escalate");
    const m = await call("manager", { method: "GET", url: `/api/v1/cases/${c.id}` });
    expect(m.body.callerActions).toContain("escalate");
  });

  it("two simultaneous accepts: one wins, the other is a clean 409 (no 500, one event)", async () => {
    const c = await create("teller1");
    const [a, b] = await Promise.all([act("teller1", c.id, { type: "accept" }), act("teller2", c.id, { type: "accept" })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const events = await caseRepository.listEvents(env.database.db, c.id);
    expect(events.filter((e) => e.type === "case.accepted")).toHaveLength(1);
  });

  it("an action not allowed in the state → 409 action_not_allowed, nothing changed", async () => {
    const c = await create("teller1");
    const n = await eventCount(c.id);
    const r = await act("teller1", c.id, { type: "close" });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: "action_not_allowed", details: { action: "close", state: "received" } });
    expect(await eventCount(c.id)).toBe(n);
    expect((await act("teller1", c.id, { type: "fly" })).status).toBe(400);
    expect((await act("teller1", c.id, { type: "reply", method: "email", content: "x" })).status).toBe(400);
  });

  it("C-06 bank preset: escalation moves the case to the city and re-targets the reply limit by level", async () => {
    // The policy in force is the handling unit's (nearest ancestor's): set the bank preset for the province.
    const GD = env.demo.provinceId;
    const pol = await call("gdadmin", { method: "PUT", url: `/api/v1/cases/policies/${GD}`, payload: { preset: "bank", reason: "试行银行时限" } });
    expect(pol.status).toBe(200);
    expect(pol.body).toMatchObject({ preset: "bank", version: 1, orgUnitId: GD });
    try {
      const c = await create("teller1");
      expect(due(c, "reply")).toBe(endOf("2026-03-11")); // outlet: 1 working day
      expect((await act("teller1", c.id, { type: "escalate", reason: "超出权限" })).status).toBe(403); // teller lacks case.escalate
      const up = await ok("manager", c.id, { type: "escalate", reason: "涉及理赔争议，超出网点权限" });
      expect(up.orgUnitId).toBe(env.demo.cityId);
      expect(up.level).toBe("city");
      expect(due(up, "reply")).toBe(endOf("2026-03-12")); // city: 2 working days
      expect(up.firstResponder.name).toBe("柜员 王芳"); // C-05 kept
      // the counter still sees it (first responder reports back) but no longer handles it
      expect((await call("teller1", { method: "GET", url: `/api/v1/cases/${c.id}` })).status).toBe(200);
      const r = await act("teller1", c.id, { type: "reply", method: "phone", content: "x", reconsiderationInfo: true });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("not_handling_unit");
      await ok("teller1", c.id, { type: "note", text: "已向客户反馈已上报市分公司" });
      const cityList = await call("gzadmin", { method: "GET", url: "/api/v1/cases?level=city" });
      expect(cityList.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
      // one more level, then the top refuses
      const prov = await ok("gzadmin", c.id, { type: "escalate", reason: "上报省分" });
      expect(prov.level).toBe("province");
      expect(due(prov, "reply")).toBe(endOf("2026-03-13"));
    } finally {
      await call("gdadmin", { method: "PUT", url: `/api/v1/cases/policies/${env.demo.provinceId}`, payload: { preset: "insurer", reason: "恢复" } });
    }
  });

  it("changing the policy never loses paused time (recomputed from the history)", async () => {
    const c = await create("teller1");
    await ok("teller1", c.id, { type: "accept" });
    env.clock.set("2026-03-11T02:00:00Z");
    await ok("teller1", c.id, { type: "pause", reason: "等待第三方鉴定" });
    await ok("manager", c.id, { type: "decide-pause", approved: true, note: "同意" });
    env.clock.set("2026-03-16T02:00:00Z");
    const resumed = await ok("teller1", c.id, { type: "resume" });
    expect(resumed.deadlines.find((d: { metric: string }) => d.metric === "reply").pausedDays).toBe(3);
    expect(due(resumed, "reply")).toBe(endOf("2026-03-24"));
    const v = await call("gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${TH}`, payload: { preset: "bank", reason: "切换" } });
    expect(v.status).toBe(200);
    try {
      const after = await call("teller1", { method: "GET", url: `/api/v1/cases/${c.id}` });
      const reply = after.body.deadlines.find((d: { metric: string }) => d.metric === "reply");
      expect(reply.pausedDays).toBe(3);
      expect(reply.dueAt).toBe(endOf("2026-03-16")); // 1 + 3 working days
      expect(after.body.policy.preset).toBe("bank");
      const versions = await call("manager", { method: "GET", url: `/api/v1/cases/policies/${TH}` });
      expect(versions.body.effective.preset).toBe("bank");
      expect(versions.body.versions).toHaveLength(1);
    } finally {
      await call("gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${TH}`, payload: { preset: "insurer", reason: "恢复" } });
    }
    const versions = await call("manager", { method: "GET", url: `/api/v1/cases/policies/${TH}` });
    expect(versions.body.versions.map((v: { version: number; preset: string }) => [v.version, v.preset])).toEqual([[2, "insurer"], [1, "bank"]]);
    expect((await call("manager", { method: "PUT", url: `/api/v1/cases/policies/${TH}`, payload: { preset: "bank", reason: "x" } })).status).toBe(403);
    expect((await call("gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${TH}`, payload: { preset: "custom", reason: "x" } })).body.error.code).toBe("metrics_required");
  });

  it("the nearest ancestor's policy applies: a city policy reaches its counters", async () => {
    const city = env.demo.cityId;
    await call("gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${city}`, payload: { preset: "regulatory", reason: "监管口径" } });
    const eff = await call("manager", { method: "GET", url: `/api/v1/cases/policies/${YX}` });
    expect(eff.status).toBe(404); // 越秀 is outside the 天河 manager's scope
    const y = await call("yxmanager", { method: "GET", url: `/api/v1/cases/policies/${YX}` });
    expect(y.body.effective).toMatchObject({ preset: "regulatory", inheritedFrom: city });
    const c = await create("yxteller", complaint({ orgUnitId: YX }));
    expect(c.deadlines.find((d: { metric: string }) => d.metric === "reply")).toMatchObject({ clock: "calendarDays", dueAt: endOf("2026-03-25") });
    // regulatory extension: first step +15 days without approval, second (+30) needs the upper level
    const e1 = await ok("yxteller", c.id, { type: "request-extension", reason: "需调取录音" });
    expect(due(e1, "reply")).toBe(endOf("2026-04-09"));
    const e2 = await ok("yxteller", c.id, { type: "request-extension", reason: "需总公司核实" });
    expect(e2.pendingExtension).toMatchObject({ metric: "reply", days: 30 });
    expect(due(e2, "reply")).toBe(endOf("2026-04-09"));
    expect((await act("yxteller", c.id, { type: "request-extension", reason: "again" })).body.error.code).toBe("extension_pending");
    const self = await act("yxmanager", c.id, { type: "approve-extension", approved: true });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe("upper_level_required");
    const e3 = await ok("gzadmin", c.id, { type: "approve-extension", approved: true, note: "同意延期" });
    expect(due(e3, "reply")).toBe(endOf("2026-05-09"));
    expect(e3.pendingExtension).toBeNull();
    await call("gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${city}`, payload: { preset: "insurer", reason: "恢复" } });
  });
});

describe("C-07 explanation before the limit, unapproved overtime is a finding", () => {
  it("explain-delay is accepted before the limit and refused after it; the sweeper raises a breach finding against unit and handler", async () => {
    const c = await create("teller2");
    await ok("teller2", c.id, { type: "accept" });
    const ex = await ok("teller2", c.id, { type: "explain-delay", customerExplanation: "已告知客户需延长处理", upperNote: "书面报告市分公司：需调查监控" });
    expect(ex.events.at(-1).type).toBe("case.delay_explained");
    // past the limit (Fri 03-20 10:00)
    env.clock.set("2026-03-20T02:00:00Z");
    const late = await act("teller2", c.id, { type: "explain-delay", customerExplanation: "x", upperNote: "y" });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe("explanation_too_late");
    const before = await call("manager", { method: "GET", url: "/api/v1/cases?overdue=true" });
    expect(before.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const res = await sweepCases(env.ctx);
    expect(res.breaches).toBeGreaterThan(0);
    const detail = await call("manager", { method: "GET", url: `/api/v1/cases/${c.id}` });
    const f = detail.body.findings.find((x: { kind: string }) => x.kind === "unapprovedOvertime");
    expect(f).toMatchObject({ metric: "reply", orgUnitId: TH });
    expect(f.handlerId).toBeTruthy();
    // idempotent: a second sweep raises nothing new for this case
    await sweepCases(env.ctx);
    const again = await call("manager", { method: "GET", url: `/api/v1/cases/${c.id}` });
    expect(again.body.findings.filter((x: { kind: string }) => x.kind === "unapprovedOvertime")).toHaveLength(1);
    // C-14 rectification with owner and due date; bulletin lists units without rectification
    const bulletin = await call("manager", { method: "GET", url: "/api/v1/cases/rectification-bulletin" });
    expect(bulletin.body.items.map((x: { orgUnitId: string }) => x.orgUnitId)).toContain(TH);
    const rect = await ok("manager", c.id, { type: "add-rectification", findingId: f.id, action: "建立超时预警复盘机制", ownerName: "陈敏", dueDate: "2026-03-31" });
    expect(rect.rectifications[0]).toMatchObject({ status: "open", dueDate: "2026-03-31" });
    expect((await act("manager", c.id, { type: "add-rectification", action: "x", ownerName: "y", dueDate: "2026-03-01" })).body.error.code).toBe("due_date_in_past");
    const board = await call("manager", { method: "GET", url: "/api/v1/cases/rectifications" });
    expect(board.body.findings.find((x: { id: string }) => x.id === f.id).rectified).toBe(false);
    await ok("teller2", c.id, { type: "complete-rectification", rectificationId: rect.rectifications[0].id, effect: "已上线预警" });
    const board2 = await call("manager", { method: "GET", url: "/api/v1/cases/rectifications" });
    expect(board2.body.findings.find((x: { id: string }) => x.id === f.id).rectified).toBe(true);
  });

  it("reminders go out only in the unit's working hours; breaches are recorded at any hour", async () => {
    const c = await create("teller3");
    // Sun 2026-03-15 22:00 local: the 50% warning is due but 天河 is closed
    env.clock.set("2026-03-15T14:00:00Z");
    const night = await sweepCases(env.ctx);
    expect(night.deferred).toBeGreaterThan(0);
    let alerts = await call("manager", { method: "GET", url: `/api/v1/cases/alerts?orgUnitId=${TH}` });
    expect(alerts.body.items.filter((a: { caseId: string; kind: string }) => a.caseId === c.id && a.kind === "warning")).toHaveLength(0);
    // Mon 09:00 local: open → the warning is raised
    env.clock.set("2026-03-16T01:00:00Z");
    await sweepCases(env.ctx);
    alerts = await call("manager", { method: "GET", url: `/api/v1/cases/alerts?orgUnitId=${TH}` });
    expect(alerts.body.items.filter((a: { caseId: string; kind: string }) => a.caseId === c.id && a.kind === "warning").length).toBeGreaterThan(0);
  });
});

describe("C-09 reconsideration", () => {
  async function repliedComplaint() {
    const c = await create("teller1");
    await ok("teller1", c.id, { type: "accept" });
    return ok("teller1", c.id, { type: "reply", method: "letter", content: "书面答复", reconsiderationInfo: true });
  }
  it("after the 15-day window → 422 reconsideration_out_of_time with the reason, nothing changed", async () => {
    const c = await repliedComplaint();
    env.clock.set("2026-03-26T02:00:00Z");
    const n = await eventCount(c.id);
    const r = await act("teller1", c.id, { type: "apply-reconsideration", reason: "不认可答复" });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: "reconsideration_out_of_time", details: { lastDay: "2026-03-25", appliedOn: "2026-03-26" } });
    expect(await eventCount(c.id)).toBe(n);
  });
  it("within the window the upper unit decides within 10 working days; the lower unit cannot decide", async () => {
    const c = await repliedComplaint();
    env.clock.set("2026-03-20T02:00:00Z");
    const r = await ok("teller1", c.id, { type: "apply-reconsideration", reason: "不认可答复" });
    expect(r.state).toBe("reconsideration");
    expect(r.orgUnitId).toBe(env.demo.cityId);
    expect(due(r, "reconsiderationDecision")).toBe(endOf("2026-04-03")); // 10 working days
    expect((await act("manager", c.id, { type: "decide-reconsideration", outcome: "upheld", content: "x" })).status).toBe(403);
    const d = await ok("gzadmin", c.id, { type: "decide-reconsideration", outcome: "upheld", content: "维持原答复" });
    expect(d.state).toBe("closed");
    expect((await act("teller1", c.id, { type: "apply-reconsideration", reason: "again" })).status).toBe(409);
  });
});

describe("C-10 callbacks", () => {
  async function closedComplaint(as = "teller1") {
    const c = await create(as);
    await ok(as, c.id, { type: "reply", method: "visit", content: "上门解释", reconsiderationInfo: true });
    return ok(as, c.id, { type: "close" });
  }
  it("unsatisfied with no fault found → archived as unsatisfied; a responsible ruling blocks it", async () => {
    const c = await closedComplaint();
    expect((await act("manager", c.id, { type: "archive-unsatisfied", note: "x" })).body.error.code).toBe("callback_not_unsatisfied");
    const u = await ok("manager", c.id, { type: "callback", result: "unsatisfied", note: "客户仍不满意" });
    expect(u.state).toBe("callback");
    const a = await ok("manager", c.id, { type: "archive-unsatisfied", note: "经核查无过错" });
    expect(a.state).toBe("archivedUnsatisfied");

    const c2 = await closedComplaint();
    await ok("manager", c2.id, { type: "callback", result: "unsatisfied", note: "仍不满意" });
    await ok("manager", c2.id, { type: "rule", outcome: "responsible", category: "badAttitude", note: "服务态度问题", committee: COMMITTEE });
    expect((await act("manager", c2.id, { type: "archive-unsatisfied", note: "x" })).body.error.code).toBe("fault_found");
    const re = await ok("manager", c2.id, { type: "reopen", reason: "重新处理" });
    expect(re.state).toBe("investigating");
  });

  it("the upper level samples at least 30%, reproducibly from the seed, audited", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await closedComplaint("teller2")).id);
    const tooLow = await call("gzadmin", { method: "POST", url: "/api/v1/cases/callbacks/sample", payload: { orgUnitId: env.demo.cityId, from: "2026-03-01", to: "2026-03-31", percent: 20 } });
    expect(tooLow.status).toBe(400);
    const s = await call("gzadmin", { method: "POST", url: "/api/v1/cases/callbacks/sample", payload: { orgUnitId: env.demo.cityId, from: "2026-03-01", to: "2026-03-31", seed: "2026-03" } });
    expect(s.status).toBe(200);
    expect(s.body.selected.length).toBe(Math.ceil(s.body.population * 0.3));
    expect(s.body.population).toBeGreaterThanOrEqual(4);
    const again = await call("gzadmin", { method: "POST", url: "/api/v1/cases/callbacks/sample", payload: { orgUnitId: env.demo.cityId, from: "2026-03-01", to: "2026-03-31", seed: "2026-03" } });
    expect(again.body.selected).toEqual(s.body.selected);
    expect(again.body.created).toBe(0);
    const list = await call("gzadmin", { method: "GET", url: "/api/v1/cases/callbacks?level=upper&status=pending" });
    expect(list.body.items.map((x: { caseId: string }) => x.caseId).sort()).toEqual([...s.body.selected].sort());
    expect(list.body.items[0].customer.masked).toBe(true);
    const audit = await auditRepository.list(env.database.db, { entityType: "case_callback_sample", limit: 5 });
    expect(audit[0]!.details).toContain("2026-03");
    // the counter cannot record the upper level's callback
    const target = s.body.selected[0];
    expect((await act("manager", target, { type: "callback", callbackId: list.body.items[0].id, result: "satisfied", note: "x" })).status).toBeGreaterThanOrEqual(403);
  });
});

describe("C-12 C-13 responsibility ruling and the one appeal", () => {
  it("rules with the seed's categories, emits the event to people, allows one appeal, the upper level decides finally", async () => {
    const seen: BusEvent[] = [];
    const off = env.ctx.bus.subscribe("people", (e) => seen.push(e));
    try {
      const c = await create("teller1");
      await ok("teller1", c.id, { type: "accept" });
      await ok("teller1", c.id, { type: "reply", method: "phone", content: "答复", reconsiderationInfo: true });
      const teller = (await call("manager", { method: "GET", url: "/api/v1/auth/me", headers: {} })).body;
      expect(teller).toBeTruthy();
      // C-12 (003 第二篇 Art.18) the committee: at least 3 members and a majority in favour.
      const small = await act("manager", c.id, { type: "rule", outcome: "responsible", category: "badAttitude", note: "x", committee: { members: ["陈敏", "李强"], inFavour: 2 } });
      expect(small.body.error.code).toBe("committee_too_small");
      const tie = await act("manager", c.id, { type: "rule", outcome: "responsible", category: "badAttitude", note: "x", committee: { members: ["陈敏", "李强", "王芳", "赵雷"], inFavour: 2 } });
      expect(tie.body.error.code).toBe("committee_no_majority");
      const mismatch = await act("manager", c.id, { type: "rule", outcome: "nonResponsible", category: "badAttitude", note: "x", committee: COMMITTEE });
      expect(mismatch.body.error.code).toBe("ruling_category_mismatch");
      expect((await act("teller1", c.id, { type: "rule", outcome: "responsible", category: "badAttitude", note: "x", committee: COMMITTEE })).status).toBe(403);
      const ruled = await ok("manager", c.id, { type: "rule", outcome: "responsible", category: "operatingErrorFeeDispute", note: "操作失误导致手续费争议", committee: COMMITTEE });
      expect(ruled.ruling).toMatchObject({ outcome: "responsible", appealStatus: "none", finalOutcome: "responsible", committee: COMMITTEE });
      expect(ruled.events.map((e: { type: string }) => e.type)).toContain("responsibility.ruled");
      expect(seen.map((e) => e.type)).toContain("responsibility.ruled");
      expect(seen[0]!.data).toMatchObject({ caseId: c.id, outcome: "responsible", category: "operatingErrorFeeDispute" });
      expect((await act("manager", c.id, { type: "rule", outcome: "responsible", category: "badAttitude", note: "x", committee: COMMITTEE })).body.error.code).toBe("already_ruled");

      await ok("teller1", c.id, { type: "appeal", reason: "系统故障导致" });
      expect((await act("teller1", c.id, { type: "appeal", reason: "再次申诉" })).body.error.code).toBe("appeal_already_used");
      const own = await act("manager", c.id, { type: "decide-appeal", outcome: "overturned", category: "technicalLimitOrFailure", note: "x" });
      expect(own.body.error.code).toBe("upper_level_required");
      expect((await act("gzadmin", c.id, { type: "decide-appeal", outcome: "overturned", note: "x" })).body.error.code).toBe("category_required");
      const d = await ok("gzadmin", c.id, { type: "decide-appeal", outcome: "overturned", category: "technicalLimitOrFailure", note: "经核实系统故障" });
      expect(d.ruling).toMatchObject({ appealStatus: "overturned", finalOutcome: "nonResponsible", finalCategory: "technicalLimitOrFailure" });
      expect(seen.map((e) => e.type)).toContain("responsibility.appeal_decided");
      expect((await act("gzadmin", c.id, { type: "decide-appeal", outcome: "upheld", note: "x" })).body.error.code).toBe("no_pending_appeal");
      const rulings = await call("gzadmin", { method: "GET", url: "/api/v1/cases/rulings?appealStatus=overturned" });
      expect(rulings.body.items.map((r: { caseId: string }) => r.caseId)).toContain(c.id);
    } finally {
      off();
    }
  });
});

describe("C-11 K-09 confidentiality", () => {
  it("unmasking needs customer.unmask and a reason and is audited; export masks the same way", async () => {
    const c = await create("teller1");
    const denied = await call("teller1", { method: "POST", url: `/api/v1/cases/${c.id}/unmask`, payload: { reason: "回访" } });
    expect(denied.status).toBe(403);
    expect((await call("manager", { method: "POST", url: `/api/v1/cases/${c.id}/unmask`, payload: {} })).status).toBe(400);
    const u = await call("manager", { method: "POST", url: `/api/v1/cases/${c.id}/unmask`, payload: { reason: "电话回访需要" } });
    expect(u.status).toBe(200);
    expect(u.body.customer).toEqual({ name: "张三丰", phone: "13812345678" });
    const audit = await auditRepository.list(env.database.db, { entityType: "case", entityId: c.id, action: "customer.unmasked", limit: 5 });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toContain("电话回访需要");
    expect((await call("yxmanager", { method: "POST", url: `/api/v1/cases/${c.id}/unmask`, payload: { reason: "x" } })).status).toBe(404);
    const csv = await env.app.inject({ method: "GET", url: "/api/v1/cases/export?format=csv", headers: { authorization: `Bearer ${await tokenAt("manager")}` } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("138****5678");
    expect(csv.body).not.toContain("13812345678");
    expect(csv.body).not.toContain("张三丰");
    const xlsx = await env.app.inject({ method: "GET", url: "/api/v1/cases/export?format=xlsx", headers: { authorization: `Bearer ${await tokenAt("manager")}` } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const exp = await auditRepository.list(env.database.db, { action: "case.exported", limit: 5 });
    expect(exp.length).toBeGreaterThanOrEqual(2);
  });
});

describe("C-03 special matters at daily close", () => {
  it("an unfinished case past its standard becomes a special matter to contact the next working day (once)", async () => {
    const c = await create("teller1", { kind: "enquiry", orgUnitId: TH, channel: "phone", summary: "咨询理赔进度", customer: { name: "王五", phone: "13900001111" } });
    // Thu 03-12 evening: the 2-day enquiry limit ended that day
    env.clock.set("2026-03-12T11:00:00Z");
    const r = await call("duty", { method: "POST", url: "/api/v1/cases/special-matters", payload: { counterId: TH, date: "2026-03-12" } });
    expect(r.status).toBe(200);
    expect(r.body.created.length).toBeGreaterThanOrEqual(1);
    const specials = await call("manager", { method: "GET", url: "/api/v1/cases?kind=special" });
    const s = specials.body.items.find((x: { parentCaseId: string }) => x.parentCaseId === c.id);
    expect(s).toBeTruthy();
    expect(due(s, "firstContact")).toBe(endOf("2026-03-13"));
    const again = await createSpecialMattersForDay(env.ctx, TH, "2026-03-12");
    expect(again.created).not.toContain(s.id);
    const parent = await call("manager", { method: "GET", url: `/api/v1/cases/${c.id}` });
    expect(parent.body.events.map((e: { type: string }) => e.type)).toContain("case.special_matter_created");
    expect((await call("duty", { method: "POST", url: "/api/v1/cases/special-matters", payload: { counterId: TH, date: "2026-03-20" } })).body.error.code).toBe("date_in_future");
  });
});

describe("case desk and report", () => {
  it("filters by state/kind/level and reports received, on-time %, overdue, by channel", async () => {
    env.clock.set("2026-04-01T02:00:00Z");
    const a = await create("teller1", complaint({ channel: "hotline", cause: "waiting" }));
    await ok("teller1", a.id, { type: "reply", method: "phone", content: "已答复", reconsiderationInfo: true });
    await create("teller1", complaint({ channel: "letter", receivedAt: "2026-03-20T02:00:00Z", cause: "attitude" }));
    const list = await call("manager", { method: "GET", url: "/api/v1/cases?state=replied&kind=complaint" });
    expect(list.body.items.every((x: { state: string; kind: string }) => x.state === "replied" && x.kind === "complaint")).toBe(true);
    expect((await call("manager", { method: "GET", url: "/api/v1/cases?state=flying" })).status).toBe(400);
    const rep = await call("manager", { method: "GET", url: `/api/v1/cases/report?orgUnitId=${TH}&from=2026-03-15&to=2026-04-10` });
    expect(rep.status).toBe(200);
    expect(rep.body.received).toBe(2);
    expect(rep.body.byChannel).toEqual({ hotline: 1, letter: 1 });
    expect(rep.body.byCause).toEqual({ waiting: 1, attitude: 1 });
    expect(rep.body.onTime).toBe(1);
    expect(rep.body.overdue).toBe(1); // the letter from 03-20 is past its 7 working days
    expect(rep.body.onTimePercent).toBe(50);
    expect((await call("teller1", { method: "GET", url: `/api/v1/cases/report?from=2026-03-01&to=2026-03-31` })).status).toBe(403);
    const auditorRep = await call("auditor", { method: "GET", url: `/api/v1/cases/report?orgUnitId=${TH}&from=2026-03-15&to=2026-04-10` });
    expect(auditorRep.status).toBe(200);
  });
});

describe("demo data", () => {
  it("天河 has demo cases in different states (received, investigating, closed, callback, escalated)", async () => {
    const list = await call("gzadmin", { method: "GET", url: `/api/v1/cases?orgUnitId=${TH}&limit=500` });
    const demo = list.body.items.filter((x: { summary: string }) => x.summary.includes("意见簿") || x.summary.includes("监管转办") || x.summary.includes("保单贷款"));
    expect(demo.length).toBe(3);
    const states = new Set(list.body.items.map((x: { state: string }) => x.state));
    for (const s of ["received", "investigating", "closed", "callback", "accepted"]) expect(states.has(s)).toBe(true);
  });
});
