/**
 * i18n for the web app: zh-CN by default, en-US on request (remembered in localStorage); switches
 * the antd locale and the dayjs locale with it. Dictionaries = core dictionary + every module's
 * `i18n.ts` registered in `modules/index.tsx`.
 *
 *   const t = useT();  t("org.title");  t("errors.account_locked", { time: "10:15" })
 */
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/en";
import "dayjs/locale/zh-cn";
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { coreDictionaries } from "./core";
import {
  DEFAULT_LOCALE,
  type Locale,
  type ModuleDictionaries,
  type Translator,
  isLocale,
  makeTranslator,
  mergeDictionaries,
} from "./translate";

export type { Dict, Locale, ModuleDictionaries, Translator, Vars } from "./translate";
export { LOCALES } from "./translate";

const STORAGE_KEY = "ccms.locale";

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {}
  return DEFAULT_LOCALE;
}

interface I18nValue {
  locale: Locale;
  setLocale(l: Locale): void;
  t: Translator;
}

const I18nContext = createContext<I18nValue | null>(null);

/** A fixed translator for code that runs outside React (kept in sync by the provider). */
let currentTranslator: Translator = makeTranslator(mergeDictionaries([coreDictionaries]), DEFAULT_LOCALE);
export function translate(key: string, vars?: Parameters<Translator>[1]): string {
  return currentTranslator(key, vars);
}

const ANTD_LOCALES = { "zh-CN": zhCN, "en-US": enUS } as const;
const DAYJS_LOCALES = { "zh-CN": "zh-cn", "en-US": "en" } as const;

export function I18nProvider(props: { dictionaries: ReadonlyArray<ModuleDictionaries | undefined>; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const merged = useMemo(() => mergeDictionaries([coreDictionaries, ...props.dictionaries]), [props.dictionaries]);
  const t = useMemo(() => makeTranslator(merged, locale), [merged, locale]);
  currentTranslator = t;
  dayjs.locale(DAYJS_LOCALES[locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t("app.title");
  }, [locale, t]);

  const setLocale = useCallback((l: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {}
    setLocaleState(l);
  }, []);

  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[locale]}>{props.children}</ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}

/** The translator of the active locale: `t(key, vars)`. */
export function useT(): Translator {
  return useI18n().t;
}
