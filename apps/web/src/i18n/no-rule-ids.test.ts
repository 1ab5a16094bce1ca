/**
 * Rule ids (K-07, CAL-03 …) are for supervisors' tooltips and help, not the words on screen (issue 10
 * item 6): no zh-CN/en-US dictionary value outside keys named like *tooltip* / *help* contains one.
 */
import { describe, expect, it } from "vitest";
import { coreDictionaries } from "./core";
import { type Locale, type ModuleDictionaries, flattenDict } from "./translate";

const modules = Object.entries(
  (import.meta as unknown as { glob(p: string, o: { eager: true }): Record<string, Record<string, ModuleDictionaries>> }).glob("../modules/*/i18n.ts", { eager: true }),
).flatMap(([file, m]) => Object.values(m).map((d) => [file, d] as const));

const RULE_ID = /(?<![A-Za-z0-9-])(?:[A-Z]{1,3})-\d{2}(?![0-9])/;
const EXEMPT_KEY = /tooltip|help/i;

export function ruleIdsOnScreen(dicts: ReadonlyArray<readonly [string, ModuleDictionaries]>, locale: Locale): string[] {
  const hits: string[] = [];
  for (const [file, d] of dicts) {
    for (const [key, value] of Object.entries(flattenDict(d[locale] ?? {}))) {
      if (EXEMPT_KEY.test(key)) continue;
      if (RULE_ID.test(value)) hits.push(`${file.replace(/^.*modules\//, "")} ${key}: ${value}`);
    }
  }
  return hits;
}

describe("no rule ids in the words on screen (issue 10 item 6)", () => {
  it("finds the module dictionaries", () => expect(modules.length).toBeGreaterThanOrEqual(5));
  it("the check catches a rule id and spares tooltips", () => {
    const sample: ModuleDictionaries = { "zh-CN": { a: { title: "排队 Q-06", tooltip: "Q-06" }, b: { help: "依据 K-07" } }, "en-US": {} };
    expect(ruleIdsOnScreen([["x", sample]], "zh-CN")).toEqual(["x a.title: 排队 Q-06"]);
  });
  it.each(["zh-CN", "en-US"] as Locale[])("no rule id in a %s value", (locale) => {
    expect(ruleIdsOnScreen([["core", coreDictionaries], ...modules], locale)).toEqual([]);
  });
});
