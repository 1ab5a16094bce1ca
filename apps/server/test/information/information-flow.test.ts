/** Customer information flow (issue 16 item 4; I-02, I-05, seed 001 十): record → consolidate weekly → validate → forward up. */
import { ConsolidationList, ConsolidationView, InfoEntryList } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`information flow (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("I-02 tellers and guides record what customers report; I-05 a surrender names its reason", async () => {
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/information/entries", payload: { kind: "complaint", content: "客户反映午间只开一个窗口" } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ businessDate: "2026-03-10", recordedByName: "柜员 王芳", consolidated: false });
    const noReason = await env.call("guide", { method: "POST", url: "/api/v1/information/entries", payload: { kind: "surrender", content: "客户要求退保" } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("surrender_reason_required");
    const s = await env.call("guide", { method: "POST", url: "/api/v1/information/entries", payload: { kind: "surrender", surrenderReason: "financialNeed", content: "客户资金周转困难要求退保" } });
    expect(s.status).toBe(201);
    const other = await env.call("yxteller", { method: "POST", url: "/api/v1/information/entries", payload: { orgUnitId: th, kind: "other", content: "x" } });
    expect(other.status).toBe(404);
    const list = await env.call("manager", { method: "GET", url: "/api/v1/information/entries?from=2026-03-09&to=2026-03-15" });
    const body = InfoEntryList.parse(list.body);
    expect(body.byKind).toEqual({ complaint: 1, surrender: 1 });
    expect(body.surrenderReasons).toEqual({ financialNeed: 1 });
  });

  it("I-02 the week is consolidated with focus issues, validated by the manager and forwarded to the city", async () => {
    const con = await env.call("duty", { method: "POST", url: "/api/v1/information/consolidations", payload: { orgUnitId: th, date: "2026-03-10", summary: "本周收集客户信息2条", focusIssues: ["午间窗口不足"] } });
    expect(con.status, JSON.stringify(con.body)).toBe(201);
    const week = ConsolidationView.parse(con.body);
    expect(week).toMatchObject({ weekFrom: "2026-03-09", weekTo: "2026-03-15", state: "consolidated", entryCount: 2, consolidatedByName: "值班经理 李强", focusIssues: ["午间窗口不足"] });
    const twice = await env.call("duty", { method: "POST", url: "/api/v1/information/consolidations", payload: { orgUnitId: th, date: "2026-03-12", summary: "再次", focusIssues: [] } });
    expect(twice.body.error.code).toBe("week_already_consolidated");
    const entries = await env.call("manager", { method: "GET", url: "/api/v1/information/entries?from=2026-03-09&to=2026-03-15" });
    expect(entries.body.items.every((e: { consolidated: boolean }) => e.consolidated)).toBe(true);

    const notYet = await env.call("gzadmin", { method: "GET", url: `/api/v1/information/consolidations?orgUnitId=${env.demo.cityId}` });
    expect(notYet.body.items).toEqual([]);
    const early = await env.call("manager", { method: "POST", url: `/api/v1/information/consolidations/${week.id}/forward` });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("consolidation_not_validated");
    const dutyValidates = await env.call("duty", { method: "POST", url: `/api/v1/information/consolidations/${week.id}/validate` });
    expect(dutyValidates.status).toBe(403);
    const v = await env.call("manager", { method: "POST", url: `/api/v1/information/consolidations/${week.id}/validate` });
    expect(v.body).toMatchObject({ state: "validated", validatedByName: "柜面主管 陈敏" });
    const f = await env.call("manager", { method: "POST", url: `/api/v1/information/consolidations/${week.id}/forward` });
    expect(f.body).toMatchObject({ state: "forwarded", forwardedToUnitName: "广州市分公司" });

    const city = await env.call("gzadmin", { method: "GET", url: `/api/v1/information/consolidations?orgUnitId=${env.demo.cityId}` });
    expect(ConsolidationList.parse(city.body).items.map((i) => [i.unitName, i.state])).toEqual([["天河客户服务中心", "forwarded"]]);
    const sibling = await env.call("yxmanager", { method: "POST", url: `/api/v1/information/consolidations/${week.id}/validate` });
    expect(sibling.status).toBe(404);
    const audit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?limit=50" });
    expect((audit.body.items as Array<{ action: string }>).map((a) => a.action)).toEqual(expect.arrayContaining(["information.consolidated", "information.validated", "information.forwarded"]));
  });
});
