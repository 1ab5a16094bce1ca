/**
 * Issue 12 item 4: every control-register route declares a 2xx response schema (OpenAPI), and what
 * each route actually answers parses with that schema. One journey through every route, each answer
 * checked (K-01…K-05, K-02 hand-backs, D-06/K-04 findings, corrective actions, K-10 AML, K-11 archives).
 */
import * as contracts from "@ccms/contracts";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const BASE = "/api/v1/control";
const TAG = "control-registers";

describe(`control-register responses conform to the declared schemas (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const seen = new Set<string>();
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  /** Call, expect the status, parse the body with the schema; the route (method + template) is noted as covered. */
  async function check<S extends z.ZodTypeAny>(as: string, method: string, route: string, url: string, status: number, schema: S, payload?: unknown): Promise<z.infer<S>> {
    const res = await env.call(as, { method: method as never, url: `${BASE}${url}`, ...(payload === undefined ? {} : { payload: payload as never }) });
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body).slice(0, 500)}`).toBe(status);
    const parsed = schema.safeParse(res.body);
    expect(parsed.success, `${method} ${route}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues).slice(0, 800)}`).toBe(true);
    seen.add(`${method} ${BASE}${route}`);
    return parsed.data;
  }
  async function xlsx(route: string, url: string) {
    const res = await env.app.inject({ method: "GET", url: `${BASE}${url}`, headers: { authorization: `Bearer ${await env.token("manager")}` } });
    expect(res.statusCode, url).toBe(200);
    expect(String(res.headers["content-type"])).toContain("spreadsheetml");
    expect(res.rawPayload.subarray(0, 2).toString(), url).toBe("PK");
    seen.add(`GET ${BASE}${route}`);
  }

  it("every route answers what its contract declares", async () => {
    // Seals and controlled documents (K-01…K-04)
    const batch = await check("manager", "POST", "/items", "/items", 201, contracts.ControlItemResponse, { counterId: th, kind: "document", itemType: "保单", name: "保单 500001", serialFrom: "500001", serialTo: "500100" });
    const seal = await check("manager", "POST", "/items", "/items", 201, contracts.ControlItemResponse, { counterId: th, kind: "seal", itemType: "业务专用章", name: "测试章" });
    await check("manager", "GET", "/items/:id", `/items/${batch.id}`, 200, contracts.ControlItemResponse);
    await check("manager", "GET", "/items", `/items?counterId=${th}&kind=document`, 200, contracts.ControlItemList);
    const issued = await check("manager", "POST", "/items/:id/issue", `/items/${batch.id}/issue`, 200, contracts.ControlItemResponse, { toUserId: ids.teller1, serialFrom: "500011", serialTo: "500020", counted: true });
    await check("teller1", "POST", "/items/:id/usages", `/items/${issued.id}/usages`, 201, contracts.UsageResponse, { documentRef: "保单 P2026-9001", purpose: "出单", serial: "500011" });
    await check("teller1", "POST", "/items/:id/handover", `/items/${issued.id}/handover`, 200, contracts.ControlItemResponse, { toUserId: ids.teller2, counted: true });
    await check("teller2", "POST", "/items/:id/return", `/items/${issued.id}/return`, 200, contracts.ControlItemResponse, { counted: true, incompleteSerials: ["500012"] });
    await check("manager", "GET", "/items/:id/movements", `/items/${issued.id}/movements`, 200, contracts.CustodyMovementList);
    await check("manager", "POST", "/items/:id/losses", `/items/${batch.id}/losses`, 201, contracts.LossResponse, { serials: ["500001"], responsibleUserIds: [ids.teller1], note: "遗失" });
    const sealLoss = await check("manager", "POST", "/items/:id/losses", `/items/${seal.id}/losses`, 201, contracts.LossResponse, { responsibleUserIds: [ids.manager], note: "印章遗失" });
    expect(sealLoss.findingId).not.toBeNull();
    await check("manager", "GET", "/movements", `/movements?counterId=${th}`, 200, contracts.CustodyMovementList);
    await check("manager", "GET", "/usages", `/usages?counterId=${th}`, 200, contracts.UsageList);
    await check("manager", "GET", "/losses", `/losses?counterId=${th}`, 200, contracts.LossList);
    for (const r of ["items", "movements", "usages", "losses"]) await xlsx(`/${r}/export.xlsx`, `/${r}/export.xlsx?counterId=${th}`);

    // K-05 write-off lists
    const wo = await check("manager", "POST", "/write-offs", "/write-offs", 201, contracts.WriteOffResponse, { counterId: th, reason: "自动核销失败", lines: [{ docType: "保险单", serial: "500030" }] });
    await check("manager", "GET", "/write-offs/:id", `/write-offs/${wo.id}`, 200, contracts.WriteOffResponse);
    await check("manager", "GET", "/write-offs", `/write-offs?counterId=${th}`, 200, contracts.WriteOffList);
    await xlsx("/write-offs/export.xlsx", `/write-offs/export.xlsx?counterId=${th}`);

    // Leave and K-02 hand-backs
    const leave = await check("manager", "POST", "/leaves", "/leaves", 201, contracts.LeaveResponse, { userId: ids.teller2, from: "2026-03-11", to: "2026-03-12", kind: "annual" });
    expect(leave.handBackId).not.toBeNull();
    await check("manager", "GET", "/leaves", `/leaves?counterId=${th}`, 200, contracts.LeaveList);
    await xlsx("/leaves/export.xlsx", `/leaves/export.xlsx?counterId=${th}`);
    await check("manager", "GET", "/hand-backs", `/hand-backs?counterId=${th}`, 200, contracts.HandBackList);
    await check("manager", "POST", "/hand-backs/:id/confirm", `/hand-backs/${leave.handBackId}/confirm`, 200, contracts.HandBackResponse, { counted: true });

    // Findings (the seal loss above raised one)
    const findings = await check("auditor", "GET", "/findings", "/findings", 200, contracts.FindingList);
    const finding = findings.items.find((f) => f.id === sealLoss.findingId)!;
    await check("auditor", "GET", "/findings/:id", `/findings/${finding.id}`, 200, contracts.FindingResponse);
    await check("gdadmin", "POST", "/findings/:id/status", `/findings/${finding.id}/status`, 200, contracts.FindingResponse, { status: "investigating", resolution: "调查中" });
    await xlsx("/findings/export.xlsx", "/findings/export.xlsx");

    // Corrective actions (from a failed inspection item)
    const templates = (await env.call("duty", { method: "GET", url: "/api/v1/daily-ops/inspection-templates" })).body.items as Array<{ id: string; kind: string; sections: Array<{ items: Array<{ key: string }> }> }>;
    const tpl = templates.find((t) => t.kind === "security_check")!;
    const ins = (await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/inspections", payload: { counterId: th, templateId: tpl.id } })).body;
    const items = tpl.sections.flatMap((s) => s.items);
    await env.call("duty", { method: "PUT", url: `/api/v1/daily-ops/inspections/${ins.id}/answers`, payload: { answers: items.map((i, n) => (n === 0 ? { itemKey: i.key, result: "fail", comment: "未关" } : { itemKey: i.key, result: "pass" })) } });
    expect((await env.call("duty", { method: "POST", url: `/api/v1/daily-ops/inspections/${ins.id}/submit`, payload: {} })).status).toBe(200);
    const actions = await check("manager", "GET", "/corrective-actions", `/corrective-actions?counterId=${th}`, 200, contracts.CorrectiveActionList);
    const action = actions.items.find((a) => a.sourceId === ins.id)!;
    await check("manager", "GET", "/corrective-actions/:id", `/corrective-actions/${action.id}`, 200, contracts.CorrectiveActionResponse);
    const owner = Object.entries(ids).find(([, id]) => id === action.ownerId)![0];
    await check(owner, "POST", "/corrective-actions/:id/complete", `/corrective-actions/${action.id}/complete`, 200, contracts.CorrectiveActionResponse, { note: "已关好" });
    await check(owner === "manager" ? "duty" : "manager", "POST", "/corrective-actions/:id/verify", `/corrective-actions/${action.id}/verify`, 200, contracts.CorrectiveActionResponse, {});
    await xlsx("/corrective-actions/export.xlsx", `/corrective-actions/export.xlsx?counterId=${th}`);

    // AML (K-10)
    await check("manager", "GET", "/aml/settings", `/aml/settings?unitId=${th}`, 200, contracts.AmlSettings);
    await check("gzadmin", "PUT", "/aml/settings", "/aml/settings", 200, contracts.AmlSettings, { unitId: env.demo.cityId, cashThresholdFen: 4_000_000, transferThresholdFen: 200_000_000 });
    const tx = await check("teller1", "POST", "/aml/transactions", "/aml/transactions", 201, contracts.AmlTransactionResponse, {
      counterId: th, occurredAt: "2026-03-10T01:00:00Z", direction: "payment", method: "cash", amountFen: 5_000_000, customerName: "张三", customerIdType: "身份证", customerIdNo: "440101199001011234", identified: true,
    });
    const header = "occurredAt,direction,method,amountFen,customerName,customerIdType,customerIdNo,identified,policyNo,suspiciousReasons,note";
    await check("teller1", "POST", "/aml/transactions/import", "/aml/transactions/import", 201, contracts.ImportAmlTransactionsResponse, { counterId: th, csv: `${header}\n2026-03-10T01:50:00Z,payment,cash,4500000,王五,身份证,440101199001019999,true,P1,拆分交易,` });
    await check("manager", "POST", "/aml/transactions/:id/flag", `/aml/transactions/${tx.id}/flag`, 200, contracts.AmlTransactionResponse, { reasons: ["频繁退保"] });
    await check("manager", "POST", "/aml/transactions/:id/report", `/aml/transactions/${tx.id}/report`, 200, contracts.AmlTransactionResponse, { reportRef: "STR-2026-009" });
    await check("manager", "GET", "/aml/transactions", `/aml/transactions?counterId=${th}`, 200, contracts.AmlTransactionList);
    await check("manager", "GET", "/aml/report", `/aml/report?unitId=${th}&from=2026-03-01&to=2026-03-31`, 200, contracts.AmlReport);
    await xlsx("/aml/transactions/export.xlsx", `/aml/transactions/export.xlsx?counterId=${th}`);
    const si = await check("manager", "POST", "/aml/self-inspections", "/aml/self-inspections", 201, contracts.AmlSelfInspectionResponse, {
      counterId: th, period: "2026Q1", items: [{ text: "客户身份识别", compliant: true }, { text: "大额交易报告及时", compliant: false }], rectificationDeadline: "2026-03-31",
    });
    await check("manager", "POST", "/aml/self-inspections/:id/items/:index/rectify", `/aml/self-inspections/${si.id}/items/1/rectify`, 200, contracts.AmlSelfInspectionResponse, { note: "已补报" });
    await check("manager", "GET", "/aml/self-inspections", `/aml/self-inspections?counterId=${th}`, 200, contracts.AmlSelfInspectionList);
    await xlsx("/aml/self-inspections/export.xlsx", `/aml/self-inspections/export.xlsx?counterId=${th}`);

    // Archives (K-11)
    const b = await check("teller1", "POST", "/archives/borrowings", "/archives/borrowings", 201, contracts.ArchiveBorrowingResponse, { counterId: th, archiveRef: "ARC-2025-0099", title: "保全档案", purpose: "核对", dueDate: "2026-03-12" });
    await check("manager", "GET", "/archives/borrowings/:id", `/archives/borrowings/${b.id}`, 200, contracts.ArchiveBorrowingResponse);
    await check("manager", "POST", "/archives/borrowings/:id/decide", `/archives/borrowings/${b.id}/decide`, 200, contracts.ArchiveBorrowingResponse, { approved: true });
    await check("manager", "POST", "/archives/borrowings/:id/lend", `/archives/borrowings/${b.id}/lend`, 200, contracts.ArchiveBorrowingResponse, {});
    await check("manager", "POST", "/archives/borrowings/:id/return", `/archives/borrowings/${b.id}/return`, 200, contracts.ArchiveBorrowingResponse, { complete: true });
    await check("manager", "GET", "/archives/borrowings", `/archives/borrowings?counterId=${th}`, 200, contracts.ArchiveBorrowingList);
    await xlsx("/archives/borrowings/export.xlsx", `/archives/borrowings/export.xlsx?counterId=${th}`);
  });

  it("every control-register operation declares a 2xx response schema, and the journey above covered each", async () => {
    const doc = env.app.swagger() as { paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, { content?: unknown }> }>> };
    const operations: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.tags?.includes(TAG)) continue;
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`;
        operations.push(route);
        const ok = Object.entries(op.responses ?? {}).filter(([code, r]) => code.startsWith("2") && r.content !== undefined);
        expect(ok.length, `${route} declares no 2xx response schema`).toBeGreaterThan(0);
      }
    }
    expect(operations.length).toBe(54);
    expect(operations.filter((o) => !seen.has(o))).toEqual([]);
  });
});
