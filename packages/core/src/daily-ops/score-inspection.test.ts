import { describe, expect, it } from "vitest";
import { DAILY_PATROL_TEMPLATE, ENVIRONMENT_STANDARD_TEMPLATE, SHIPPED_INSPECTION_TEMPLATES, templateItems, validateInspectionTemplate } from "./inspection-templates.js";
import { assertInspectionSubmittable, mergeInspectionAnswers, scoreInspection } from "./score-inspection.js";

const t = {
  sections: [
    {
      key: "a",
      title: "A",
      items: [
        { key: "x", text: "x", weight: 2, requirePhotoOnFail: true, requireCommentOnFail: true, critical: false },
        { key: "y", text: "y", weight: 1, requirePhotoOnFail: false, requireCommentOnFail: true, critical: false },
        { key: "z", text: "z", weight: 1, requirePhotoOnFail: false, requireCommentOnFail: false, critical: true },
      ],
    },
  ],
};

describe("D-02 inspections: answers against the template version, scoring, failure requirements", () => {
  it("shipped templates are valid with unique keys; D-11 covers the seed's environment standard; D-02 carries P-16", () => {
    for (const tpl of SHIPPED_INSPECTION_TEMPLATES) expect(() => validateInspectionTemplate(tpl)).not.toThrow();
    expect(templateItems(ENVIRONMENT_STANDARD_TEMPLATE).length).toBeGreaterThanOrEqual(35);
    expect(templateItems(DAILY_PATROL_TEMPLATE).filter((i) => i.ruleId === "P-16")).toHaveLength(5);
  });

  it("refuses answers for items not in the version, and duplicates", () => {
    expect(() => mergeInspectionAnswers(t, [], [{ itemKey: "q", result: "pass" }])).toThrowError(expect.objectContaining({ code: "unknown_inspection_item" }));
    expect(() => mergeInspectionAnswers(t, [], [{ itemKey: "x", result: "pass" }, { itemKey: "x", result: "fail" }])).toThrowError(expect.objectContaining({ code: "duplicate_inspection_answer" }));
    expect(mergeInspectionAnswers(t, [{ itemKey: "y", result: "fail" }], [{ itemKey: "y", result: "pass" }, { itemKey: "x", result: "pass" }]).map((a) => a.itemKey)).toEqual(["x", "y"]);
  });

  it.each([
    [["pass", "pass", "pass"], 100],
    [["fail", "pass", "pass"], 50],
    [["pass", "fail", "na"], 66.7],
    [["na", "na", "na"], 100],
  ])("scores %o as %d (weights 2,1,1; na not counted)", (results, score) => {
    const answers = ["x", "y", "z"].map((k, i) => ({ itemKey: k, result: results[i] as "pass" | "fail" | "na", comment: "c", photos: ["p"] }));
    expect(scoreInspection(t, answers).score).toBe(score);
  });

  it("submission needs every item, a comment and a photo where the failed item asks for them", () => {
    expect(() => assertInspectionSubmittable(t, [{ itemKey: "x", result: "pass" }])).toThrowError(expect.objectContaining({ code: "inspection_incomplete" }));
    const base = [{ itemKey: "y", result: "pass" as const }, { itemKey: "z", result: "fail" as const }];
    expect(() => assertInspectionSubmittable(t, [{ itemKey: "x", result: "fail" }, ...base])).toThrowError(expect.objectContaining({ code: "failure_comment_required" }));
    expect(() => assertInspectionSubmittable(t, [{ itemKey: "x", result: "fail", comment: "dirty" }, ...base])).toThrowError(expect.objectContaining({ code: "failure_photo_required" }));
    expect(assertInspectionSubmittable(t, [{ itemKey: "x", result: "fail", comment: "dirty", photos: ["p"] }, ...base]).failed.map((i) => i.key)).toEqual(["x", "z"]);
  });
});
