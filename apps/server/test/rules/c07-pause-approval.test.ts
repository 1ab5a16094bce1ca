/** C-07 (seed 000 §五(七), 003 第二篇 Art.14): a handler cannot stop a reply clock alone. Both engines, fixed clock. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepCases } from "../../src/modules/cases/sweep-cases.js";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const reply = (c: { deadlines: Array<{ metric: string; status: string; dueAt: string }> }) => c.deadlines.find((d) => d.metric === "reply")!;

describe(`C-07 pausing a complaint's reply clock needs approval (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  const complaint = () => ({ kind: "complaint", orgUnitId: tianhe, channel: "counter", summary: "理赔材料退回三次", customer: { name: "王五", phone: "13700002222" } });
  const act = (user: string, id: string, payload: object) => callFresh(env, user, { method: "POST", url: `/api/v1/cases/${id}/actions`, payload });
  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" });
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("C-07 a pause asked by the handler and never approved breaches and raises the overtime finding as if no pause was asked", async () => {
    const c = (await callFresh(env, "teller1", { method: "POST", url: "/api/v1/cases", payload: complaint() })).body;
    await act("teller1", c.id, { type: "accept" });
    const paused = await act("teller1", c.id, { type: "pause", reason: "等待客户补充材料" });
    expect(paused.status).toBe(200);
    expect(paused.body.pause).toBe("requested");
    expect(reply(paused.body).dueAt).toBe(reply(c).dueAt);
    env.clock.set("2026-03-20T02:00:00Z"); // the day after the 7th working day
    await sweepCases(env.ctx);
    const after = (await callFresh(env, "manager", { method: "GET", url: `/api/v1/cases/${c.id}` })).body;
    expect(reply(after).status).toBe("breached");
    expect(after.findings.some((f: { kind: string }) => f.kind === "unapprovedOvertime")).toBe(true);
  });

  it("C-07 the counter manager approves a teller's pause; a refused pause leaves the clock running", async () => {
    env.clock.set("2026-03-23T02:00:00Z");
    const c = (await callFresh(env, "teller1", { method: "POST", url: "/api/v1/cases", payload: complaint() })).body;
    await act("teller1", c.id, { type: "accept" });
    await act("teller1", c.id, { type: "pause", reason: "等待第三方鉴定" });
    expect((await act("teller1", c.id, { type: "decide-pause", approved: true, note: "自批" })).status).toBe(403);
    const refused = await act("manager", c.id, { type: "decide-pause", approved: false, note: "不属于暂停情形" });
    expect(refused.status).toBe(200);
    expect(refused.body.pause).toBe("refused");
    expect(reply(refused.body).status).not.toBe("paused");
    expect((await act("manager", c.id, { type: "decide-pause", approved: true, note: "再批" })).body.error.code).toBe("no_pause_to_decide");
    await act("teller1", c.id, { type: "resume" });
    await act("teller1", c.id, { type: "pause", reason: "客户出差，约定下周补件" });
    const approved = await act("manager", c.id, { type: "decide-pause", approved: true, note: "同意暂停" });
    expect(approved.body.pause).toBe("approved");
    expect(reply(approved.body).status).toBe("paused");
    expect(approved.body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(["case.pause_refused", "case.pause_approved"]));
  });

  it("C-07 the counter manager's own case is decided by the level above, never by the manager", async () => {
    env.clock.set("2026-03-24T02:00:00Z");
    const c = (await callFresh(env, "manager", { method: "POST", url: "/api/v1/cases", payload: complaint() })).body;
    await act("manager", c.id, { type: "accept" });
    await act("manager", c.id, { type: "pause", reason: "等待总公司核保意见" });
    const own = await act("manager", c.id, { type: "decide-pause", approved: true, note: "自批" });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe("pause_own_case");
    const city = await act("gzadmin", c.id, { type: "decide-pause", approved: true, note: "同意" });
    expect(city.status, JSON.stringify(city.body)).toBe(200);
    expect(city.body.pause).toBe("approved");
  });
});
