/**
 * Hall display (叫号屏, Q-05) for a 1920×1080 TV: current call per window, recent calls, waiting
 * per business type. Live from the counter's SSE stream without reloading; calls are announced in
 * Mandarin one after another (voice queue); paused windows show "暂停服务" and a closed hall
 * "暂停营业" (CAL-04).
 */
import { SoundOutlined } from "@ant-design/icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useNow, useQueueEvents, useThrottled } from "./api";
import { DeviceGate, StreamBadge, useFullscreenOnTouch, useTypeName } from "./shared";
import type { BusinessType, QueueEvent, QueueView, Ticket } from "./types";
import { announcementText, createVoiceQueue } from "./voice";

interface Call {
  key: string;
  number: string;
  windowNumber: number | null;
  at: number;
}

function Display({ session, reset }: { session: DeviceSession; reset(): void }) {
  const t = useT();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const now = useNow(1000);
  useFullscreenOnTouch();

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const types = useApi(() => dev.get<{ items: BusinessType[] }>(Q.businessTypes(counterId)), [counterId]);
  const [call, setCall] = useState<Call | null>(null);
  const [spoken, setSpoken] = useState<string | null>(null);
  const [soundUnlocked, setSoundUnlocked] = useState(false);
  /** Q-04 举手服务: the window invites its called customer; the tile shows it for a few seconds. */
  const [hands, setHands] = useState<Record<string, number>>({});
  const [spokenCount, setSpokenCount] = useState(0);
  const voice = useMemo(
    () =>
      createVoiceQueue({
        lang: "zh-CN",
        onSpeak: (text) => {
          setSpoken(text);
          setSpokenCount((n) => n + 1);
        },
      }),
    [],
  );
  useEffect(() => () => voice.cancel(), [voice]);

  useEffect(() => {
    if ((queue.error && isSessionLost(queue.error)) || (types.error && isSessionLost(types.error))) reset();
  }, [queue.error, types.error, reset]);

  const reload = useThrottled(() => void queue.reload(), 400);
  const announce = useCallback(
    (tk: Ticket, id: string) => {
      setCall({ key: id, number: tk.number, windowNumber: tk.windowNumber, at: Date.now() });
      voice.say(announcementText(tk.number, tk.windowNumber), 2); // each call twice, one after another
    },
    [voice],
  );
  const onEvent = useCallback(
    (e: QueueEvent) => {
      if ((e.type === "ticket.called" || e.type === "ticket.recalled") && e.ticket) announce(e.ticket, e.id);
      if (e.type === "window.raiseHand" && e.window) {
        const id = e.window.id;
        setHands((h) => ({ ...h, [id]: Date.now() }));
      }
      // Patch the snapshot at once (the call is visible without waiting), then reload it.
      if (e.ticket && queue.data) {
        const tk = e.ticket;
        queue.setData({
          ...queue.data,
          windows: queue.data.windows.map((w) =>
            w.id === tk.windowId && (tk.status === "called" || tk.status === "serving") ? { ...w, currentTicket: tk, state: tk.status } : w,
          ),
          recentCalls: e.type === "ticket.called" ? [tk, ...queue.data.recentCalls.filter((r) => r.id !== tk.id)] : queue.data.recentCalls,
        });
      }
      reload();
    },
    [announce, queue, reload],
  );
  const stream = useQueueEvents(counterId, { onEvent, onOpen: reload });

  // The banner shows the latest call; after a snapshot reload it falls back to the last recent call.
  const latest = queue.data?.recentCalls[0];
  const banner = call ?? (latest ? { key: latest.id, number: latest.number, windowNumber: latest.windowNumber, at: 0 } : null);
  const flash = !!call && now - call.at < 3000;

  const windows = [...(queue.data?.windows ?? [])].filter((w) => w.active).sort((a, b) => a.number - b.number);
  /** Q-05 the waiting list: per type, the count and the next numbers in call order. */
  const waitingByType = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const tk of queue.data?.waiting ?? []) m.set(tk.businessType, [...(m.get(tk.businessType) ?? []), tk.number]);
    return m;
  }, [queue.data]);
  const typeRows = (types.data?.items ?? []).filter((b) => b.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const recent = (queue.data?.recentCalls ?? []).slice(0, 7);
  const d = new Date(now);

  return (
    <div className="q-display" data-testid="display">
      <header className="q-display-head">
        <div className="q-display-title">{queue.data?.counterName ?? "…"}</div>
        <div className="q-display-clock">
          {stream !== "open" && (
            <span className="q-display-reconnect" data-testid="display-reconnecting">
              {t(`queue.stream.${stream}`)}
            </span>
          )}
          <small>{d.toLocaleDateString("zh-CN", { year: "numeric", month: "long", day: "numeric", weekday: "long" })}</small>
          {d.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false })}
        </div>
      </header>

      <section className={`q-display-banner${banner ? "" : " idle"}${flash ? " flash" : ""}`} data-testid="display-banner">
        <div className="q-display-banner-label">{t("queue.display.nowCalling")}</div>
        {banner ? (
          <>
            <div className="q-display-banner-number" data-testid="display-current-number">
              {banner.number}
            </div>
            <div className="q-display-banner-text" data-testid="display-announcement">
              {t("queue.display.pleaseGo", { number: banner.number, window: banner.windowNumber ?? "—" })}
            </div>
          </>
        ) : (
          <div className="q-display-banner-text">{t("queue.display.noCalls")}</div>
        )}
      </section>

      <main className="q-display-body">
        <section className="q-panel">
          <h2>{t("queue.display.windows")}</h2>
          <div className="q-display-windows">
            {windows.map((w) => {
              const tk = w.currentTicket;
              return (
                <div
                  key={w.id}
                  className={`q-win ${w.state}${now - (hands[w.id] ?? 0) < 10_000 ? " hand" : ""}`}
                  data-testid={`display-window-${w.number}`}
                  data-state={w.state}
                >
                  <div className="q-win-no">
                    <span>
                      <b>{w.number}</b> {t("queue.window")}
                    </span>
                    <span className="q-win-tags">
                      {w.vip && <span className="q-win-tag">VIP</span>}
                      {w.greenChannel && <span className="q-win-tag green">{t("queue.priority.green")}</span>}
                    </span>
                  </div>
                  {w.state === "paused" ? (
                    <div className="q-win-ticket">{t("queue.paused")}</div>
                  ) : (
                    <div className="q-win-ticket">{tk && (w.state === "called" || w.state === "serving") ? tk.number : "—"}</div>
                  )}
                  <div className="q-win-state">
                    {now - (hands[w.id] ?? 0) < 10_000 && w.state !== "paused"
                      ? t("queue.display.raiseHand")
                      : w.state === "paused"
                      ? (w.pausedReason ?? "")
                      : w.state === "offline"
                        ? t("queue.display.offline")
                        : w.state === "idle"
                          ? t("queue.display.idle")
                          : t(`queue.windowState.${w.state}`)}
                  </div>
                </div>
              );
            })}
          </div>
        </section>
        <div className="q-display-side">
          <section className="q-panel">
            <h2>{t("queue.display.recentCalls")}</h2>
            <ul className="q-recent" data-testid="display-recent">
              {recent.length === 0 && <li style={{ opacity: 0.6 }}>{t("queue.display.noCalls")}</li>}
              {recent.map((r) => (
                <li key={r.id}>
                  <b>{r.number}</b>
                  <span>{r.windowNumber != null ? t("queue.windowNo", { number: r.windowNumber }) : ""}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="q-panel">
            <h2>{t("queue.display.waitingByType")}</h2>
            <div className="q-types" data-testid="display-waiting">
              {typeRows.map((b) => (
                <div key={b.id} data-testid={`display-waiting-${b.code}`}>
                  <span>
                    {b.prefix} · {typeName(b)}
                  </span>
                  <span className="q-types-next">{(waitingByType.get(b.code) ?? []).slice(0, 3).join(" ")}</span>
                  <b>{t("queue.people", { count: waitingByType.get(b.code)?.length ?? 0 })}</b>
                </div>
              ))}
            </div>
          </section>
        </div>
      </main>

      <footer className="q-display-foot">
        <span data-testid="display-spoken" data-count={spokenCount}>
          <SoundOutlined /> {spoken ?? (voice.supported ? "" : t("queue.display.soundUnavailable"))}
        </span>
        <span style={{ display: "inline-flex", gap: 16, alignItems: "center" }}>
          {voice.supported && !soundUnlocked && (
            <button
              type="button"
              className="q-sound-btn"
              onClick={() => {
                voice.unlock();
                setSoundUnlocked(true);
              }}
            >
              <SoundOutlined /> {t("queue.display.enableSound")}
            </button>
          )}
          <span>{t("queue.waitingCount", { count: queue.data?.waiting.length ?? 0 })}</span>
          <StreamBadge status={stream} dark />
          <button type="button" className="q-link-btn" onDoubleClick={reset} title={t("queue.device.reset")}>
            {session.device.name}
          </button>
        </span>
      </footer>

      {queue.data && !queue.data.open && (
        <div className="q-display-closed" data-testid="display-closed">
          {t("queue.closed")}
          <small>{queue.data.counterName}</small>
        </div>
      )}
    </div>
  );
}

export default function DisplayPage() {
  const t = useT();
  return (
    <DeviceGate page="display" title={t("queue.display.title")}>
      {(s, reset) => <Display session={s} reset={reset} />}
    </DeviceGate>
  );
}
