/**
 * Case causes as a managed list with names (issue 10 item 4): HQ's list plus the unit's own, from the
 * server; a cause is shown by its name in the user's language, older free text as written.
 */
import type * as C from "@ccms/contracts";
import { useCallback, useMemo } from "react";
import type { z } from "zod";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";

export type CaseCauseItem = z.infer<typeof C.CaseCauseItem>;
export type CaseCauseList = z.infer<typeof C.CaseCauseList>;

export const CAUSES_API = {
  list: "/cases/causes",
  one: (id: string) => `/cases/causes/${encodeURIComponent(id)}`,
};

const NO_CAUSE = ["", "null", "none", "unspecified"];

/** The causes of a unit (retired ones too, so that old cases keep their names) and a name lookup. */
export function useCaseCauses(unitId?: string) {
  const t = useT();
  const list = useApi((signal) => api.get<CaseCauseList>(CAUSES_API.list, { unitId, includeRetired: "true" }, { signal }), [unitId]);
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const nameOf = useCallback(
    (code: string | null | undefined): string => {
      if (code == null || NO_CAUSE.includes(code)) return t("cases.report.noCause");
      const c = items.find((x) => x.code === code);
      if (c) return t.locale === "en-US" ? c.nameEn : c.nameZh;
      return t.has(`cases.cause.${code}`) ? t(`cases.cause.${code}`) : code;
    },
    [items, t],
  );
  const active = useMemo(() => items.filter((c) => c.active), [items]);
  return { ...list, items, active, nameOf };
}
