/** Periodic reports (issue 16 item 3; I-04): figures equal to the module APIs, submission to the level above, export. */
import { PeriodicReport, ReportSubmissions } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";
import { type Seeded, seedReportingData } from "./reporting-seed.js";

const kpi = (r: PeriodicReport, id: string) => r.kpis.find((k) => k.id === id)!;
const march = "period=monthly&date=2026-03-15";

describe(`periodic reports (${ENGINE})`, () => {
  let env: TestEnv;
  let s: Seeded;
  beforeAll(async () => {
    env = await createTestEnv();
    s = await seedReportingData(env);
  });
  afterAll(async () => env?.close());

  it("I-04 a city's monthly report equals the figures recomputed from the queue module's own statistics", async () => {
    const r = await env.call("gzadmin", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${env.demo.cityId}&${march}` });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const report = PeriodicReport.parse(r.body);
    expect(report).toMatchObject({ from: "2026-03-01", to: "2026-03-31", previousFrom: "2026-02-01", dueDate: "2026-04-05", status: "notDue", template: "monthlySummaryPlan", submitToUnitName: "广东省分公司" });
    const stats = await Promise.all(
      [s.th, s.yx].map(async (id) => (await env.call(id === s.th ? "manager" : "yxmanager", { method: "GET", url: `/api/v1/counters/${id}/stats?from=2026-03-01&to=2026-03-31` })).body),
    );
    const issued = stats.reduce((n, x) => n + x.issued, 0);
    const ratings = stats.reduce((n, x) => n + x.ratings, 0);
    const satisfied = stats.reduce((n, x) => n + Math.round(x.satisfactionRate * x.ratings), 0);
    expect(kpi(report, "ticketsIssued").value).toBe(issued);
    expect(kpi(report, "satisfactionRate").value).toBe(Math.round((satisfied / ratings) * 1000) / 10);
    const cases = await env.call("gzadmin", { method: "GET", url: `/api/v1/cases/report?orgUnitId=${env.demo.cityId}&from=2026-03-01&to=2026-03-31` });
    expect(cases.status).toBe(200);
    expect(kpi(report, "complaintsReceived").value).toBe(cases.body.byKind.complaint ?? 0);
    expect(kpi(report, "onTimeReplyRate").value).toBe(cases.body.onTimePercent);
    // Q-09 75 % misses 90 %: an anomaly of the month
    expect(report.anomalies.map((a) => [a.kpi, a.reason])).toContainEqual(["satisfactionRate", "missedTarget"]);
    expect(report.units.map((u) => u.name).sort()).toEqual(["天河客户服务中心", "越秀客户服务中心"]);
  });

  it("I-04 a report is submitted after its period, may be returned by the level above and submitted again", async () => {
    const early = await env.call("manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", summary: "本月等候平稳" } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("report_period_not_ended");

    env.clock.set("2026-04-03T02:00:00Z");
    const sub = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", summary: "本月等候平稳，满意率未达标", plan: "下月增开高峰窗口" } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    expect(PeriodicReport.parse(sub.body)).toMatchObject({ status: "submitted", submittedByName: "柜面主管 陈敏", plan: "下月增开高峰窗口" });
    const again = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", summary: "再次" } });
    expect(again.body.error.code).toBe("report_already_submitted");

    const list = await callFresh(env, "gzadmin", { method: "GET", url: `/api/v1/reporting/submissions?orgUnitId=${env.demo.cityId}&${march}` });
    expect(list.status).toBe(200);
    const items = ReportSubmissions.parse(list.body).items;
    expect(items.map((i) => [i.unitName, i.status]).sort()).toEqual([
      ["天河客户服务中心", "submitted"],
      ["越秀客户服务中心", "due"],
    ]);

    const own = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/return", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", reason: "请补充原因" } });
    expect(own.status).toBe(403);
    const back = await callFresh(env, "gzadmin", { method: "POST", url: "/api/v1/reporting/reports/return", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", reason: "请补充满意率未达标的原因分析" } });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ status: "returned", returnedReason: "请补充满意率未达标的原因分析" });

    env.clock.set("2026-04-07T02:00:00Z");
    const late = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { orgUnitId: s.th, period: "monthly", date: "2026-03-15", summary: "补充：高峰时段人手不足" } });
    expect(late.body.status).toBe("late");

    const audit = await callFresh(env, "hqadmin", { method: "GET", url: "/api/v1/audit?limit=50" });
    const actions = (audit.body.items as Array<{ action: string }>).map((a) => a.action);
    expect(actions).toContain("report.submitted");
    expect(actions).toContain("report.returned");
  });

  it("I-04 K-09 the report is exported as xlsx through the audited export path", async () => {
    const r = await callFresh(env, "gzadmin", { method: "GET", url: `/api/v1/reporting/reports/export?orgUnitId=${env.demo.cityId}&${march}&format=xlsx` });
    expect(r.status).toBe(200);
    const res = await env.app.inject({
      method: "GET",
      url: `/api/v1/reporting/reports/export?orgUnitId=${env.demo.cityId}&${march}&format=csv`,
      headers: { authorization: `Bearer ${(await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "gzadmin", password: "Demo@2026pass" } })).json().token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.body).toContain("客户满意率");
    expect(res.body).toContain("天河客户服务中心");
    const audit = await callFresh(env, "hqadmin", { method: "GET", url: "/api/v1/audit?limit=50" });
    expect((audit.body.items as Array<{ action: string; entityId: string | null }>).some((a) => a.action === "data.exported" && a.entityId === "periodic-report")).toBe(true);
  });

  it("I-04 K-09 queue statistics are exportable: every ticket with its wait, handling, window and teller in words", async () => {
    const token = (await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "gzadmin", password: "Demo@2026pass" } })).json().token as string;
    const res = await env.app.inject({ method: "GET", url: `/api/v1/reporting/queue-export?orgUnitId=${env.demo.cityId}&from=2026-03-09&to=2026-03-09&format=csv`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-row-count"]).toBe("4");
    const lines = res.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toContain("等候（分钟）");
    const b002 = lines.find((l) => l.includes(",B002,"))!;
    expect(b002).toContain("天河客户服务中心");
    expect(b002).toContain("2026-03-09 09:30");
    expect(b002).toContain(",30,30,");
    expect(b002).toContain("柜员 王芳");
    const xlsx = await env.app.inject({ method: "GET", url: `/api/v1/reporting/queue-export?orgUnitId=${s.yx}&from=2026-03-09&to=2026-03-09`, headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const sibling = await callFresh(env, "manager", { method: "GET", url: `/api/v1/reporting/queue-export?orgUnitId=${s.yx}&from=2026-03-09&to=2026-03-09` });
    expect(sibling.status).toBe(404);
  });
});
