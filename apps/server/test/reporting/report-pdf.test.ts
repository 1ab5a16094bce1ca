/** Periodic reports printed as PDF and written after the seed's named templates (issue 16 item 3; I-04, K-09). */
import { PeriodicReport } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";
import { pdfText } from "./pdf-text.js";
import { type Seeded, seedReportingData } from "./reporting-seed.js";

describe(`periodic report PDF and templates (${ENGINE})`, () => {
  let env: TestEnv;
  let s: Seeded;
  const token = async (username: string) => (await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: "Demo@2026pass" } })).json().token as string;
  beforeAll(async () => {
    env = await createTestEnv();
    s = await seedReportingData(env);
  });
  afterAll(async () => env?.close());

  it("I-04 K-09 a city's monthly report prints as a PDF with Chinese headers, unit names, local times and the figures; the print is audited", async () => {
    env.clock.set("2026-04-03T02:00:00Z");
    const json = PeriodicReport.parse((await callFresh(env, "gzadmin", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${env.demo.cityId}&period=monthly&date=2026-03-15` })).body);
    const res = await env.app.inject({ method: "GET", url: `/api/v1/reporting/reports/pdf?orgUnitId=${env.demo.cityId}&period=monthly&date=2026-03-15`, headers: { authorization: `Bearer ${await token("gzadmin")}` } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(encodeURIComponent("月度工作总结及下月计划"));
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const lines = pdfText(pdf);
    const text = lines.join("\n");
    expect(lines.some((l) => l.includes("\uFFFD"))).toBe(false);
    expect(text).toContain("月度工作总结及下月计划");
    // complaints by cause named from the managed cause list (issue 10 item 4), never the code
    expect(json.complaintsByCause.map((c) => c.cause)).toContain("waiting");
    expect(text).toContain("排队等候时间长");
    expect(text).toContain(json.unitName);
    for (const h of ["报告期间", "一、主要指标", "本期", "上期", "目标", "达标情况", "二、异常分析", "三、下级单位情况", "四、投诉原因分布", "五、工作总结", "六、下期工作计划"]) expect(lines, lines.join("|")).toContain(h);
    expect(text).toContain("2026-03-01 至 2026-03-31");
    // a cell may wrap onto two lines: the text in order
    expect(lines.join("")).toContain("天河客户服务中心（客户服务中心）");
    expect(lines.join("")).toContain("越秀客户服务中心（客户服务中心）");
    // the figures of the JSON report, row by row
    const sat = json.kpis.find((k) => k.id === "satisfactionRate")!;
    const issued = json.kpis.find((k) => k.id === "ticketsIssued")!;
    const at = lines.indexOf("客户满意率");
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 5)).toEqual([`${sat.value}%`, sat.previous === null ? "—" : `${sat.previous}%`, `${sat.target}%`, "未达标"]);
    const i = lines.indexOf("取号量");
    expect(lines[i + 1]).toBe(String(issued.value));
    // printed by whom, when (Asia/Shanghai: 02:00Z is 10:00)
    expect(text).toContain("2026-04-03 10:00");
    const audit = await callFresh(env, "hqadmin", { method: "GET", url: "/api/v1/audit?limit=50" });
    const entry = (audit.body.items as Array<{ action: string; entityId: string | null; details: { format?: string } }>).find((a) => a.action === "data.exported" && a.entityId === "periodic-report" && a.details.format === "pdf");
    expect(entry).toBeDefined();
  });

  it("I-04 a counter outside the caller's scope is not printed", async () => {
    const res = await env.app.inject({ method: "GET", url: `/api/v1/reporting/reports/pdf?orgUnitId=${s.yx}&period=monthly&date=2026-03-15`, headers: { authorization: `Bearer ${await token("manager")}` } });
    expect(res.statusCode).toBe(404);
  });

  it("I-04 the seed's named reports are templates: sections by period and level, a choice on the report, required free texts before submitting", async () => {
    const weekly = PeriodicReport.parse((await callFresh(env, "manager", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${s.th}&period=weekly&date=2026-03-09` })).body);
    expect(weekly.template).toBe("weeklySummaryPlan");
    expect(weekly.sections.filter((x) => x.kind === "text").map((x) => x.kind === "text" && x.key)).toEqual(["anomalyAnalysis", "summary", "plan"]);
    const province = PeriodicReport.parse((await callFresh(env, "hqadmin", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${env.demo.provinceId}&period=quarterly&date=2026-03-15` })).body);
    expect(province.template).toBe("quarterlyInformationToHq");
    expect(province.templates).toEqual(["quarterlyInformationToHq", "quarterlyAnalysis"]);
    const yearly = PeriodicReport.parse((await callFresh(env, "manager", { method: "GET", url: `/api/v1/reporting/reports?orgUnitId=${s.th}&period=yearly&date=2026-03-15` })).body);
    expect(yearly).toMatchObject({ template: "yearlyComplaintMechanism", title: "年度工作报告（含投诉处理机制年度报告）" });
    expect(yearly.sections.map((x) => x.kind)).toContain("complaintsByCause");

    env.clock.set("2026-03-17T02:00:00Z");
    const week = { orgUnitId: s.th, period: "weekly", date: "2026-03-09", template: "weeklySummaryPlan" };
    const missing = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { ...week, summary: "本周平稳" } });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: "report_text_missing", details: { sections: ["anomalyAnalysis", "plan"] } });
    const wrong = await callFresh(env, "manager", { method: "POST", url: "/api/v1/reporting/reports/submit", payload: { ...week, template: "monthlySummaryPlan", summary: "本周平稳" } });
    expect(wrong.status).toBe(400);
    const ok = await callFresh(env, "manager", {
      method: "POST",
      url: "/api/v1/reporting/reports/submit",
      payload: { ...week, summary: "本周平稳", plan: "下周增开高峰窗口", texts: { anomalyAnalysis: "周一上午等候超时，因柜员丌晓培训" } },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(PeriodicReport.parse(ok.body).texts).toEqual({ summary: "本周平稳", plan: "下周增开高峰窗口", anomalyAnalysis: "周一上午等候超时，因柜员丌晓培训" });
    const res = await env.app.inject({ method: "GET", url: `/api/v1/reporting/reports/pdf?orgUnitId=${s.th}&period=weekly&date=2026-03-09`, headers: { authorization: `Bearer ${await token("manager")}` } });
    expect(res.statusCode).toBe(200);
    const lines = pdfText(res.rawPayload);
    expect(lines).toContain("三、异常情况原因分析及措施");
    // 丌 is outside the font's simplified-Chinese subset: drawn from the slice that has it, never a missing glyph
    expect(lines.join("")).toContain("周一上午等候超时，因柜员丌晓培训");
    expect(lines.some((l) => l.includes("\uFFFD"))).toBe(false);
    expect(lines).toContain("下周增开高峰窗口");
    expect(lines.join("\n")).toContain("柜面主管 陈敏（2026-03-17 10:00）");
  });
});
