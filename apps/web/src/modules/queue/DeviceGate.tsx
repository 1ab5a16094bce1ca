/**
 * The pairing gate of the hall devices (issue 10 item 9): a device page without a session shows a short
 * pairing code, or takes a token typed by an installer. Device-only: no antd Form, Select or Modal, so the
 * kiosk, the display and the rating pad stay light (issue 12 item 9).
 */
import { Button, Input } from "antd";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, api, deviceMe, errorText, setCsrfToken } from "../../api/client";
import { useT } from "../../i18n";
import { type DeviceSession, useDeviceSession, useNow } from "./api";
import "./queue.css";

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
  const [tokenInput, setTokenInput] = useState("");
  const [tokenMissing, setTokenMissing] = useState(false);
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
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const token = tokenInput.trim();
              if (!token) {
                setTokenMissing(true);
                return;
              }
              setTokenMissing(false);
              setBusy(true);
              setError(null);
              try {
                await signInWith(token);
              } catch (err) {
                setError(errorText(err, t));
              } finally {
                setBusy(false);
              }
            }}
          >
            <label htmlFor="q-device-token" className="q-menu-label">
              {t("queue.device.token")}
            </label>
            <Input.Password
              id="q-device-token"
              size="large"
              value={tokenInput}
              onChange={(e) => setTokenInput(e.target.value)}
              placeholder={t("queue.device.tokenPlaceholder")}
              autoComplete="off"
              aria-required
              aria-invalid={tokenMissing || undefined}
              aria-describedby={tokenMissing ? "q-device-token-missing" : undefined}
              status={tokenMissing ? "error" : undefined}
              data-testid="device-token"
            />
            {tokenMissing && (
              <p id="q-device-token-missing" className="q-menu-error" role="alert">
                {t("common.required")}
              </p>
            )}
            <Button type="primary" size="large" htmlType="submit" block loading={busy} className="q-token-submit" data-testid="device-submit">
              {t("queue.device.submit")}
            </Button>
          </form>
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
