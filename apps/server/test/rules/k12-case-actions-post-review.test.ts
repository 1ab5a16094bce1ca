/**
 * K-12 (seed 001 九) a case action done by one person alone enters the handling counter's post-review
 * queue from the server, in the action's transaction: `singlePerson: true` on the action request; the
 * queue item names the case number and the action, its source is the action's history entry; without
 * the mark nothing is queued; a bad mark changes nothing. Audited. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`K-12 case actions done alone enter the post-review queue (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" }); // Tuesday 10:00 Shanghai
    th = env.demo.counterIds[0]!;
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰", phone: "13812345678" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    caseId = c.body.id;
    caseNumber = c.body.number;
  });
  afterAll(async () => env?.close());

  const queue = async () => {
    const r = await env.call("duty", { method: "GET", url: `/api/v1/control/post-review?counterId=${th}` });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body as { items: any[] }).items.filter((i) => i.sourceType === "case_action");
  };
  const act = (as: string, payload: Record<string, unknown>) => env.call(as, { method: "POST", url: `/api/v1/cases/${caseId}/actions`, payload });

  it("K-12 a bad single-person mark is refused and changes nothing", async () => {
    const bad = await act("teller1", { type: "accept", singlePerson: "yes" });
    expect(bad.status).toBe(400);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/cases/${caseId}` })).body.state).toBe("received");
    expect(await queue()).toHaveLength(0);
  });

  it("K-12 an action marked as done alone is queued once, at the counter, naming the case and the action", async () => {
    const r = await act("teller1", { type: "accept", singlePerson: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const accepted = r.body.events.filter((e: { type: string }) => e.type === "case.accepted");
    expect(accepted).toHaveLength(1);
    const items = await queue();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ counterId: th, sourceId: accepted[0].id, performedByName: "柜员 王芳", businessDate: "2026-03-10", dueDate: "2026-03-11", status: "pending" });
    expect(items[0].summary).toContain(caseNumber);
    expect(items[0].summary).toContain("案件受理");
  });

  it("K-12 an action without the mark (or marked false) is not queued", async () => {
    expect((await act("teller1", { type: "note", text: "已电话联系客户说明进度" })).status).toBe(200);
    expect((await act("teller1", { type: "note", text: "补充材料已收到", singlePerson: false })).status).toBe(200);
    expect(await queue()).toHaveLength(1);
  });

  it("K-12 each marked action is its own queue item; the queueing is audited", async () => {
    const r = await act("teller1", { type: "contact", method: "phone", note: "已联系客户，约定明日回电", singlePerson: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const items = await queue();
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.summary).some((s: string) => s.includes("联系客户"))).toBe(true);
    const audit = await env.database.db.selectFrom("audit_log").select(["action", "entity_id"]).where("action", "=", "post_review.queued").execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it("K-12 the action that leaves the counter is queued there; above the counter the mark is refused and nothing changes", async () => {
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "理赔进度查询无人答复", customer: { name: "李四" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const up = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "escalate", reason: "涉及理赔争议，超出网点权限", singlePerson: true } });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.level).toBe("city");
    expect((await queue()).filter((i) => i.summary.includes(c.body.number))).toHaveLength(1);
    const before = up.body.events.length;
    const above = await env.call("gzadmin", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "note", text: "市分公司已接手", singlePerson: true } });
    expect(above.status).toBe(400);
    expect(above.body.error.code).toBe("case_post_review_needs_counter");
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/cases/${c.body.id}` })).body.events).toHaveLength(before);
  });
});
