/** Business type names in the active language (device and staff queue pages). */
import { useCallback } from "react";
import { useI18n } from "../../i18n";

/** The business type's name in the active language. */
export function useTypeName() {
  const { locale } = useI18n();
  return useCallback(
    (x: { nameZh?: string; nameEn?: string; businessTypeNameZh?: string; businessTypeNameEn?: string; code?: string; businessType?: string }) =>
      (locale === "zh-CN" ? (x.nameZh ?? x.businessTypeNameZh) : (x.nameEn ?? x.businessTypeNameEn)) ?? x.code ?? x.businessType ?? "",
    [locale],
  );
}
