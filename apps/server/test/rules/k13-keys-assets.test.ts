/**
 * K-13 (seed 003-3 Art.9, 12, 13) door keys and the alarm code are held by the director and deputy
 * only, every handover recorded; fixed assets have a named custodian and are handed over when a person
 * moves or leaves (the exit's property item waits until nothing is held); shared hall equipment has a
 * rotating daily custodian and is counted at the daily close. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`K-13 keys, alarm codes and fixed assets (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" });
    th = env.demo.counterIds[0]!;
    for (const u of await env.database.db.selectFrom("users").select(["id", "username"]).execute()) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("K-13 keys and the alarm code go to the director or deputy only; every handover is recorded", async () => {
    const refused = await env.call("manager", { method: "POST", url: "/api/v1/control/keys", payload: { counterId: th, kind: "main_door_key", label: "大门钥匙 1 号", holderId: ids.teller1 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("key_holder_not_allowed");
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/control/keys", payload: { counterId: th, kind: "alarm_code", label: "报警器", holderId: ids.manager } })).status).toBe(403);
    const key = await env.call("manager", { method: "POST", url: "/api/v1/control/keys", payload: { counterId: th, kind: "alarm_code", label: "报警器密码", holderId: ids.manager } });
    expect(key.status, JSON.stringify(key.body)).toBe(201);
    expect(key.body).toMatchObject({ kind: "alarm_code", holderName: "柜面主管 陈敏" });
    const toTeller = await env.call("manager", { method: "POST", url: `/api/v1/control/keys/${key.body.id}/handovers`, payload: { toUserId: ids.teller2 } });
    expect(toTeller.status).toBe(422);
    expect(toTeller.body.error.code).toBe("key_holder_not_allowed");
    const toDeputy = await env.call("manager", { method: "POST", url: `/api/v1/control/keys/${key.body.id}/handovers`, payload: { toUserId: ids.duty, note: "主任休假" } });
    expect(toDeputy.status, JSON.stringify(toDeputy.body)).toBe(200);
    expect(toDeputy.body.holderName).toBe("值班经理 李强");
    expect(toDeputy.body.handovers.map((h: any) => [h.fromName, h.toName])).toEqual([[null, "柜面主管 陈敏"], ["柜面主管 陈敏", "值班经理 李强"]]);
    const audit = await env.database.db.selectFrom("audit_log").select("action").where("action", "like", "key.%").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["key.handed_over", "key.registered"]);
  });

  it("K-13 a fixed asset has a named custodian; a leaver's assets block the exit's property item until handed over", async () => {
    const a = await env.call("manager", { method: "POST", url: "/api/v1/control/assets", payload: { counterId: th, assetNo: "GZ-TH-0001", name: "点钞机", category: "机具", custodianId: ids.teller3 } });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ custodianName: "柜员 刘洋", sharedHall: false, quantity: 1 });
    const dup = await env.call("manager", { method: "POST", url: "/api/v1/control/assets", payload: { counterId: th, assetNo: "GZ-TH-0001", name: "点钞机", custodianId: ids.teller3 } });
    expect(dup.status).toBe(409);

    const rec = await env.call("manager", { method: "POST", url: "/api/v1/people/staff", payload: { userId: ids.teller3, posts: ["teller"], hireDate: "2024-07-01" } });
    expect([201, 409]).toContain(rec.status);
    const exit = await env.call("manager", { method: "POST", url: `/api/v1/people/staff/${ids.teller3}/exit`, payload: { noticeDate: "2026-03-10", lastDay: "2026-04-10" } });
    expect(exit.status, JSON.stringify(exit.body)).toBe(201);
    const held = await env.call("manager", { method: "GET", url: `/api/v1/control/assets/held-by/${ids.teller3}` });
    expect(held.body).toMatchObject({ userName: "柜员 刘洋", exitBlocked: true });
    expect(held.body.assets.map((x: any) => x.assetNo)).toEqual(["GZ-TH-0001"]);
    const blocked = await env.call("manager", { method: "POST", url: `/api/v1/people/exits/${exit.body.id}/checklist`, payload: { item: "property" } });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("exit_assets_still_held");

    const ho = await env.call("manager", { method: "POST", url: `/api/v1/control/assets/${a.body.id}/handovers`, payload: { toUserId: ids.teller2, reason: "exit", note: "离职移交" } });
    expect(ho.status, JSON.stringify(ho.body)).toBe(200);
    expect(ho.body).toMatchObject({ custodianName: "柜员 张伟" });
    expect(ho.body.handovers[0]).toMatchObject({ fromName: "柜员 刘洋", toName: "柜员 张伟", reason: "exit" });
    expect((await env.call("manager", { method: "GET", url: `/api/v1/control/assets/held-by/${ids.teller3}` })).body.exitBlocked).toBe(false);
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/exits/${exit.body.id}/checklist`, payload: { item: "property" } })).status).toBe(200);
  });

  it("K-13 shared hall equipment: the rota names the day's custodian, who counts it; the close shows the count", async () => {
    for (const [no, name, qty] of [["GZ-TH-H01", "老花镜", 3], ["GZ-TH-H02", "轮椅", 1]] as const) {
      const r = await env.call("manager", { method: "POST", url: "/api/v1/control/assets", payload: { counterId: th, assetNo: no, name, quantity: qty, custodianId: ids.duty, sharedHall: true } });
      expect(r.status).toBe(201);
    }
    const preview = async () => (await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-10` })).body.checks.find((c: any) => c.code === "hall_equipment_counted");
    expect(await preview()).toMatchObject({ status: "failed", blocking: false, details: { counted: false } });

    const noRota = await env.call("teller1", { method: "POST", url: "/api/v1/control/hall-counts", payload: { counterId: th, lines: [] } });
    expect(noRota.status).toBe(400); // at least one line
    const rota = await env.call("manager", { method: "PUT", url: "/api/v1/control/hall-rota", payload: { counterId: th, startDate: "2026-03-09", userIds: [ids.teller2, ids.teller1] } });
    expect(rota.status, JSON.stringify(rota.body)).toBe(200);
    expect(rota.body).toMatchObject({ date: "2026-03-10", custodianName: "柜员 王芳" });
    const day = rota.body;
    const lines = day.assets.map((x: any) => ({ assetId: x.id, present: x.quantity }));
    const notCustodian = await env.call("teller2", { method: "POST", url: "/api/v1/control/hall-counts", payload: { counterId: th, lines } });
    expect(notCustodian.status).toBe(403);
    expect(notCustodian.body.error.code).toBe("hall_count_not_custodian");
    const short = await env.call("teller1", { method: "POST", url: "/api/v1/control/hall-counts", payload: { counterId: th, lines: lines.map((l: any, i: number) => (i === 0 ? { ...l, present: l.present - 1 } : l)) } });
    expect(short.status, JSON.stringify(short.body)).toBe(201);
    expect(short.body.count).toMatchObject({ shortCount: 1, countedByName: "柜员 王芳" });
    expect(await preview()).toMatchObject({ status: "failed", details: { counted: true, count: 1 } });
    const ok = await env.call("teller1", { method: "POST", url: "/api/v1/control/hall-counts", payload: { counterId: th, lines } });
    expect(ok.status).toBe(201);
    expect(await preview()).toMatchObject({ status: "passed" });
    const tomorrow = await env.call("teller1", { method: "GET", url: `/api/v1/control/hall-equipment?counterId=${th}&date=2026-03-11` });
    expect(tomorrow.body).toMatchObject({ custodianName: "柜员 张伟", count: null });
  });
});
