/**
 * D-13 (seed 003-1 Art.79–82) shift relief and handover ownership: the outgoing lead cannot close the
 * shift before the incoming lead confirms unless the shift lead approves (reason recorded); the handover
 * lists important notices, retained cards and error accounts; problems recorded after the confirmed
 * handover belong to the incoming shift. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const RELIEF = { importantNotices: ["下午三点系统升级，暂停保全业务"], retainedCards: [{ description: "自助机吞卡一张（尾号 6688）", holder: "张三", keptAt: "保险柜" }], errorAccounts: [{ description: "收费短款", amountFen: 5000, status: "待查" }] };

describe(`D-13 shift relief and handover ownership (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const url = "/api/v1/daily-ops/handovers";
  const handover = async (extra: object = {}) => {
    const r = await env.call("duty", { method: "POST", url, payload: { counterId: th, shift: "早班", incomingLeadId: ids.manager, workDone: "上午业务正常", ...extra } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };
  const audits = async (action: string, entityId: string) => (await env.database.db.selectFrom("audit_log").select(["action", "details"]).where("action", "=", action).where("entity_id", "=", entityId).execute()).length;

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T01:00:00Z" });
    th = env.demo.counterIds[0]!;
    for (const u of await env.database.db.selectFrom("users").select(["id", "username"]).execute()) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("D-13 the outgoing lead cannot close before relief; the shift lead approves an early leave with a reason, then the shift closes", async () => {
    const id = await handover({ relief: RELIEF });
    const relief = await env.call("duty", { method: "GET", url: `${url}/${id}/relief` });
    expect(relief.status).toBe(200);
    expect(relief.body).toMatchObject({ importantNotices: RELIEF.importantNotices, missingSections: [], canClose: false, closeBlock: "relief_not_confirmed", outgoingLeadName: "值班经理 李强", incomingLeadName: "柜面主管 陈敏" });
    expect(relief.body.retainedCards[0].description).toContain("吞卡");

    const early = await env.call("duty", { method: "POST", url: `${url}/${id}/close-shift`, payload: {} });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("relief_not_confirmed");
    const self = await env.call("duty", { method: "POST", url: `${url}/${id}/approve-leave`, payload: { reason: "自己批准" } });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe("approver_is_outgoing");
    expect((await env.call("teller1", { method: "POST", url: `${url}/${id}/approve-leave`, payload: { reason: "x" } })).status).toBe(403);

    const ok = await env.call("manager", { method: "POST", url: `${url}/${id}/approve-leave`, payload: { reason: "家中急事，接班人途中" } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ approvedByName: "柜面主管 陈敏", approvalReason: "家中急事，接班人途中", canClose: true });
    expect((await env.call("manager", { method: "POST", url: `${url}/${id}/approve-leave`, payload: { reason: "再批" } })).body.error.code).toBe("early_leave_already_approved");
    expect((await env.call("manager", { method: "POST", url: `${url}/${id}/close-shift`, payload: {} })).body.error.code).toBe("not_outgoing_lead");

    env.clock.set("2026-03-10T01:05:00Z");
    const closed = await env.call("duty", { method: "POST", url: `${url}/${id}/close-shift`, payload: { note: "已离岗" } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closeMode: "approved", closedAt: "2026-03-10T01:05:00.000Z", canClose: false, closeBlock: "already_closed" });
    expect((await env.call("duty", { method: "POST", url: `${url}/${id}/close-shift`, payload: {} })).body.error.code).toBe("shift_already_closed");
    expect(await audits("handover.earlyLeaveApproved", id)).toBe(1);
    expect(await audits("handover.shiftClosed", id)).toBe(1);
  });

  it("D-13 after the incoming lead confirms, the shift closes as relieved once the three sections are listed", async () => {
    env.clock.set("2026-03-10T04:00:00Z");
    const id = await handover();
    const confirmed = await env.call("manager", { method: "POST", url: `${url}/${id}/confirm`, payload: { note: "已核对" } });
    expect(confirmed.status).toBe(200);
    const missing = await env.call("duty", { method: "POST", url: `${url}/${id}/close-shift`, payload: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe("relief_sections_missing");
    expect((await env.call("manager", { method: "PUT", url: `${url}/${id}/relief`, payload: RELIEF })).body.error.code).toBe("not_outgoing_lead");
    const listed = await env.call("duty", { method: "PUT", url: `${url}/${id}/relief`, payload: { importantNotices: [], retainedCards: [], errorAccounts: [] } });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ missingSections: [], canClose: true, handoverStatus: "confirmed" });
    const closed = await env.call("duty", { method: "POST", url: `${url}/${id}/close-shift`, payload: {} });
    expect(closed.body).toMatchObject({ closeMode: "relieved" });
    expect(await audits("handover.reliefListed", id)).toBe(1);
  });

  it("D-13 an incident recorded after the confirmed handover belongs to the incoming shift", async () => {
    env.clock.set("2026-03-10T04:30:00Z");
    const inc = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: th, title: "叫号屏故障", description: "叫号屏黑屏" } });
    expect(inc.status).toBe(201);
    const list = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/shift-responsibilities?counterId=${th}&date=2026-03-10` });
    expect(list.status).toBe(200);
    const mine = list.body.items.find((x: { entityId: string }) => x.entityId === inc.body.id);
    expect(mine).toMatchObject({ entityType: "incident", userId: ids.manager, userName: "柜面主管 陈敏", role: "incoming" });
  });
});
