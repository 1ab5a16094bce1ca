/** The counter a control screen works on (the user's own by default) and the counter's staff. */
import { Select, Tag } from "antd";
import { useMemo, useState } from "react";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import type { OrgUnitList, StaffDirectory } from "../../../api/types";
import { useAuth } from "../../../auth";
import { useT } from "../../../i18n";

export function useControlCounter() {
  const { me } = useAuth();
  const units = useApi((signal) => api.get<OrgUnitList>("/org-units", { subtree: "true" }, { signal }), [me?.user.id]);
  const counters = useMemo(() => (units.data?.items ?? []).filter((u) => u.kind === "counter" && u.active), [units.data]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const counterId = chosen && counters.some((c) => c.id === chosen) ? chosen : (counters.find((c) => c.id === me?.user.orgUnitId) ?? counters[0])?.id;
  return { counters, counterId, setCounterId: setChosen, loading: units.loading };
}

export function ControlCounterPicker({ state }: { state: ReturnType<typeof useControlCounter> }) {
  const t = useT();
  if (state.counters.length <= 1) {
    const c = state.counters[0];
    return c ? <Tag color="blue">{c.name}</Tag> : null;
  }
  return (
    <Select
      data-testid="control-counter-picker"
      aria-label={t("postReview.counter")}
      style={{ minWidth: 180 }}
      value={state.counterId}
      options={state.counters.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(v: string) => state.setCounterId(v)}
    />
  );
}

export function useCounterStaff(counterId: string | undefined) {
  const res = useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId: counterId }, { signal }), [counterId], { enabled: !!counterId });
  return useMemo(() => (res.data?.items ?? []).filter((u) => u.active), [res.data]);
}
