/** Shared pieces of the queue screens: device sign-in gate, counter choice, ticket slip, badges. */
import { DisconnectOutlined, LoadingOutlined, WifiOutlined } from "@ant-design/icons";
import { Button, Form, Input, Select, Tag, Typography } from "antd";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { OrgUnit, OrgUnitList } from "../../api/types";
import { useAuth } from "../../auth";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, type StreamStatus, useDeviceSession } from "./api";
import { hhmm } from "./format";
import type { BusinessType, Ticket, TicketPriority, WindowState } from "./types";
import "./queue.css";

// ---------------------------------------------------------------- device gate

/** A hall device page: asks once for the device token, then renders the page with its session. */
export function DeviceGate(props: { page: string; title: string; children: (s: DeviceSession, reset: () => void) => ReactNode }) {
  const { session, login, reset } = useDeviceSession(props.page);
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <>{props.children(session, reset)}</>;
  return (
    <div className="q-device-login">
      <div className="q-device-card">
        <div className="q-device-brand">CCMS</div>
        <Typography.Title level={3} style={{ marginTop: 8 }}>
          {props.title} · {t("queue.device.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("queue.device.hint")}</Typography.Paragraph>
        <Form
          layout="vertical"
          onFinish={async (v: { token: string }) => {
            setBusy(true);
            setError(null);
            try {
              await login(v.token);
            } catch (e) {
              setError(errorText(e, t));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item name="token" label={t("queue.device.token")} rules={[{ required: true, message: t("common.required") }]}>
            <Input.Password size="large" placeholder={t("queue.device.tokenPlaceholder")} autoComplete="off" data-testid="device-token" />
          </Form.Item>
          {error && (
            <Typography.Paragraph type="danger" data-testid="device-error">
              {error}
            </Typography.Paragraph>
          )}
          <Button type="primary" size="large" htmlType="submit" block loading={busy} data-testid="device-submit">
            {t("queue.device.submit")}
          </Button>
        </Form>
      </div>
    </div>
  );
}

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

/** The business type's name in the active language. */
export function useTypeName() {
  const { locale } = useI18n();
  return useCallback(
    (x: { nameZh?: string; nameEn?: string; businessTypeNameZh?: string; businessTypeNameEn?: string; code?: string; businessType?: string }) =>
      (locale === "zh-CN" ? (x.nameZh ?? x.businessTypeNameZh) : (x.nameEn ?? x.businessTypeNameEn)) ?? x.code ?? x.businessType ?? "",
    [locale],
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

export function StreamBadge({ status, dark = false }: { status: StreamStatus; dark?: boolean }) {
  const t = useT();
  const icon = status === "open" ? <WifiOutlined /> : status === "connecting" ? <LoadingOutlined /> : <DisconnectOutlined />;
  return (
    <span className={`q-stream q-stream-${status}${dark ? " q-stream-dark" : ""}`} data-testid="stream-status" data-status={status}>
      {icon} {t(`queue.stream.${status}`)}
    </span>
  );
}

// ---------------------------------------------------------------- ticket slip (Q-02)

export interface SlipData {
  number: string;
  counterName: string;
  businessName: string;
  priority: TicketPriority;
  issuedAt: string;
  waitingAhead: number;
}

/** The printed ticket: number, business, time, people ahead. Only `.q-print-area` prints. */
export function TicketSlip({ slip }: { slip: SlipData }) {
  const t = useT();
  return (
    <div className="q-slip" data-testid="ticket-slip">
      <div className="q-slip-counter">{slip.counterName}</div>
      <div className="q-slip-title">{t("queue.print.title")}</div>
      <div className="q-slip-number" data-testid="slip-number">
        {slip.number}
      </div>
      <div className="q-slip-rows">
        <div>
          <span>{t("queue.print.business")}</span>
          <b>
            {slip.businessName}
            {slip.priority !== "normal" ? ` · ${t(`queue.priority.${slip.priority}`)}` : ""}
          </b>
        </div>
        <div>
          <span>{t("queue.print.time")}</span>
          <b>
            {new Date(slip.issuedAt).toLocaleDateString("zh-CN")} {hhmm(slip.issuedAt)}
          </b>
        </div>
        <div>
          <span>{t("queue.print.ahead")}</span>
          <b>{t("queue.people", { count: slip.waitingAhead })}</b>
        </div>
      </div>
      <div className="q-slip-note">{t("queue.print.note")}</div>
      <div className="q-slip-thanks">{t("queue.print.thanks")}</div>
    </div>
  );
}

/** The print-only area, mounted directly under <body> so the print stylesheet can hide everything else. */
export function PrintArea({ children }: { children: ReactNode }) {
  return createPortal(<div className="q-print-area">{children}</div>, document.body);
}

/** Opens the browser's print dialog (the slip is already mounted in the print area). */
export function usePrint() {
  return useCallback(() => {
    setTimeout(() => {
      try {
        window.print();
      } catch {}
    }, 50);
  }, []);
}

export function ticketLabel(tk: Pick<Ticket, "number">): string {
  return tk.number;
}

/** Keeps the screen awake-ish and full: requests fullscreen on the first touch where allowed. */
export function useFullscreenOnTouch() {
  useEffect(() => {
    const go = () => {
      if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener("pointerdown", go, { once: true });
    return () => window.removeEventListener("pointerdown", go);
  }, []);
}
