/** Every cases response parses with its contract schema (the web relies on them). */
import {
  AlertList,
  CallbackList,
  CaseDetail,
  CaseList,
  CasePolicy,
  CasePolicyVersions,
  CaseReport,
  CreateCaseResponse,
  CreateSpecialMattersResponse,
  PolicyPresetList,
  RectificationBoard,
  RectificationBulletin,
  RulingList,
  SampleCallbacksResponse,
  SweepResponse,
  UnmaskCaseResponse,
} from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

/** C-12 the unit's responsibility committee (003 第二篇 Art.18): at least 3 members, a majority in favour. */
const COMMITTEE = { members: ["陈敏", "李强", "王芳"], inFavour: 3 };

describe(`cases responses match the contracts (${ENGINE})`, () => {
  let env: TestEnv;
  let TH: string;
  beforeAll(async () => {
    env = await createTestEnv();
    TH = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  async function parsed<T extends z.ZodType>(schema: T, as: string, o: { method: "GET" | "POST" | "PUT"; url: string; payload?: object }, status = 200) {
    const r = await env.call(as, o);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    const p = schema.safeParse(r.body);
    expect(p.success, p.success ? "" : JSON.stringify(p.error.issues.slice(0, 3))).toBe(true);
    return r.body as z.infer<T>;
  }

  it("intake, case page, actions, lists, policies, work lists, report, jobs", async () => {
    const c = await parsed(CreateCaseResponse, "teller1", {
      method: "POST",
      url: "/api/v1/cases",
      payload: { kind: "complaint", orgUnitId: TH, channel: "visit", summary: "对续期扣款有异议", customer: { name: "陈晨", phone: "13612345678" } },
    }, 201);
    await parsed(CaseDetail, "teller1", { method: "GET", url: `/api/v1/cases/${c.id}` });
    await parsed(CaseDetail, "teller1", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "accept" } });
    await parsed(CaseDetail, "teller1", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "reply", method: "phone", content: "已解释扣款规则", reconsiderationInfo: true } });
    await parsed(CaseDetail, "manager", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "rule", outcome: "nonResponsible", category: "customerMisunderstanding", note: "客户误解", committee: COMMITTEE } });
    const closed = await parsed(CaseDetail, "teller1", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "close" } });
    expect(closed.callbacks).toHaveLength(1);
    await parsed(UnmaskCaseResponse, "manager", { method: "POST", url: `/api/v1/cases/${c.id}/unmask`, payload: { reason: "回访" } });
    await parsed(CaseList, "manager", { method: "GET", url: "/api/v1/cases?open=true&overdue=false" });
    await parsed(CallbackList, "manager", { method: "GET", url: "/api/v1/cases/callbacks?status=pending" });
    await parsed(SampleCallbacksResponse, "gzadmin", { method: "POST", url: "/api/v1/cases/callbacks/sample", payload: { orgUnitId: env.demo.cityId, from: "2026-03-01", to: "2026-03-31" } });
    await parsed(RulingList, "manager", { method: "GET", url: "/api/v1/cases/rulings" });
    await parsed(RectificationBoard, "manager", { method: "GET", url: "/api/v1/cases/rectifications" });
    await parsed(RectificationBulletin, "manager", { method: "GET", url: "/api/v1/cases/rectification-bulletin" });
    await parsed(PolicyPresetList, "teller1", { method: "GET", url: "/api/v1/cases/policy-presets" });
    await parsed(CasePolicyVersions, "manager", { method: "GET", url: `/api/v1/cases/policies/${TH}` });
    await parsed(CasePolicy, "gzadmin", { method: "PUT", url: `/api/v1/cases/policies/${TH}`, payload: { preset: "insurer", reason: "确认" } });
    await parsed(CaseReport, "manager", { method: "GET", url: `/api/v1/cases/report?orgUnitId=${TH}&from=2026-03-01&to=2026-03-31` });
    env.clock.set("2026-03-25T02:00:00Z");
    await parsed(SweepResponse, "admin", { method: "POST", url: "/api/v1/cases/sweep", payload: {} });
    await parsed(AlertList, "admin", { method: "GET", url: "/api/v1/cases/alerts" });
    await parsed(CreateSpecialMattersResponse, "admin", { method: "POST", url: "/api/v1/cases/special-matters", payload: { counterId: TH, date: "2026-03-24" } });
  });
});
