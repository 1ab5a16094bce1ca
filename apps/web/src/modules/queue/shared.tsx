/**
 * Staff queue screens' pieces: counter choice, business types, badges. The hall devices import none of
 * this (their pieces live in DeviceGate.tsx, DeviceMenu.tsx, TicketSlip.tsx, StreamBadge.tsx, type-name.ts,
 * opening-clock.ts and fullscreen.ts) so they load no antd Select, Form or Modal (issue 12 item 9).
 */
import { Select, Tag } from "antd";
import { useCallback, useMemo, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { OrgUnit, OrgUnitList } from "../../api/types";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import type { BusinessType, Ticket, TicketPriority, WindowState } from "./types";
import "./queue.css";

export { RECHECK_MS, boundaryDelay, nextOpeningText } from "./shared-clock";
export { StreamBadge } from "./StreamBadge";
export { type SlipData, PrintArea, TicketSlip, usePrint } from "./TicketSlip";
export { useTypeName } from "./type-name";

// ---------------------------------------------------------------- counter choice (user pages)

const COUNTER_KEY = "ccms.queue.counterId";

/** Counters in the user's scope; defaults to the user's own counter and remembers the choice. */
export function useQueueCounter() {
  const { me } = useAuth();
  const units = useApi((signal) => api.get<OrgUnitList>("/org-units", { subtree: "true" }, { signal }), [me?.user.id]);
  const counters = useMemo(() => (units.data?.items ?? []).filter((u) => u.kind === "counter" && u.active), [units.data]);
  const [chosen, setChosen] = useState<string | undefined>(() => {
    try {
      return localStorage.getItem(COUNTER_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  });
  const counterId = useMemo(() => {
    if (chosen && counters.some((c) => c.id === chosen)) return chosen;
    const own = counters.find((c) => c.id === me?.user.orgUnitId);
    return (own ?? counters[0])?.id;
  }, [chosen, counters, me?.user.orgUnitId]);
  const setCounterId = useCallback((id: string) => {
    try {
      localStorage.setItem(COUNTER_KEY, id);
    } catch {}
    setChosen(id);
  }, []);
  return { counters, counterId, counter: counters.find((c) => c.id === counterId), setCounterId, loading: units.loading, error: units.error };
}

export function CounterSelect(props: { counters: OrgUnit[]; value: string | undefined; onChange(id: string): void }) {
  const t = useT();
  if (props.counters.length <= 1) return null;
  return (
    <Select
      style={{ minWidth: 220 }}
      value={props.value}
      onChange={props.onChange}
      placeholder={t("queue.selectCounter")}
      aria-label={t("queue.selectCounter")}
      options={props.counters.map((c) => ({ value: c.id, label: `${c.name}（${c.code}）` }))}
      data-testid="counter-select"
    />
  );
}

// ---------------------------------------------------------------- business types

export function useBusinessTypes(counterId: string | undefined, get: <T>(path: string) => Promise<T> = (p) => api.get(p)) {
  return useApi(
    async () => {
      if (!counterId) return [] as BusinessType[];
      const res = await get<{ items: BusinessType[] }>(`/counters/${encodeURIComponent(counterId)}/business-types`);
      return res.items;
    },
    [counterId],
  );
}

// ---------------------------------------------------------------- badges

const PRIORITY_COLORS: Record<TicketPriority, string> = { normal: "default", vip: "gold", green: "green", appointment: "purple" };
export function PriorityTag({ priority }: { priority: TicketPriority }) {
  const t = useT();
  if (priority === "normal") return null;
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`queue.priority.${priority}`)}</Tag>;
}

const STATE_COLORS: Record<WindowState, string> = { offline: "default", idle: "blue", called: "orange", serving: "green", paused: "red" };
export function WindowStateTag({ state }: { state: WindowState }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]}>{t(`queue.windowState.${state}`)}</Tag>;
}

export function ticketLabel(tk: Pick<Ticket, "number">): string {
  return tk.number;
}
