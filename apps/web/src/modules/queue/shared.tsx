/** Shared pieces of the queue screens: device pairing gate, device clock and staff menu, counter choice, ticket slip, badges. */
import { DisconnectOutlined, LoadingOutlined, WifiOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Select, Switch, Tag } from "antd";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { ApiError, api, deviceMe, errorText, setCsrfToken } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { OrgUnit, OrgUnitList } from "../../api/types";
import { useAuth } from "../../auth";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, type StreamStatus, deviceApi, isSessionLost, useDeviceSession, useNow } from "./api";
import { hhmm } from "./format";
import { RECHECK_MS as RECHECK_MS_LOCAL, boundaryDelay } from "./shared-clock";

export { RECHECK_MS, boundaryDelay, nextOpeningText } from "./shared-clock";
import type { BusinessType, Ticket, TicketPriority, WindowState } from "./types";
import "./queue.css";

// ---------------------------------------------------------------- device gate (issue 10 item 9)

/** What a device page gets besides its session: recovery, sign-out, its server-side settings. */
export interface DeviceControls {
  /** The session is gone (401 …): sign in again with the stored token, else back to pairing. */
  lost(): void;
  /** Staff sign-out from the device menu: forget the session and the token. */
  signOut(): void;
}

const tokenKey = (page: string) => `ccms.queue.deviceToken.${page}`;
function readToken(page: string): string | null {
  try {
    return localStorage.getItem(tokenKey(page));
  } catch {
    return null;
  }
}
function writeToken(page: string, token: string | null) {
  try {
    if (token) localStorage.setItem(tokenKey(page), token);
    else localStorage.removeItem(tokenKey(page));
  } catch {}
}

/**
 * A hall device page. Without a session it shows a short pairing code that a manager enters on the
 * devices page; the device then fetches its token (never typed) and keeps it to sign in again.
 * Installers may still enter a token by hand (folded away).
 */
export function DeviceGate(props: { page: string; title: string; children: (s: DeviceSession, controls: DeviceControls) => ReactNode }) {
  const { session, login, reset } = useDeviceSession(props.page);
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const relogging = useRef(false);

  const signInWith = useCallback(
    async (token: string) => {
      await login(token);
      writeToken(props.page, token.trim());
    },
    [login, props.page],
  );
  const lost = useCallback(() => {
    const token = readToken(props.page);
    if (!token || relogging.current) {
      reset();
      return;
    }
    relogging.current = true;
    login(token)
      .catch((e: unknown) => {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) writeToken(props.page, null);
        reset();
      })
      .finally(() => {
        relogging.current = false;
      });
  }, [login, reset, props.page]);
  const signOut = useCallback(() => {
    writeToken(props.page, null);
    // End the cookie session too: a live device cookie would otherwise need its CSRF token on the pairing screen.
    if (session) setCsrfToken(session.csrfToken);
    api
      .post("/auth/logout", {}, { skipAuthRedirect: true })
      .catch(() => undefined)
      .finally(() => {
        setCsrfToken(null);
        reset();
      });
  }, [reset, props.page, session]);
  const controls = useMemo(() => ({ lost, signOut }), [lost, signOut]);
  // Signed out by a lost session while the network was down: keep trying the stored token.
  useEffect(() => {
    if (session) return;
    const tryToken = () => {
      if (readToken(props.page)) lost();
    };
    tryToken();
    const id = setInterval(tryToken, 30_000);
    return () => clearInterval(id);
  }, [session, lost, props.page]);

  if (session) return <>{props.children(session, controls)}</>;
  return (
    <div className="q-device-login q-device">
      <main className="q-device-card" aria-labelledby="q-pair-title">
        <div className="q-device-brand">CCMS</div>
        <h1 id="q-pair-title" className="q-pair-title">
          {props.title} · {t("queue.device.title")}
        </h1>
        <PairingPanel
          onToken={async (token) => {
            try {
              await signInWith(token);
            } catch (e) {
              setError(errorText(e, t));
            }
          }}
        />
        <details className="q-token-details">
          <summary data-testid="device-token-toggle">{t("queue.device.useToken")}</summary>
          <Form
            layout="vertical"
            onFinish={async (v: { token: string }) => {
              setBusy(true);
              setError(null);
              try {
                await signInWith(v.token);
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
            <Button type="primary" size="large" htmlType="submit" block loading={busy} data-testid="device-submit">
              {t("queue.device.submit")}
            </Button>
          </Form>
        </details>
        {error && (
          <p className="q-pair-error" role="alert" data-testid="device-error">
            {error}
          </p>
        )}
      </main>
    </div>
  );
}

interface PairingCode {
  pairingId: string;
  code: string;
  secret: string;
  expiresAt: string;
}
const POLL_MS = 2000;

/** The short code on screen, renewed when it expires; the token arrives by polling with the secret. */
function PairingPanel({ onToken }: { onToken(token: string): void | Promise<void> }) {
  const t = useT();
  const [code, setCode] = useState<PairingCode | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const now = useNow(1000);
  const onTokenRef = useRef(onToken);
  onTokenRef.current = onToken;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: PairingCode | null = null;
    let endedStale = false;
    const schedule = (fn: () => void, ms: number) => {
      if (!stopped) timer = setTimeout(fn, ms);
    };
    const fresh = async () => {
      try {
        current = await api.post<PairingCode>("/devices/pairing-codes", {}, { skipAuthRedirect: true });
        if (stopped) return;
        setCode(current);
        setFailed(null);
        schedule(poll, POLL_MS);
      } catch (e) {
        if (stopped) return;
        if (e instanceof ApiError && e.code === "csrf_failed" && !endedStale) {
          // A device cookie is still alive while this browser forgot its session: end it, then ask again.
          endedStale = true;
          try {
            const me = await deviceMe();
            setCsrfToken(me.csrfToken);
            await api.post("/auth/logout", {}, { skipAuthRedirect: true });
          } catch {}
          setCsrfToken(null);
          return void fresh();
        }
        setFailed(errorText(e, t));
        const retry = e instanceof ApiError ? Number((e.details as { retryAfter?: number } | null)?.retryAfter ?? 30) : 10;
        schedule(() => void fresh(), Math.max(5, Math.min(retry, 600)) * 1000);
      }
    };
    const poll = async () => {
      if (!current) return;
      try {
        const r = await api.get<{ status: string; token?: string }>(`/devices/pairing-codes/${encodeURIComponent(current.pairingId)}`, undefined, {
          skipAuthRedirect: true,
          headers: { "x-pairing-secret": current.secret },
        });
        if (stopped) return;
        if (r.token) {
          await onTokenRef.current(r.token);
          return;
        }
        if (r.status === "expired" || r.status === "delivered") return void fresh();
        schedule(poll, POLL_MS);
      } catch {
        schedule(poll, POLL_MS * 3); // the network is down: keep the code, try again
      }
    };
    void fresh();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [t]);

  const left = code ? Math.max(0, Math.ceil((new Date(code.expiresAt).getTime() - now) / 1000)) : 0;
  return (
    <section className="q-pair" aria-live="polite">
      <p className="q-pair-lead">{t("queue.device.pairLead")}</p>
      <div className="q-pair-code" data-testid="pairing-code" aria-label={code ? t("queue.device.codeAria", { code: code.code.split("").join(" ") }) : undefined}>
        {code ? `${code.code.slice(0, 4)}-${code.code.slice(4)}` : "····-····"}
      </div>
      <p className="q-pair-hint">{code ? t("queue.device.codeValid", { minutes: Math.floor(left / 60), seconds: String(left % 60).padStart(2, "0") }) : t("common.loading")}</p>
      {failed && <p className="q-pair-error">{failed}</p>}
    </section>
  );
}

// ---------------------------------------------------------------- device state, clock, menu (issue 10 item 1, issue 18)

export interface DeviceSelf {
  id: string;
  orgUnitId: string;
  kind: string;
  name: string;
  windowId: string | null;
  largeText: boolean;
  hasPin: boolean;
}

/** The device's server-side settings (large text, window), re-read every minute. */
export function useDeviceSelf(session: DeviceSession, onLost: () => void) {
  const state = useApi(() => api.get<DeviceSelf>("/devices/self", undefined, { skipAuthRedirect: true }), [session.device.id]);
  const { reload } = state;
  useEffect(() => {
    const id = setInterval(() => void reload(), 60_000);
    return () => clearInterval(id);
  }, [reload]);
  useEffect(() => {
    if (state.error && isSessionLost(state.error)) onLost();
  }, [state.error, onLost]);
  return state;
}

/** CAL-04 devices follow the clock: a timer to the next boundary and a re-check every minute. */
export function useOpeningClock(view: { at: string; nextChangeAt?: string | null } | undefined, reload: () => void) {
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    // Runs as the new view is committed: "now" is when the device received it.
    const received = Date.now();
    const delay = boundaryDelay(view, received, received);
    if (delay === null) return;
    const id = setTimeout(() => reloadRef.current(), delay);
    return () => clearTimeout(id);
  }, [view]);
  useEffect(() => {
    const id = setInterval(() => reloadRef.current(), RECHECK_MS_LOCAL);
    return () => clearInterval(id);
  }, []);
}

export const LONG_PRESS_MS = 2000;

/**
 * The device's name in a corner: a long press (≥ 2 s, pointer or Enter/Space held) asks for the staff
 * PIN and opens the device menu. A tap or a double tap does nothing (issue 18 item 2).
 */
export function DeviceMenuButton(props: { name: string; onLongPress(): void; className?: string }) {
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pressing, setPressing] = useState(false);
  const start = () => {
    if (timer.current) return;
    setPressing(true);
    timer.current = setTimeout(() => {
      timer.current = null;
      setPressing(false);
      props.onLongPress();
    }, LONG_PRESS_MS);
  };
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setPressing(false);
  };
  useEffect(() => () => stop(), []);
  return (
    <button
      type="button"
      className={`q-device-name${pressing ? " pressing" : ""}${props.className ? ` ${props.className}` : ""}`}
      onPointerDown={start}
      onPointerUp={stop}
      onPointerLeave={stop}
      onPointerCancel={stop}
      onContextMenu={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if ((e.key === "Enter" || e.key === " ") && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === "Enter" || e.key === " ") stop();
      }}
      title={t("queue.device.longPress")}
      aria-label={`${props.name} · ${t("queue.device.longPress")}`}
      data-testid="device-name"
    >
      {props.name}
    </button>
  );
}

/** The staff menu behind the PIN: large text, page-specific items (window, voice) and sign-out. */
export function DeviceMenu(props: {
  open: boolean;
  session: DeviceSession;
  self: DeviceSelf | undefined;
  onClose(): void;
  onSignOut(): void;
  onChanged(): void;
  extra?: (pin: string, close: () => void) => ReactNode;
}) {
  const t = useT();
  const dev = useMemo(() => deviceApi(props.session), [props.session]);
  const [pin, setPin] = useState("");
  const [unlocked, setUnlocked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmOut, setConfirmOut] = useState(false);
  const close = useCallback(() => {
    setPin("");
    setUnlocked(null);
    setError(null);
    setConfirmOut(false);
    props.onClose();
  }, [props]);
  // The menu closes by itself after 2 minutes so it is never left open for customers.
  useEffect(() => {
    if (!props.open) return;
    const id = setTimeout(close, 120_000);
    return () => clearTimeout(id);
  }, [props.open, unlocked, close]);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      await dev.post("/devices/self/unlock", { pin });
      setUnlocked(pin);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
      setPin("");
    }
  };
  const setLargeText = async (on: boolean) => {
    if (!unlocked) return;
    setBusy(true);
    try {
      await dev.post("/devices/self/settings", { pin: unlocked, largeText: on });
      props.onChanged();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={props.open} onCancel={close} footer={null} title={t("queue.device.menuTitle")} destroyOnHidden width={560} className="q-device-menu">
      {!unlocked ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <label htmlFor="q-device-pin" className="q-menu-label">
            {t("queue.device.pinLabel")}
          </label>
          <Input.Password
            id="q-device-pin"
            size="large"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
            autoFocus
            data-testid="device-pin"
          />
          {props.self && !props.self.hasPin && <p className="q-menu-note">{t("queue.device.noPin")}</p>}
          {error && (
            <p className="q-menu-error" role="alert">
              {error}
            </p>
          )}
          <div className="q-menu-actions">
            <Button size="large" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button size="large" type="primary" htmlType="submit" loading={busy} disabled={pin.length < 4} data-testid="device-pin-submit">
              {t("queue.device.unlock")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="q-menu" data-testid="device-menu">
          <div className="q-menu-row">
            <span id="q-large-label">{t("queue.device.largeText")}</span>
            <Switch aria-labelledby="q-large-label" checked={!!props.self?.largeText} loading={busy} onChange={(v) => void setLargeText(v)} data-testid="device-large-text" />
          </div>
          {props.extra?.(unlocked, close)}
          {error && (
            <p className="q-menu-error" role="alert">
              {error}
            </p>
          )}
          <div className="q-menu-actions">
            {confirmOut ? (
              <>
                <span className="q-menu-note">{t("queue.device.signOutConfirm")}</span>
                <Button size="large" danger type="primary" onClick={props.onSignOut} data-testid="device-sign-out-confirm">
                  {t("queue.device.signOut")}
                </Button>
              </>
            ) : (
              <Button size="large" danger onClick={() => setConfirmOut(true)} data-testid="device-sign-out">
                {t("queue.device.signOut")}
              </Button>
            )}
            <Button size="large" type="primary" onClick={close}>
              {t("common.close")}
            </Button>
          </div>
        </div>
      )}
    </Modal>
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
