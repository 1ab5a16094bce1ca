/**
 * D-14 (seed 003-1 Art.93–94) whoever first records an important or urgent event is its first
 * responsible person; the report goes to the level above at once (notification) and its
 * acknowledgement is tracked; an acknowledgement later than the deadline (CCMS_URGENT_ACK_MINUTES,
 * default 30) escalates one level further. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepUrgentEvents } from "../../src/modules/daily-ops/sweep-urgent-events.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`D-14 urgent events are reported upward and acknowledged in time (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const report = async (payload: object) => {
    const r = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: th, description: "现场情况", ...payload } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };
  const notified = async (who: string, incidentId: string) => {
    const end = Date.now() + 5000;
    for (;;) {
      const n = (await env.call(who, { method: "GET", url: "/api/v1/notifications" })).body.items.filter((x: { kind: string; subjectId: string }) => x.kind === "incident_escalated" && x.subjectId === incidentId);
      if (n.length > 0 || Date.now() > end) return n as Array<{ data: Record<string, unknown> }>;
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" });
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("D-14 the first recorder is the first responsible person; the city hears at once and acknowledges", async () => {
    const id = await report({ title: "客户在大厅突发疾病", urgent: true, level: "IV" });
    const u = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/urgent-events/${id}` });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ firstResponsibleName: "值班经理 李强", counterName: "天河客户服务中心", status: "awaiting", deadlineAt: "2026-03-10T02:30:00.000Z", acknowledgedAt: null });
    expect(u.body.reportedToUnitName).toBeTruthy();
    const n = await notified("gzadmin", id);
    expect(n).toHaveLength(1);
    expect(n[0]!.data).toMatchObject({ urgent: true, stage: "report", title: "客户在大厅突发疾病" });

    const counterLevel = await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/urgent-events/${id}/acknowledge`, payload: {} });
    expect(counterLevel.status).toBe(403);
    env.clock.set("2026-03-10T02:10:00Z");
    const ack = await env.call("gzadmin", { method: "POST", url: `/api/v1/daily-ops/urgent-events/${id}/acknowledge`, payload: { note: "已知悉，立即派人" } });
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect(ack.body).toMatchObject({ status: "acknowledged", acknowledgedByName: "市分公司管理员", ackNote: "已知悉，立即派人", acknowledgedAt: "2026-03-10T02:10:00.000Z" });
    expect((await env.call("gzadmin", { method: "POST", url: `/api/v1/daily-ops/urgent-events/${id}/acknowledge`, payload: {} })).body.error.code).toBe("urgent_already_acknowledged");
    const audit = await env.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["incident.reportedUpward", "incident.urgentAcknowledged"]));
  });

  it("D-14 a late acknowledgement escalates once to the level above; that level may still acknowledge", async () => {
    env.clock.set("2026-03-10T03:00:00Z");
    const id = await report({ title: "营业厅漏水", level: "II" });
    expect(await sweepUrgentEvents(env.ctx)).toBe(0);
    env.clock.set("2026-03-10T03:30:01Z");
    expect(await sweepUrgentEvents(env.ctx)).toBe(1);
    expect(await sweepUrgentEvents(env.ctx)).toBe(0);
    const u = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/urgent-events/${id}` });
    expect(u.body).toMatchObject({ status: "escalated", escalatedAt: "2026-03-10T03:30:01.000Z" });
    expect(u.body.escalatedToUnitName).toBeTruthy();
    expect(u.body.escalatedToUnitName).not.toBe(u.body.reportedToUnitName);
    const n = await notified("gdadmin", id);
    expect(n.some((x) => x.data.stage === "escalation")).toBe(true);
    const ack = await env.call("gdadmin", { method: "POST", url: `/api/v1/daily-ops/urgent-events/${id}/acknowledge`, payload: {} });
    expect(ack.body.status).toBe("acknowledged");
    const open = await env.call("gzadmin", { method: "GET", url: "/api/v1/daily-ops/urgent-events?open=true" });
    expect(open.body.items.filter((x: { incidentId: string }) => x.incidentId === id)).toEqual([]);
  });

  it("D-14 an ordinary level-III event is not an urgent report", async () => {
    const id = await report({ title: "打印机卡纸", level: "III" });
    expect((await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/urgent-events/${id}` })).status).toBe(404);
  });
});
