/**
 * Rating pad (评价器, Q-09): a fullscreen device page at one window. When the window finishes a
 * service (SSE ticket.finished) the customer rates it 1–5 with an optional comment; a thank-you
 * screen follows, then it waits for the next finished ticket of its window.
 *
 * Issue 18: the faces are a real radio group (arrow keys, aria-checked), the comment box has a
 * visible label, the submit button says why it is not usable yet ("请先选择评价"); the window binding
 * is device state set on the devices page or in the staff menu (long press + PIN), never by taps.
 */
import { SmileOutlined } from "@ant-design/icons";
import { Input } from "antd";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useQueueEvents } from "./api";
import { type DeviceControls, DeviceGate } from "./DeviceGate";
import { DeviceMenu, DeviceMenuButton, useDeviceSelf } from "./DeviceMenu";
import { useFullscreenOnTouch } from "./fullscreen";
import { StreamBadge } from "./StreamBadge";
import { useTypeName } from "./type-name";
import type { LatestFinished, QueueEvent, QueueView, RatingResponse, Ticket } from "./types";

const FACE_COLORS = ["#c0262d", "#c2530f", "#9a6b00", "#3f7f1f", "#1e7b34"];

/** A drawn face (no emoji font needed): the mouth curves from a frown (1) to a broad smile (5). */
function Face({ score }: { score: number }) {
  const color = FACE_COLORS[score - 1] ?? "#888";
  const curve = [-14, -7, 0, 9, 16][score - 1] ?? 0;
  return (
    <svg viewBox="0 0 100 100" width="92" height="92" aria-hidden>
      <circle cx="50" cy="50" r="46" fill={color} />
      <circle cx="34" cy="40" r="6" fill="#fff" />
      <circle cx="66" cy="40" r="6" fill="#fff" />
      <path d={`M28 ${66 - curve / 2} Q50 ${66 + curve} 72 ${66 - curve / 2}`} stroke="#fff" strokeWidth="6" fill="none" strokeLinecap="round" />
    </svg>
  );
}
const THANKS_MS = 6000;
/** A finished ticket older than this is not offered for rating when the pad starts. */
const FRESH_MS = 10 * 60 * 1000;

type Mode = { kind: "idle" } | { kind: "rate"; ticket: Ticket } | { kind: "thanks" };

/** The score an arrow key moves to from the focused face (wraps like native radios); null for other keys. */
export function nextScore(focused: number, key: string): number | null {
  if (key === "ArrowRight" || key === "ArrowDown") return focused >= 5 ? 1 : focused + 1;
  if (key === "ArrowLeft" || key === "ArrowUp") return focused <= 1 ? 5 : focused - 1;
  if (key === "Home") return 1;
  if (key === "End") return 5;
  return null;
}

function RatingPad({ session, controls }: { session: DeviceSession; controls: DeviceControls }) {
  const t = useT();
  const { locale } = useI18n();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const { lost, signOut } = controls;
  const self = useDeviceSelf(session, lost);
  const windowId = self.data?.windowId ?? null;
  useFullscreenOnTouch();

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const win = queue.data?.windows.find((w) => w.id === windowId) ?? null;
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const faces = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (queue.error && isSessionLost(queue.error)) lost();
  }, [queue.error, lost]);

  const offer = useCallback((tk: Ticket) => {
    setScore(null);
    setComment("");
    setError(null);
    setMode({ kind: "rate", ticket: tk });
  }, []);

  // On start (and on every reconnection) offer the window's latest finished, unrated ticket.
  const checkLatest = useCallback(async () => {
    if (!windowId) return;
    try {
      const r = await dev.get<LatestFinished>(Q.latestFinished(windowId));
      const tk = r.ticket;
      if (tk && !tk.rating && tk.finishedAt && Date.now() - new Date(tk.finishedAt).getTime() < FRESH_MS) {
        setMode((m) => (m.kind === "idle" ? { kind: "rate", ticket: tk } : m));
      }
    } catch (e) {
      if (isSessionLost(e)) lost();
    }
  }, [dev, windowId, lost]);
  useEffect(() => {
    void checkLatest();
  }, [checkLatest]);

  const onEvent = useCallback(
    (e: QueueEvent) => {
      if (e.type === "window.updated" || e.type === "window.created") void queue.reload();
      if (!windowId || !e.ticket) return;
      if (e.type === "ticket.finished" && e.ticket.windowId === windowId) offer(e.ticket);
      if (e.type === "ticket.rated") setMode((m) => (m.kind === "rate" && m.ticket.id === e.ticket!.id ? { kind: "thanks" } : m));
    },
    [windowId, offer, queue],
  );
  const stream = useQueueEvents(counterId, { onEvent, onOpen: () => void checkLatest() });

  useEffect(() => {
    if (mode.kind !== "thanks") return;
    const id = setTimeout(() => setMode({ kind: "idle" }), THANKS_MS);
    return () => clearTimeout(id);
  }, [mode]);

  const submit = async () => {
    if (mode.kind !== "rate" || !score) return;
    setBusy(true);
    setError(null);
    try {
      await dev.post<RatingResponse>(Q.ticketAction(mode.ticket.id, "rating"), comment.trim() ? { score, comment: comment.trim() } : { score });
      setMode({ kind: "thanks" });
    } catch (e) {
      if (isSessionLost(e)) lost();
      const code = (e as { code?: string }).code;
      if (code === "ticket_already_rated") setMode({ kind: "thanks" });
      else setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const onFacesKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = faces.current.findIndex((f) => f === e.target);
    const next = nextScore(index >= 0 ? index + 1 : (score ?? 1), e.key);
    if (next === null) return;
    e.preventDefault();
    setScore(next);
    faces.current[next - 1]?.focus();
  };

  const windows = [...(queue.data?.windows ?? [])].filter((w) => w.active).sort((a, b) => a.number - b.number);
  const bindWindow = async (pin: string, id: string | null, close: () => void) => {
    try {
      await dev.post("/devices/self/settings", { pin, windowId: id });
      await self.reload();
      setMode({ kind: "idle" });
      close();
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  return (
    <div className={`q-rate q-device${self.data?.largeText ? " q-hc" : ""}`} data-testid="rating-pad" lang={locale}>
      <header className="q-rate-head">
        <span>
          {queue.data?.counterName ?? "…"}
          {win ? ` · ${t("queue.windowNo", { number: win.number })}` : ""}
          {win?.tellerName ? ` · ${win.tellerName}` : ""}
        </span>
        <span className="q-rate-head-right">
          <StreamBadge status={stream} dark />
          <DeviceMenuButton name={session.device.name} onLongPress={() => setMenuOpen(true)} />
        </span>
      </header>

      <main className="q-rate-main">
        {self.data && (!windowId || (queue.data && !win)) ? (
          <div data-testid="rating-unbound">
            <h1>{t("queue.rating.unbound")}</h1>
            <div className="q-rate-sub">{t("queue.rating.unboundHint")}</div>
          </div>
        ) : mode.kind === "rate" ? (
          <>
            <h1 id="q-rate-prompt">{t("queue.rating.prompt")}</h1>
            <div className="q-rate-sub" data-testid="rating-ticket">
              {t("queue.rating.forTicket", { number: mode.ticket.number, window: t("queue.windowNo", { number: mode.ticket.windowNumber ?? win?.number ?? "" }) })} · {typeName(mode.ticket)}
            </div>
            <div className="q-faces" role="radiogroup" aria-labelledby="q-rate-prompt" onKeyDown={onFacesKey} data-testid="rating-faces">
              {[1, 2, 3, 4, 5].map((s) => (
                <button
                  key={s}
                  ref={(el) => {
                    faces.current[s - 1] = el;
                  }}
                  type="button"
                  role="radio"
                  aria-checked={score === s}
                  tabIndex={score === s || (score === null && s === 1) ? 0 : -1}
                  className={`q-face${score === s ? " selected" : ""}`}
                  onClick={() => setScore(s)}
                  data-testid={`rating-score-${s}`}
                >
                  <Face score={s} />
                  <span className="q-face-stars" aria-hidden>
                    {"★".repeat(s)}
                  </span>
                  <span>{t(`queue.rating.scores.${s}`)}</span>
                </button>
              ))}
            </div>
            <div className="q-rate-comment">
              <label htmlFor="q-rate-comment" className="q-rate-comment-label">
                {t("queue.rating.commentLabel")}
              </label>
              <Input.TextArea
                id="q-rate-comment"
                rows={2}
                maxLength={500}
                placeholder={t("queue.rating.comment")}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                data-testid="rating-comment"
              />
            </div>
            {error && (
              <div className="q-kiosk-error" role="alert">
                {error}
              </div>
            )}
            <button
              type="button"
              className="q-btn q-btn-primary q-rate-submit"
              aria-disabled={!score || busy}
              aria-describedby={score ? undefined : "q-rate-submit-hint"}
              onClick={() => {
                if (score && !busy) void submit();
              }}
              data-testid="rating-submit"
              data-ready={score ? "1" : "0"}
            >
              {busy ? t("common.loading") : t("queue.rating.submit")}
            </button>
            {!score && (
              <div id="q-rate-submit-hint" className="q-rate-hint" data-testid="rating-submit-hint">
                {t("queue.rating.chooseFirst")}
              </div>
            )}
          </>
        ) : mode.kind === "thanks" ? (
          <div data-testid="rating-thanks" role="status">
            <div className="q-rate-thanks">{t("queue.rating.thanks")}</div>
            <div className="q-rate-sub">{t("queue.rating.thanksSub")}</div>
          </div>
        ) : (
          <div data-testid="rating-idle">
            <SmileOutlined className="q-rate-idle-icon" aria-hidden />
            <h1 style={{ marginTop: 16 }}>{t("queue.rating.idle")}</h1>
            <div className="q-rate-sub">{t("queue.rating.idleSub")}</div>
          </div>
        )}
      </main>

      <DeviceMenu
        open={menuOpen}
        session={session}
        self={self.data}
        onClose={() => setMenuOpen(false)}
        onSignOut={signOut}
        onChanged={() => void self.reload()}
        extra={(pin, close) => (
          <div className="q-menu-block">
            <div className="q-menu-label">{t("queue.rating.chooseWindow")}</div>
            <div className="q-menu-windows">
              {windows.map((w) => (
                <button
                  key={w.id}
                  type="button"
                  className={`q-btn q-btn-small${w.id === windowId ? " q-btn-primary" : ""}`}
                  aria-pressed={w.id === windowId}
                  onClick={() => void bindWindow(pin, w.id, close)}
                  data-testid={`rating-window-${w.number}`}
                >
                  {t("queue.windowNo", { number: w.number })}
                </button>
              ))}
            </div>
          </div>
        )}
      />
    </div>
  );
}

export default function RatingPadPage() {
  const t = useT();
  return (
    <DeviceGate page="rating" title={t("queue.rating.title")}>
      {(s, controls) => <RatingPad session={s} controls={controls} />}
    </DeviceGate>
  );
}
