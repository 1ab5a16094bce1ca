/**
 * Queue API paths, the device session of the hall devices (kiosk, display, rating pad) and the
 * live event stream (SSE) with reconnection.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, CSRF_HEADER, api, apiUrl, deviceLogin, setCsrfToken } from "../../api/client";
import type { QueueEvent, QueueEventType } from "./types";

const enc = encodeURIComponent;

/** Every queue endpoint used by the screens (see packages/contracts/src/queue.ts). */
export const Q = {
  queue: (counterId: string) => `/counters/${enc(counterId)}/queue`,
  events: (counterId: string) => `/counters/${enc(counterId)}/events`,
  monitor: (counterId: string) => `/counters/${enc(counterId)}/monitor`,
  stats: (counterId: string) => `/counters/${enc(counterId)}/stats`,
  tickets: (counterId: string) => `/counters/${enc(counterId)}/tickets`,
  windows: (counterId: string) => `/counters/${enc(counterId)}/windows`,
  businessTypes: (counterId: string) => `/counters/${enc(counterId)}/business-types`,
  businessType: (id: string) => `/business-types/${enc(id)}`,
  settings: (counterId: string) => `/counters/${enc(counterId)}/queue-settings`,
  window: (windowId: string) => `/windows/${enc(windowId)}`,
  windowAction: (windowId: string, action: "sign-in" | "sign-out" | "call-next" | "pause" | "resume" | "raise-hand") => `/windows/${enc(windowId)}/${action}`,
  myWindows: () => `/windows/mine`,
  latestFinished: (windowId: string) => `/windows/${enc(windowId)}/latest-finished`,
  ticket: (id: string) => `/tickets/${enc(id)}`,
  ticketAction: (id: string, action: "recall" | "start" | "no-show" | "transfer" | "finish" | "rating" | "cancel") => `/tickets/${enc(id)}/${action}`,
  ticketPrint: (id: string) => `/tickets/${enc(id)}/print`,
  slots: (counterId: string) => `/counters/${enc(counterId)}/appointment-slots`,
  slot: (id: string) => `/appointment-slots/${enc(id)}`,
  availability: (counterId: string) => `/counters/${enc(counterId)}/appointment-availability`,
  appointments: (counterId: string) => `/counters/${enc(counterId)}/appointments`,
  appointmentAction: (id: string, action: "approve" | "reject" | "confirm" | "cancel" | "check-in") => `/appointments/${enc(id)}/${action}`,
};

// ---------------------------------------------------------------- device session

export interface DeviceInfo {
  id: string;
  orgUnitId: string;
  kind: string;
  name: string;
}
export interface DeviceSession {
  csrfToken: string;
  device: DeviceInfo;
}

const deviceKey = (page: string) => `ccms.queue.device.${page}`;

function readSession(page: string): DeviceSession | null {
  try {
    const raw = localStorage.getItem(deviceKey(page));
    if (!raw) return null;
    const s = JSON.parse(raw) as DeviceSession;
    return s && typeof s.csrfToken === "string" && s.device && typeof s.device.orgUnitId === "string" ? s : null;
  } catch {
    return null;
  }
}

/**
 * The device session of a hall page. The token is asked once; the server answers with a cookie
 * session (EventSource uses it) and a CSRF token kept here for writes.
 */
export function useDeviceSession(page: string) {
  const [session, setSession] = useState<DeviceSession | null>(() => readSession(page));
  useEffect(() => {
    if (session) setCsrfToken(session.csrfToken);
  }, [session]);
  const login = useCallback(
    async (token: string) => {
      const res = await deviceLogin(token.trim());
      const s: DeviceSession = { csrfToken: res.csrfToken, device: res.device };
      try {
        localStorage.setItem(deviceKey(page), JSON.stringify(s));
      } catch {}
      setSession(s);
      return s;
    },
    [page],
  );
  const reset = useCallback(() => {
    try {
      localStorage.removeItem(deviceKey(page));
    } catch {}
    setSession(null);
  }, [page]);
  return { session, login, reset };
}

/** True when the error means the device session is gone (revoked token, expired cookie, user cookie). */
export function isSessionLost(e: unknown): boolean {
  return e instanceof ApiError && (e.status === 401 || (e.status === 403 && (e.code === "device_required" || e.code === "csrf_failed")));
}

/** Requests of a device page: the device CSRF token on writes, no redirect to the sign-in page. */
export function deviceApi(session: DeviceSession) {
  const headers = { [CSRF_HEADER]: session.csrfToken };
  return {
    get: <T>(path: string, query?: Record<string, string | number | undefined>) => api.get<T>(path, query, { skipAuthRedirect: true }),
    post: <T>(path: string, body?: unknown, extra: Record<string, string> = {}) => {
      setCsrfToken(session.csrfToken);
      return api.post<T>(path, body ?? {}, { skipAuthRedirect: true, headers: { ...headers, ...extra } });
    },
  };
}

// ---------------------------------------------------------------- live events (SSE)

/** Every event type of the contract (a Record, so the compiler flags a type added there and missing here). */
const EVENT_TYPES: Record<QueueEventType, true> = {
  "ticket.issued": true,
  "ticket.called": true,
  "ticket.recalled": true,
  "ticket.started": true,
  "ticket.finished": true,
  "ticket.noShow": true,
  "ticket.transferred": true,
  "ticket.cancelled": true,
  "ticket.rated": true,
  "window.created": true,
  "window.updated": true,
  "window.signedIn": true,
  "window.signedOut": true,
  "window.paused": true,
  "window.resumed": true,
  "window.raiseHand": true,
  "settings.updated": true,
  "counter.finding": true,
  "counter.opened": true,
  "counter.closed": true,
  "counter.alert": true,
};
export const QUEUE_EVENT_TYPES = Object.keys(EVENT_TYPES) as readonly QueueEventType[];

export type StreamStatus = "connecting" | "open" | "reconnecting";

/**
 * Subscribes to the counter's event stream. EventSource reconnects by itself (sending
 * Last-Event-ID); when the browser gives up (closed stream, HTTP error) we reopen it with a growing
 * delay (1 s … 30 s) and the last id in the query. `onOpen` runs on every (re)connection so the page
 * can reload its snapshot and miss nothing.
 */
export function useQueueEvents(counterId: string | undefined, handlers: { onEvent(e: QueueEvent): void; onOpen?(): void }): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!counterId || typeof EventSource === "undefined") return;
    let es: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let lastId: string | null = null;
    let stopped = false;
    const seen = new Set<string>();

    const handle = (m: MessageEvent<string>) => {
      if (m.lastEventId) lastId = m.lastEventId;
      let ev: QueueEvent;
      try {
        ev = JSON.parse(m.data) as QueueEvent;
      } catch {
        return;
      }
      if (ev.id) {
        if (seen.has(ev.id)) return;
        seen.add(ev.id);
        if (seen.size > 500) seen.delete(seen.values().next().value as string);
      }
      ref.current.onEvent(ev);
    };
    const open = () => {
      if (stopped) return;
      const url = apiUrl(Q.events(counterId), lastId ? { lastEventId: lastId } : undefined);
      es = new EventSource(url, { withCredentials: true });
      es.onopen = () => {
        attempt = 0;
        setStatus("open");
        ref.current.onOpen?.();
      };
      es.onmessage = handle;
      for (const type of QUEUE_EVENT_TYPES) es.addEventListener(type, handle as EventListener);
      es.onerror = () => {
        if (stopped || !es) return;
        setStatus("reconnecting");
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          es = null;
          const delay = Math.min(30_000, 1000 * 2 ** attempt);
          attempt += 1;
          timer = setTimeout(open, delay);
        }
      };
    };
    setStatus("connecting");
    open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      es?.close();
    };
  }, [counterId]);
  return status;
}

/** Calls `fn` at most once per `ms` (trailing), for snapshot reloads after bursts of events. */
export function useThrottled(fn: () => void, ms: number): () => void {
  const ref = useRef(fn);
  ref.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      ref.current();
    }, ms);
  }, [ms]);
}

/** Re-renders every `ms` (clocks, timers). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
