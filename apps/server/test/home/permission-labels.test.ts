/**
 * K-07 every permission action and every action group of the post-permission table has a name in
 * zh-CN and en-US (issue 10 item 4): the catalogue is what the server offers (migrations' grants plus
 * the actions modules register), the names are the web's dictionaries (core + every module).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coreDictionaries } from "../../../web/src/i18n/core.js";
import { type Locale, type ModuleDictionaries, mergeDictionaries } from "../../../web/src/i18n/translate.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const moduleDictionaries = Object.values(
  (import.meta as unknown as { glob(p: string, o: { eager: true }): Record<string, Record<string, ModuleDictionaries>> }).glob("../../../web/src/modules/*/i18n.ts", { eager: true }),
).flatMap((m) => Object.values(m));
const merged = mergeDictionaries([coreDictionaries, ...moduleDictionaries]);
const groupOf = (a: string) => (a.includes(".") ? a.slice(0, a.indexOf(".")) : "other");

describe(`permission names (${ENGINE})`, () => {
  let env: TestEnv;
  let actions: string[];

  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
    const res = await env.call("admin", { method: "GET", url: "/api/v1/permissions" });
    expect(res.status).toBe(200);
    actions = res.body.actions;
  });
  afterAll(async () => env?.close());

  it("reads the module dictionaries", () => {
    expect(moduleDictionaries.length).toBeGreaterThanOrEqual(5);
    expect(actions.length).toBeGreaterThan(40);
  });

  it.each(["zh-CN", "en-US"] as Locale[])("K-07 every action has a name in %s", (locale) => {
    const missing = actions.filter((a) => !merged[locale][`actions.${a}`]);
    expect(missing).toEqual([]);
  });

  it.each(["zh-CN", "en-US"] as Locale[])("K-07 every action group has a name in %s", (locale) => {
    const groups = [...new Set(actions.map(groupOf))];
    const missing = groups.filter((g) => !merged[locale][`permissions.group.${g}`] && !merged[locale][`menu.group.${g}`]);
    expect(missing).toEqual([]);
  });

  it("K-07 zh-CN names are Chinese words, not the action code", () => {
    const raw = actions.filter((a) => !/[\u4e00-\u9fff]/.test(merged["zh-CN"][`actions.${a}`] ?? ""));
    expect(raw).toEqual([]);
  });
});
