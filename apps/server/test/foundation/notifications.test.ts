/**
 * Notifications (issue 12 item 5): subscribers turn findings, incidents, reminders and case alerts into
 * notifications for the people concerned (and nobody else), pushed over SSE and read in the
 * notification centre; each person marks their own read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raiseFinding } from "../../src/modules/control/registers/findings/raise-finding.js";
import { sweepDailyOpsReminders } from "../../src/modules/daily-ops/sweep-daily-ops-reminders.js";
import type { BusEvent } from "../../src/realtime/bus.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

let env: TestEnv;
let ids: Record<string, string>;
beforeAll(async () => {
  env = await createTestEnv();
  const users = await env.database.db.selectFrom("users").select(["id", "username"]).execute();
  ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
});
afterAll(async () => env?.close());

const list = async (as: string) => {
  const r = await env.call(as, { method: "GET", url: "/api/v1/notifications" });
  expect(r.status).toBe(200);
  return r.body as { items: Array<{ id: string; kind: string; subjectId: string; data: Record<string, unknown>; readAt: string | null }>; unread: number };
};
const waitFor = async (pred: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe(`notifications (${ENGINE})`, () => {
  it("a finding reaches the person it names and the counter's managers, pushed over SSE, and nobody else", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const unit = await env.database.db.selectFrom("org_units").select(["id", "path"]).where("id", "=", tianhe).executeTakeFirstOrThrow();
    const pushed: BusEvent[] = [];
    const off = env.ctx.bus.subscribe(`user:${ids.teller1}`, (e) => pushed.push(e));
    const findingId = await env.ctx.tx((tx) =>
      raiseFinding(env.ctx, tx, { id: null, name: "test" }, env.clock.now(), { kind: "off_duty_operation", orgUnitId: unit.id, orgUnitPath: unit.path, subjectUserIds: [ids.teller1!], title: "非在岗时段操作", details: {} }),
    );
    off();
    for (const who of ["teller1", "manager", "duty"]) {
      const n = (await list(who)).items.filter((x) => x.kind === "finding_raised" && x.subjectId === findingId);
      expect(n, who).toHaveLength(1);
      expect(n[0]!.data).toMatchObject({ title: "非在岗时段操作", unitName: "天河客户服务中心" });
    }
    for (const who of ["teller2", "yxmanager", "gdadmin"]) expect((await list(who)).items.filter((x) => x.subjectId === findingId), who).toEqual([]);
    expect(pushed.filter((e) => e.type === "notification.created")).toHaveLength(1);
    expect((pushed[0]!.data as { kind: string }).kind).toBe("finding_raised");
  });

  it("a level-I incident reaches the managers of HQ, the province and the city; the counter's managers hear it was reported", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const r = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: tianhe, title: "集中退保", description: "120人集中退保", facts: { surrenderCount: 120 } } });
    expect(r.status).toBe(201);
    for (const who of ["hqadmin", "gdadmin", "gzadmin"]) {
      const n = (await list(who)).items.filter((x) => x.kind === "incident_escalated" && x.subjectId === r.body.id);
      expect(n, who).toHaveLength(1);
      expect(n[0]!.data).toMatchObject({ level: "I", unitName: "天河客户服务中心" });
    }
    await waitFor(async () => (await list("manager")).items.some((x) => x.kind === "incident_reported" && x.subjectId === r.body.id));
    expect((await list("teller1")).items.filter((x) => x.subjectId === r.body.id)).toEqual([]);
    expect((await list("yxmanager")).items.filter((x) => x.subjectId === r.body.id)).toEqual([]);
  });

  it("reminders reach the counter's managers once, however often the sweep repeats them", async () => {
    await sweepDailyOpsReminders(env.ctx);
    await sweepDailyOpsReminders(env.ctx);
    const reminders = (await list("manager")).items.filter((x) => x.kind === "reminder" && x.data.reminderKind === "incident_open");
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(new Set(reminders.map((x) => x.subjectId)).size).toBe(reminders.length);
    expect((await list("teller2")).items.filter((x) => x.kind === "reminder")).toEqual([]);
  });

  it("a case deadline warning reaches the first responder by case number", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: tianhe, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰", phone: "13812345678" } } });
    expect(c.status).toBe(201);
    await env.ctx.bus.publish(tianhe, { type: "case.warning", data: { caseId: c.body.id, number: c.body.number, metric: "reply", dueAt: "2026-03-19T15:59:59.000Z", threshold: 80 } });
    const n = (await list("teller1")).items.filter((x) => x.kind === "case_alert" && x.subjectId === c.body.id);
    expect(n).toHaveLength(1);
    expect(n[0]!.data).toMatchObject({ caseNumber: c.body.number, alert: "warning", metric: "reply" });
    expect((await list("teller2")).items.filter((x) => x.subjectId === c.body.id)).toEqual([]);
  });

  it("each person marks their own notifications read; another person's is not found", async () => {
    const before = await list("teller1");
    expect(before.unread).toBeGreaterThan(0);
    const first = before.items.find((x) => x.readAt === null)!;
    const other = await env.call("manager", { method: "POST", url: `/api/v1/notifications/${first.id}/read` });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("notification_not_found");
    const r = await env.call("teller1", { method: "POST", url: `/api/v1/notifications/${first.id}/read` });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: first.id, unread: before.unread - 1 });
    const after = await list("teller1");
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((x) => x.id === first.id)!.readAt).toBe(r.body.readAt);
    const unreadOnly = await env.call("teller1", { method: "GET", url: "/api/v1/notifications?unreadOnly=true" });
    expect(unreadOnly.body.items.some((x: { id: string }) => x.id === first.id)).toBe(false);
  });
});
