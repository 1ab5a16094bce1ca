/**
 * K-07 (seed 001 九, issue 11 item 4) the post-permission table set per province with acceptance (验收):
 * a province admin proposes a change, a second authorised person accepts it, only then is it in force
 * for the province's subtree; until then HQ's table (or the previous accepted version) applies; HQ
 * defaults are inherited; versions and audit kept. Also C-12 the committee size per unit (≥ 3) used by
 * the ruling, and case causes as a managed list with names (issue 10 item 4).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../src/modules/control/users.js";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`K-07 post-permission table per province with acceptance (${ENGINE})`, () => {
  let env: TestEnv;
  let gd: string;

  const perms = async (u: string): Promise<string[]> => (await env.call(u, { method: "GET", url: "/api/v1/auth/me" })).body.permissions;
  const propose = (u: string, overrides: unknown[], reason = "调整岗位权限") =>
    env.call(u, { method: "POST", url: `/api/v1/permissions/provinces/${gd}/versions`, payload: { overrides, reason } });
  const decide = (u: string, versionId: string, decision: "accept" | "reject", note?: string) =>
    env.call(u, { method: "POST", url: `/api/v1/permissions/provinces/${gd}/versions/${versionId}/decision`, payload: { decision, ...(note ? { note } : {}) } });
  const auditActions = async (entityId: string) =>
    (await env.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", entityId).orderBy("seq").execute()).map((r) => r.action);

  beforeAll(async () => {
    env = await createTestEnv();
    gd = env.demo.provinceId;
    await createUser(env.ctx, null, { username: "gdadmin2", password: DEMO_PASSWORD, displayName: "省分公司管理员 二", orgUnitId: gd, roles: ["branchAdmin"] }, { mustChangePassword: false });
  });
  afterAll(async () => env?.close());

  it("K-07 a proposal takes effect only after a second person accepts it (验收), for the province's subtree only", async () => {
    expect(await perms("teller1")).not.toContain("audit.read");
    expect(await perms("duty")).toContain("user.read");
    const p = await propose("gdadmin", [
      { role: "teller", action: "audit.read", granted: true },
      { role: "dutyManager", action: "user.read", granted: false },
    ]);
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body).toMatchObject({ version: 1, state: "proposed", proposedByName: "省分公司管理员" });
    // until accepted, HQ's table applies
    expect(await perms("teller1")).not.toContain("audit.read");
    // not by the proposer, not below the province level, not without the right
    expect((await decide("gdadmin", p.body.id, "accept")).body.error.code).toBe("acceptance_by_proposer");
    expect((await decide("gzadmin", p.body.id, "accept")).body.error.code).toBe("province_level_required");
    expect((await decide("teller1", p.body.id, "accept")).status).toBe(403);
    // one proposal at a time
    expect((await propose("gdadmin2", [])).body.error.code).toBe("proposal_pending");
    const a = await decide("gdadmin2", p.body.id, "accept", "已核对");
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body).toMatchObject({ state: "inForce", decidedByName: "省分公司管理员 二", decisionNote: "已核对" });
    expect((await decide("hqadmin", p.body.id, "reject")).body.error.code).toBe("proposal_decided");
    // in force at once for the subtree (the counter's teller, duty manager); HQ's own table unchanged
    expect(await perms("teller1")).toContain("audit.read");
    expect(await perms("yxteller")).toContain("audit.read");
    expect(await perms("duty")).not.toContain("user.read");
    const hq = await env.call("hqadmin", { method: "GET", url: "/api/v1/permissions" });
    expect(hq.body.grants).not.toContainEqual({ role: "teller", action: "audit.read" });
    expect(await auditActions(p.body.id)).toEqual(["permission.province.proposed", "permission.province.accepted"]);
  });

  it("K-07 HQ defaults are inherited: a later HQ grant reaches the province; overrides stay", async () => {
    expect(await perms("guide")).not.toContain("user.read");
    const g = await env.call("hqadmin", { method: "PUT", url: "/api/v1/permissions", payload: { role: "guide", action: "user.read", granted: true, reason: "总公司统一调整" } });
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(await perms("guide")).toContain("user.read");
    const view = await env.call("gdadmin", { method: "GET", url: `/api/v1/permissions/provinces/${gd}` });
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.inForce.version).toBe(1);
    expect(view.body.grants).toContainEqual({ role: "guide", action: "user.read" });
    expect(view.body.grants).toContainEqual({ role: "teller", action: "audit.read" });
    expect(view.body.grants).not.toContainEqual({ role: "dutyManager", action: "user.read" });
  });

  it("K-07 a rejected proposal changes nothing; a later accepted one supersedes the previous version", async () => {
    const r = await propose("gdadmin2", [], "恢复总公司默认");
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const rej = await decide("gdadmin", r.body.id, "reject", "暂不调整");
    expect(rej.body.state).toBe("rejected");
    expect(await perms("teller1")).toContain("audit.read");
    expect(await auditActions(r.body.id)).toEqual(["permission.province.proposed", "permission.province.rejected"]);

    const v3 = await propose("gdadmin", [{ role: "dutyManager", action: "user.read", granted: false }], "柜员不再查看审计日志");
    expect((await decide("hqadmin", v3.body.id, "accept")).body.state).toBe("inForce");
    expect(await perms("teller1")).not.toContain("audit.read");
    expect(await perms("duty")).not.toContain("user.read");
    const view = await env.call("auditor", { method: "GET", url: `/api/v1/permissions/provinces/${gd}` });
    expect(view.body.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [3, "inForce"],
      [2, "rejected"],
      [1, "superseded"],
    ]);
  });

  it("K-07 rights over permission tables stay HQ's; posts above the proposer and other provinces are refused", async () => {
    expect((await propose("gdadmin", [{ role: "teller", action: "permission.write", granted: true }])).body.error.code).toBe("permission_action_hq_only");
    expect((await propose("gdadmin", [{ role: "branchAdmin", action: "audit.read", granted: false }])).body.error.code).toBe("role_above_proposer");
    expect((await propose("gdadmin", [{ role: "teller", action: "no.such.action", granted: true }])).body.error.code).toBe("unknown_action");
    expect((await propose("gzadmin", [])).body.error.code).toBe("province_level_required");
    expect((await propose("manager", [])).status).toBe(403);
    expect((await env.call("gdadmin", { method: "GET", url: `/api/v1/permissions/provinces/${env.demo.cityId}` })).status).toBe(404);
  });

  it("C-12 the committee size is a unit setting (≥ 3) that the ruling applies", async () => {
    const th = env.demo.counterIds[0]!;
    expect((await env.call("manager", { method: "GET", url: `/api/v1/cases/committee/${th}` })).body).toEqual({ unitId: th, minMembers: 3, setAt: null });
    expect((await env.call("gdadmin", { method: "PUT", url: `/api/v1/cases/committee/${env.demo.cityId}`, payload: { minMembers: 2, reason: "x" } })).status).toBe(400);
    expect((await env.call("teller1", { method: "PUT", url: `/api/v1/cases/committee/${th}`, payload: { minMembers: 5, reason: "x" } })).status).toBe(403);
    const s = await env.call("gdadmin", { method: "PUT", url: `/api/v1/cases/committee/${env.demo.cityId}`, payload: { minMembers: 5, reason: "市分公司责任认定领导小组5人" } });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect((await env.call("manager", { method: "GET", url: `/api/v1/cases/committee/${th}` })).body).toEqual({ unitId: th, minMembers: 5, setAt: env.demo.cityId });

    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰", phone: "13812345678" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    for (const a of [{ type: "accept" }, { type: "reply", method: "phone", content: "答复", reconsiderationInfo: true }]) {
      expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: a })).status).toBe(200);
    }
    const rule = (members: string[]) =>
      env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "rule", outcome: "nonResponsible", category: "processFlaw", note: "委员会认定", committee: { members, inFavour: members.length } } });
    const small = await rule(["陈敏", "李强", "王芳"]);
    expect(small.status).toBe(422);
    expect(small.body.error).toMatchObject({ code: "committee_too_small", details: { minMembers: 5 } });
    expect((await rule(["陈敏", "李强", "王芳", "张伟", "刘洋"])).status).toBe(200);
    const audit = await env.database.db.selectFrom("audit_log").select(["action", "details"]).where("entity_id", "=", env.demo.cityId).where("action", "=", "case.committee.set").execute();
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ minMembers: 5, before: 3 });
  });

  it("case causes are a managed list with names: seeded, added, retired, audited", async () => {
    const list = await env.call("teller1", { method: "GET", url: "/api/v1/cases/causes" });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items.map((c: { code: string }) => c.code)).toContain("policyLoan");
    expect(list.body.items.find((c: { code: string }) => c.code === "fee")).toMatchObject({ nameZh: "收费与手续费", active: true, orgUnitId: null });
    expect((await env.call("manager", { method: "POST", url: "/api/v1/cases/causes", payload: { code: "parking", nameZh: "停车不便", nameEn: "Parking" } })).status).toBe(403);
    const add = await env.call("gdadmin", { method: "POST", url: "/api/v1/cases/causes", payload: { code: "parking", nameZh: "停车不便", nameEn: "Parking" } });
    expect(add.status, JSON.stringify(add.body)).toBe(201);
    expect(add.body).toMatchObject({ orgUnitId: gd, code: "parking", active: true });
    expect((await env.call("gdadmin", { method: "POST", url: "/api/v1/cases/causes", payload: { code: "fee", nameZh: "收费", nameEn: "Fee" } })).body.error.code).toBe("cause_code_taken");
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/cases/causes" })).body.items.map((c: { code: string }) => c.code)).toContain("parking");
    // a case with the new cause: its export shows the cause by name
    const th = env.demo.counterIds[0]!;
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "opinion", orgUnitId: th, channel: "counter", summary: "门口无处停车", cause: "parking", customer: { name: "李四" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const csv = await env.call("manager", { method: "GET", url: `/api/v1/cases/export?format=csv&orgUnitId=${th}` });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain("停车不便");
    // HQ's causes are HQ's to change
    expect((await env.call("gdadmin", { method: "PATCH", url: "/api/v1/cases/causes/cause_fee", payload: { active: false, reason: "x" } })).body.error.code).toBe("hq_cause");
    const retire = await env.call("gdadmin", { method: "PATCH", url: `/api/v1/cases/causes/${add.body.id}`, payload: { active: false, reason: "并入服务环境" } });
    expect(retire.body).toMatchObject({ active: false });
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/cases/causes" })).body.items.map((c: { code: string }) => c.code)).not.toContain("parking");
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/cases/causes?includeRetired=true" })).body.items.map((c: { code: string }) => c.code)).toContain("parking");
    expect(await auditActions(add.body.id)).toEqual(["case.cause.added", "case.cause.retired"]);
  });
});
