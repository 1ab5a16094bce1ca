import { describe, expect, it } from "vitest";
import { flattenDict, interpolate, makeTranslator, mergeDictionaries } from "./translate";

describe("i18n dictionaries", () => {
  it("flattens nested dictionaries to dotted keys", () => {
    expect(flattenDict({ a: { b: "x", c: { d: "y" } }, e: "z" })).toEqual({ "a.b": "x", "a.c.d": "y", e: "z" });
  });

  it("fills {placeholders} and leaves unknown ones", () => {
    expect(interpolate("{year} 年 {missing}", { year: 2027 })).toBe("2027 年 {missing}");
  });

  it("merges module dictionaries over the core one and falls back to zh-CN, then to the key", () => {
    const merged = mergeDictionaries([
      { "zh-CN": { errors: { x: "中文 {n}" }, only: "仅中文" }, "en-US": { errors: { x: "English {n}" } } },
      { "zh-CN": { errors: { x: "模块覆盖 {n}" } }, "en-US": {} },
    ]);
    const zh = makeTranslator(merged, "zh-CN");
    const en = makeTranslator(merged, "en-US");
    expect(zh("errors.x", { n: 1 })).toBe("模块覆盖 1");
    expect(en("errors.x", { n: 2 })).toBe("English 2");
    expect(en("only")).toBe("仅中文");
    expect(en("no.such.key")).toBe("no.such.key");
    expect(en.has("only")).toBe(true);
    expect(en.has("no.such.key")).toBe(false);
  });
});
