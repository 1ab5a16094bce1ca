/** I-04 the seed's named reports as templates (seed 001 十, seed 002, 003-2 Art.28). */
import { describe, expect, it } from "vitest";
import { KPI_CATALOGUE } from "./kpi-catalogue.js";
import { REPORT_TEMPLATES, missingReportTexts, reportTemplateOf, templatesFor } from "./report-templates.js";

describe("report templates (I-04)", () => {
  it.each([
    ["daily", "counter", ["dailyOperations"]],
    ["weekly", "counter", ["weeklySummaryPlan"]],
    ["monthly", "city", ["monthlySummaryPlan"]],
    ["quarterly", "counter", ["quarterlyAnalysis", "quarterlyInformationToHq"]],
    ["quarterly", "province", ["quarterlyInformationToHq", "quarterlyAnalysis"]],
    ["yearly", "province", ["yearlyComplaintMechanism"]],
  ] as const)("a %s report of a %s offers %j, the default first", (period, kind, codes) => {
    expect(templatesFor(period, kind).map((t) => t.code)).toEqual(codes);
  });

  it("every template names catalogue indicators only and has a required summary", () => {
    const ids = new Set(KPI_CATALOGUE.map((k) => k.id));
    for (const t of REPORT_TEMPLATES) {
      for (const s of t.sections) if (s.kind === "kpis" && s.kpis !== "all") for (const k of s.kpis) expect(ids.has(k), `${t.code} ${k}`).toBe(true);
      expect(t.sections).toContainEqual({ kind: "text", key: "summary", required: true });
    }
  });

  it.each([
    ["weeklySummaryPlan", { summary: "平稳" }, ["anomalyAnalysis", "plan"]],
    ["weeklySummaryPlan", { summary: "平稳", plan: "增开窗口", anomalyAnalysis: "  " }, ["anomalyAnalysis"]],
    ["weeklySummaryPlan", { summary: "平稳", plan: "增开窗口", anomalyAnalysis: "培训" }, []],
    ["yearlyComplaintMechanism", { summary: "年度" }, ["mechanismOperation", "improvements"]],
    ["quarterlyInformationToHq", { summary: "季度", keyInformation: "退保原因集中" }, []],
  ] as const)("%s with %j misses %j", (code, texts, missing) => {
    expect(missingReportTexts(reportTemplateOf(code)!, texts)).toEqual(missing);
  });
});
