/** Dashboards with drill-down (issue 16 item 2; I-04, Q-06, Q-07, Q-09, C-02, ORG-01) on seeded history. */
import { Dashboard, KpiCatalogueResponse } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { type Seeded, seedReportingData } from "./reporting-seed.js";

const kpi = (d: { kpis: Array<{ id: string; value: number | null }> }, id: string) => d.kpis.find((k) => k.id === id)!;
const range = "from=2026-03-09&to=2026-03-09";

describe(`reporting dashboards (${ENGINE})`, () => {
  let env: TestEnv;
  let s: Seeded;
  beforeAll(async () => {
    env = await createTestEnv();
    s = await seedReportingData(env);
  });
  afterAll(async () => env?.close());

  it("I-04 the KPI catalogue is served with names, formulas, targets and rules", async () => {
    const r = await env.call("teller1", { method: "GET", url: "/api/v1/reporting/kpis" });
    expect(r.status).toBe(200);
    const body = KpiCatalogueResponse.parse(r.body);
    expect(body.items.find((k) => k.id === "satisfactionRate")).toMatchObject({ nameZh: "客户满意率", target: 90, ruleId: "Q-09" });
  });

  it("I-04 a city's figures are recomputed from its counters' tickets, with targets and the previous period", async () => {
    const r = await env.call("gzadmin", { method: "GET", url: `/api/v1/reporting/dashboard?orgUnitId=${env.demo.cityId}&${range}` });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const d = Dashboard.parse(r.body);
    expect(d.subject).toMatchObject({ kind: "city", name: "广州市分公司" });
    expect([d.previousFrom, d.previousTo]).toEqual(["2026-03-08", "2026-03-08"]);
    // Q-07 waits 10, 30, 5 and 2 minutes → 11.75; the previous day 20 → better
    expect(kpi(d, "avgWaitMinutes")).toMatchObject({ value: 11.8, previous: 20, target: 15, status: "met", trend: "better" });
    // Q-07 peak: 09:00–10:00 has waits 10, 30, 2 → 14.0
    expect(kpi(d, "peakHourWaitMinutes").value).toBe(14);
    // Q-09 ratings 5, 3, 4 → 2 of 3 satisfied
    expect(kpi(d, "satisfactionRate")).toMatchObject({ value: 66.7, status: "missed" });
    expect(kpi(d, "ticketsIssued").value).toBe(4);
    expect(kpi(d, "complaintsReceived").value).toBe(1);
    expect(d.complaintsByCause).toEqual([{ cause: "waiting", count: 1 }]);
    expect(d.byHour.find((h) => h.hour === 9)).toMatchObject({ issued: 3, avgWaitMinutes: 14 });
    // ranking of the counters by satisfaction: 越秀 100 % first, 天河 50 %
    expect(d.rows.map((x) => [x.name, x.rank, x.kpis.satisfactionRate])).toEqual([
      ["越秀客户服务中心", 1, 100],
      ["天河客户服务中心", 2, 50],
    ]);
    expect(d.breadcrumb.map((b) => b.kind)).toEqual(["city"]);
  });

  it("I-04 a counter's row equals the queue module's own statistics", async () => {
    const city = await env.call("gzadmin", { method: "GET", url: `/api/v1/reporting/dashboard?orgUnitId=${env.demo.cityId}&${range}` });
    const stats = await env.call("manager", { method: "GET", url: `/api/v1/counters/${s.th}/stats?${range}` });
    expect(stats.status).toBe(200);
    const row = (city.body as Dashboard).rows.find((x) => x.orgUnitId === s.th)!;
    expect(row.kpis.avgWaitMinutes).toBe(Math.round((stats.body.avgWaitSeconds / 60) * 10) / 10);
    expect(row.kpis.avgServiceMinutes).toBe(Math.round((stats.body.avgServiceSeconds / 60) * 10) / 10);
    expect(row.kpis.satisfactionRate).toBe(stats.body.satisfactionRate * 100);
    expect(row.kpis.ticketsIssued).toBe(stats.body.issued);
  });

  it("I-04 drill-down from HQ to a counter lists its windows and tellers, then one teller", async () => {
    const hq = await env.call("hqadmin", { method: "GET", url: `/api/v1/reporting/dashboard?${range}` });
    expect(hq.status).toBe(200);
    expect((hq.body as Dashboard).rows.map((x) => x.name)).toEqual(["广东省分公司"]);
    const counter = await env.call("hqadmin", { method: "GET", url: `/api/v1/reporting/dashboard?orgUnitId=${s.th}&${range}&rankBy=avgWaitMinutes` });
    const d = Dashboard.parse(counter.body);
    expect(d.breadcrumb.map((b) => b.name)).toEqual(["总公司", "广东省分公司", "广州市分公司", "天河客户服务中心"].slice(d.breadcrumb.length === 4 ? 0 : 1));
    const windows = d.rows.filter((x) => x.kind === "window");
    expect(windows.map((w) => [w.windowNumber, w.kpis.avgWaitMinutes, w.rank])).toEqual([
      [2, 5, 1],
      [1, 20, 2],
    ]);
    const tellers = d.rows.filter((x) => x.kind === "teller");
    expect(tellers.map((t) => t.name).sort()).toEqual(["柜员 张伟", "柜员 王芳"].sort());
    const one = await env.call("hqadmin", { method: "GET", url: `/api/v1/reporting/dashboard?orgUnitId=${s.th}&tellerId=${s.teller1}&${range}` });
    const t = Dashboard.parse(one.body);
    expect(t.subject).toMatchObject({ kind: "teller", name: "柜员 王芳" });
    expect(kpi(t, "ticketsServed").value).toBe(2);
    expect(kpi(t, "avgWaitMinutes").value).toBe(20);
    expect(t.breadcrumb.at(-1)).toMatchObject({ kind: "teller", tellerId: s.teller1 });
  });

  it("ORG-01 a counter manager cannot see a sibling counter (404); a teller has no dashboard (403)", async () => {
    const sibling = await env.call("manager", { method: "GET", url: `/api/v1/reporting/dashboard?orgUnitId=${s.yx}&${range}` });
    expect(sibling.status).toBe(404);
    const teller = await env.call("teller1", { method: "GET", url: `/api/v1/reporting/dashboard?${range}` });
    expect(teller.status).toBe(403);
    const bad = await env.call("manager", { method: "GET", url: `/api/v1/reporting/dashboard?from=2026-03-10&to=2026-03-01` });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_range");
  });
});
