/**
 * API client for module pages. Same-origin fetch with the httpOnly session cookie; every non-GET
 * carries the `x-csrf-token` header (the token comes from the sign-in response and GET /auth/me).
 * JSON in and out; a failure throws `ApiError {status, code, message, details}` parsed from
 * `{"error":{"code","message","details"}}`. A 401 notifies the shell, which goes back to sign-in.
 *
 *   import { api, ApiError, errorText } from "../../api/client";
 *   const list = await api.get<UserList>("/users", { orgUnitId });      // → GET /api/v1/users?orgUnitId=…
 *   await api.post("/calendar/overrides", { orgUnitId, date, kind, reason });
 *   try { … } catch (e) { message.error(errorText(e, t)); }             // zh-CN/en-US text from errors.<code>
 *
 * Paths not starting with `/api/` are prefixed with `/api/v1`.
 */
import type { Translator } from "../i18n/translate";

export const API_PREFIX = "/api/v1";
export const CSRF_HEADER = "x-csrf-token";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

let csrfToken: string | null = null;
/** Called by the shell after sign-in and /auth/me; device pages get it from device-login. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function getCsrfToken(): string | null {
  return csrfToken;
}

type Listener = (e: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();
const forbiddenListeners = new Set<Listener>();
/** The shell listens for 401 (→ sign-in page). Returns an unsubscribe function. */
export function onUnauthorized(fn: Listener): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}
/** The shell listens for 403 password_change_required (→ change-password page). */
export function onPasswordChangeRequired(fn: Listener): () => void {
  forbiddenListeners.add(fn);
  return () => forbiddenListeners.delete(fn);
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Do not send the shell back to sign-in on 401 (sign-in form, device pages). */
  skipAuthRedirect?: boolean;
  /** Abort after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

export function apiUrl(path: string, query?: Query): string {
  const base = path.startsWith("/api/") ? path : `${API_PREFIX}${path.startsWith("/") ? "" : "/"}${path}`;
  if (!query) return base;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${base}${base.includes("?") ? "&" : "?"}${s}` : base;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...opts.headers };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && method !== "HEAD" && csrfToken) headers[CSRF_HEADER] = csrfToken;

  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      credentials: "same-origin",
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal,
    });
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    throw new ApiError(0, "network", e instanceof Error ? e.message : "network error");
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!res.ok) {
    const err = toApiError(res.status, data);
    if (res.status === 401 && !opts.skipAuthRedirect) for (const fn of unauthorizedListeners) fn(err);
    if (res.status === 403 && err.code === "password_change_required") for (const fn of forbiddenListeners) fn(err);
    throw err;
  }
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  if (data && typeof data === "object" && "error" in data) {
    const e = (data as { error: { code?: unknown; message?: unknown; details?: unknown } }).error;
    if (e && typeof e.code === "string") return new ApiError(status, e.code, typeof e.message === "string" ? e.message : e.code, e.details ?? null);
  }
  return new ApiError(status, status >= 500 ? "internal_error" : `http_${status}`, typeof data === "string" ? data.slice(0, 200) : `HTTP ${status}`);
}

export const api = {
  get: <T>(path: string, query?: Query, opts: Omit<RequestOptions, "query"> = {}) => request<T>("GET", path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>("POST", path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>("PUT", path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>("PATCH", path, { ...opts, body: body ?? {} }),
  delete: <T>(path: string, opts: RequestOptions = {}) => request<T>("DELETE", path, opts),
};

/**
 * Device pages (kiosk, hall display, rating pad): exchange a device token for a cookie session.
 * EventSource then works with the cookie, and writes carry the returned CSRF token.
 */
export async function deviceLogin(token: string): Promise<{ csrfToken: string; device: { id: string; orgUnitId: string; kind: string; name: string } }> {
  const res = await request<{ csrfToken: string; device: { id: string; orgUnitId: string; kind: string; name: string } }>(
    "POST",
    "/auth/device-login",
    { body: { token }, skipAuthRedirect: true },
  );
  setCsrfToken(res.csrfToken);
  return res;
}

/** A device page after a reload: who am I (the cookie session) — restores the CSRF token. */
export async function deviceMe(): Promise<{ csrfToken: string | null; device: { id: string; orgUnitId: string; kind: string; name: string } }> {
  const res = await request<{ csrfToken: string | null; device: { id: string; orgUnitId: string; kind: string; name: string } }>(
    "GET",
    "/auth/device-me",
    { skipAuthRedirect: true },
  );
  setCsrfToken(res.csrfToken);
  return res;
}

function detailsOf(e: ApiError): Record<string, unknown> {
  return e.details && typeof e.details === "object" && !Array.isArray(e.details) ? (e.details as Record<string, unknown>) : {};
}

function formatInstant(iso: unknown, locale: string): string | undefined {
  if (typeof iso !== "string") return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toLocaleString(locale, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
}

/**
 * A user-facing message for any error: `errors.<code>` from the i18n dictionaries (core + modules),
 * with the error's details as variables; otherwise a generic message that shows the code.
 */
export function errorText(e: unknown, t: Translator): string {
  if (!(e instanceof ApiError)) {
    if (e instanceof DOMException && (e.name === "AbortError" || e.name === "TimeoutError")) return t("errors.network");
    return t("errors.unexpected");
  }
  if (e.code === "network") return t("errors.network");
  const d = detailsOf(e);
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) {
    if (typeof v === "string" || typeof v === "number") vars[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) vars[k] = v.join(t("common.listSep"));
  }
  switch (e.code) {
    case "account_locked": {
      const time = formatInstant(d.lockedUntil, t.locale);
      return time ? t("errors.account_locked", { time }) : t("errors.account_locked_no_time");
    }
    case "weak_password": {
      const problems = Array.isArray(d.problems) ? d.problems : [];
      const parts = problems.map((p) => t(`errors.weak_password_${String(p)}`, { minLength: Number(d.minLength ?? 10), minClasses: Number(d.minClasses ?? 3) }));
      return t("errors.weak_password", { problems: parts.join(t("common.clauseSep")) });
    }
    case "role_not_grantable":
      if (typeof d.role === "string") vars.role = t.has(`roles.${d.role}`) ? t(`roles.${d.role}`) : d.role;
      break;
    case "validation_failed": {
      const list = Array.isArray(e.details) ? (e.details as Array<{ path?: unknown }>) : [];
      const field = list.map((x) => (typeof x.path === "string" ? x.path.replace(/^\//, "") : "")).filter(Boolean)[0];
      if (field) return t("errors.validation_failed_field", { field });
      break;
    }
    default:
      break;
  }
  const key = `errors.${e.code}`;
  if (t.has(key)) return t(key, vars);
  if (e.code.endsWith("_not_found")) return t("errors.not_found");
  return t("errors.generic", { code: e.code });
}
