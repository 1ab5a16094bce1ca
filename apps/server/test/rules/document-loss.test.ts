/** K-04 (issue 11 item 3): the monthly limit counts important documents only; a lost seal is its own finding. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`K-04 important documents lost per counter and month (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const findings = async (kind: string) => (await env.call("auditor", { method: "GET", url: `/api/v1/control/findings?kind=${kind}` })).body.items as any[];
  const register = async (body: Record<string, unknown>) => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/control/items", payload: { counterId: th, ...body } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const lose = (itemId: string, body: Record<string, unknown>) => env.call("manager", { method: "POST", url: `/api/v1/control/items/${itemId}/losses`, payload: { responsibleUserIds: [ids.teller1], note: "遗失", ...body } });

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("K-04 lost seals do not count as documents; each lost seal raises its own seal-loss finding at once", async () => {
    for (const n of [1, 2, 3]) {
      const seal = await register({ kind: "seal", itemType: "业务专用章", name: `业务专用章 ${n}` });
      const r = await lose(seal.id, {});
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.monthCount).toBe(0);
      expect(r.body.findingId).toEqual(expect.any(String));
    }
    expect(await findings("seal_loss_compensation")).toHaveLength(0);
    const sealLoss = await findings("seal_loss");
    expect(sealLoss).toHaveLength(3);
    expect(sealLoss[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId, orgUnitId: th });
    expect(sealLoss[0].subjectUserIds).toEqual(expect.arrayContaining([ids.teller1, ids.manager]));
  });

  it("K-04 two documents in the month raise nothing (不含2份); an incomplete returned set is the third and raises the compensation finding", async () => {
    const batch = await register({ kind: "document", itemType: "保险单", name: "保险单 800001", serialFrom: "800001", serialTo: "800050" });
    const a = await lose(batch.id, { serials: ["800001", "800002"] });
    expect(a.body).toMatchObject({ monthCount: 2, findingId: null });
    expect(await findings("seal_loss_compensation")).toHaveLength(0);
    const b = await lose(batch.id, { serials: ["800003"], incompleteSet: true, note: "回缴联次不全" });
    expect(b.body).toMatchObject({ monthCount: 3, quantity: 1, incompleteSet: true, findingId: expect.any(String) });
    const f = await findings("seal_loss_compensation");
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ month: "2026-03", lostCount: 3 });
    expect(f[0].details.lossIds).toHaveLength(2); // the seal losses are not in it
  });

  it("K-04 documents handed back with copies missing are recorded as lost with the return and counted", async () => {
    const batch = await register({ kind: "document", itemType: "保费收据", name: "保费收据 810001", serialFrom: "810001", serialTo: "810020" });
    const issued = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller1, serialFrom: "810001", serialTo: "810010", counted: true } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const outside = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${issued.body.id}/return`, payload: { counted: true, incompleteSerials: ["810015"] } });
    expect(outside.status).toBe(422);
    const ret = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${issued.body.id}/return`, payload: { counted: true, incompleteSerials: ["810002", "810003"] } });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect(ret.body).toMatchObject({ inSafe: true, status: "active" });
    const losses = (await env.call("manager", { method: "GET", url: `/api/v1/control/losses?counterId=${th}&month=2026-03` })).body.items;
    const mine = losses.find((l: any) => l.itemId === issued.body.id);
    expect(mine).toMatchObject({ quantity: 2, incompleteSet: true, responsibleUserIds: [ids.teller1], monthCount: 5 });
    const f = await findings("seal_loss_compensation");
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ lostCount: 5 });
  });
});
