/**
 * Rating pad (评价器, Q-09): a fullscreen device page at one window. When the window finishes a
 * service (SSE ticket.finished) the customer rates it 1–5 with an optional comment; a thank-you
 * screen follows, then it waits for the next finished ticket of its window.
 */
import { SmileOutlined, SwapOutlined } from "@ant-design/icons";
import { Button, Input } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useQueueEvents } from "./api";
import { DeviceGate, StreamBadge, useFullscreenOnTouch, useTypeName } from "./shared";
import type { LatestFinished, QueueEvent, QueueView, RatingResponse, Ticket } from "./types";

const FACE_COLORS = ["#d9363e", "#f0782f", "#e8b10c", "#6bbf3a", "#2f9e44"];

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

function RatingPad({ session, reset }: { session: DeviceSession; reset(): void }) {
  const t = useT();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const windowKey = `ccms.queue.rating.window.${session.device.id}`;
  const [windowId, setWindowIdState] = useState<string | null>(() => localStorage.getItem(windowKey));
  const setWindowId = (id: string | null) => {
    try {
      if (id) localStorage.setItem(windowKey, id);
      else localStorage.removeItem(windowKey);
    } catch {}
    setWindowIdState(id);
  };
  useFullscreenOnTouch();

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const win = queue.data?.windows.find((w) => w.id === windowId) ?? null;
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (queue.error && isSessionLost(queue.error)) reset();
  }, [queue.error, reset]);

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
      if (isSessionLost(e)) reset();
    }
  }, [dev, windowId, reset]);
  useEffect(() => {
    void checkLatest();
  }, [checkLatest]);

  const onEvent = useCallback(
    (e: QueueEvent) => {
      if (!windowId || !e.ticket) return;
      if (e.type === "ticket.finished" && e.ticket.windowId === windowId) offer(e.ticket);
      if (e.type === "ticket.rated") setMode((m) => (m.kind === "rate" && m.ticket.id === e.ticket!.id ? { kind: "thanks" } : m));
      if (e.type === "window.updated" || e.type === "window.created") void queue.reload();
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
      if (isSessionLost(e)) reset();
      const code = (e as { code?: string }).code;
      if (code === "ticket_already_rated") setMode({ kind: "thanks" });
      else setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const windows = [...(queue.data?.windows ?? [])].filter((w) => w.active).sort((a, b) => a.number - b.number);

  return (
    <div className="q-rate" data-testid="rating-pad">
      <header className="q-rate-head">
        <span>
          {queue.data?.counterName ?? "…"}
          {win ? ` · ${t("queue.windowNo", { number: win.number })}` : ""}
          {win?.tellerName ? ` · ${win.tellerName}` : ""}
        </span>
        <span style={{ display: "inline-flex", gap: 14, alignItems: "center", fontSize: 14 }}>
          <StreamBadge status={stream} dark />
          {windowId && (
            <button type="button" className="q-link-btn" onDoubleClick={() => setWindowId(null)} title={t("queue.rating.changeWindow")}>
              <SwapOutlined />
            </button>
          )}
          <button type="button" className="q-link-btn" onDoubleClick={reset} title={t("queue.device.reset")}>
            {session.device.name}
          </button>
        </span>
      </header>

      <main className="q-rate-main">
        {!windowId || (queue.data && !win) ? (
          <>
            <h1>{t("queue.rating.chooseWindow")}</h1>
            <div className="q-rate-windows">
              {windows.map((w) => (
                <button key={w.id} type="button" onClick={() => setWindowId(w.id)} data-testid={`rating-window-${w.number}`}>
                  {t("queue.windowNo", { number: w.number })}
                </button>
              ))}
            </div>
          </>
        ) : mode.kind === "rate" ? (
          <>
            <h1>{t("queue.rating.prompt")}</h1>
            <div className="q-rate-sub" data-testid="rating-ticket">
              {t("queue.rating.forTicket", { number: mode.ticket.number, window: t("queue.windowNo", { number: mode.ticket.windowNumber ?? win?.number ?? "" }) })} · {typeName(mode.ticket)}
            </div>
            <div className="q-faces">
              {[1, 2, 3, 4, 5].map((s) => {
                return (
                  <button key={s} type="button" className={`q-face${score === s ? " selected" : ""}`} onClick={() => setScore(s)} data-testid={`rating-score-${s}`}>
                    <Face score={s} />
                    <span className="q-face-stars">{"★".repeat(s)}</span>
                    <span>{t(`queue.rating.scores.${s}`)}</span>
                  </button>
                );
              })}
            </div>
            <div className="q-rate-comment">
              <Input.TextArea rows={2} maxLength={500} placeholder={t("queue.rating.comment")} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="rating-comment" />
            </div>
            {error && <div className="q-kiosk-error">{error}</div>}
            <Button type="primary" size="large" className="q-big-btn" disabled={!score} loading={busy} onClick={() => void submit()} data-testid="rating-submit">
              {t("queue.rating.submit")}
            </Button>
          </>
        ) : mode.kind === "thanks" ? (
          <div data-testid="rating-thanks">
            <div className="q-rate-thanks">{t("queue.rating.thanks")}</div>
            <div className="q-rate-sub">{t("queue.rating.thanksSub")}</div>
          </div>
        ) : (
          <div data-testid="rating-idle">
            <SmileOutlined className="q-rate-idle-icon" />
            <h1 style={{ marginTop: 16 }}>{t("queue.rating.idle")}</h1>
            <div className="q-rate-sub">{t("queue.rating.idleSub")}</div>
          </div>
        )}
      </main>
    </div>
  );
}

export default function RatingPadPage() {
  const t = useT();
  return (
    <DeviceGate page="rating" title={t("queue.rating.title")}>
      {(s, reset) => <RatingPad session={s} reset={reset} />}
    </DeviceGate>
  );
}
