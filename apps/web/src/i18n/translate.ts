/**
 * Pure i18n helpers (no React, no DOM): dictionaries are nested objects flattened to dotted keys;
 * `{name}` placeholders are filled from vars. A key missing in the active locale falls back to
 * zh-CN, then to the key itself.
 */
export type Locale = "zh-CN" | "en-US";
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** A dictionary: nested objects of strings; `{ org: { title: "机构" } }` gives the key `org.title`. */
export interface Dict {
  [key: string]: string | Dict;
}
/** What a module's `i18n.ts` exports: one dictionary per locale. */
export type ModuleDictionaries = Record<Locale, Dict>;

export type Vars = Record<string, string | number | boolean | null | undefined>;

export interface Translator {
  (key: string, vars?: Vars): string;
  has(key: string): boolean;
  locale: Locale;
}

export function isLocale(s: unknown): s is Locale {
  return typeof s === "string" && (LOCALES as readonly string[]).includes(s);
}

export function flattenDict(dict: Dict, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[key] = v;
    else flattenDict(v, key, out);
  }
  return out;
}

/** Later dictionaries win on the same key (modules may refine core wording). */
export function mergeDictionaries(sets: ReadonlyArray<ModuleDictionaries | undefined>): Record<Locale, Record<string, string>> {
  const out = { "zh-CN": {}, "en-US": {} } as Record<Locale, Record<string, string>>;
  for (const set of sets) {
    if (!set) continue;
    for (const loc of LOCALES) if (set[loc]) flattenDict(set[loc], "", out[loc]);
  }
  return out;
}

export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    return v === undefined || v === null ? m : String(v);
  });
}

export function makeTranslator(merged: Record<Locale, Record<string, string>>, locale: Locale): Translator {
  const primary = merged[locale];
  const fallback = merged[DEFAULT_LOCALE];
  const t = ((key: string, vars?: Vars) => {
    const s = primary[key] ?? fallback[key];
    return s === undefined ? key : interpolate(s, vars);
  }) as Translator;
  t.has = (key: string) => key in primary || key in fallback;
  t.locale = locale;
  return t;
}
