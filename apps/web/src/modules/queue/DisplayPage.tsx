/**
 * Hall display (叫号屏, Q-05) for a 1920×1080 TV: current call per window, recent calls, waiting
 * per business type. Live from the counter's SSE stream without reloading; calls are announced in
 * Mandarin one after another (voice queue); paused windows show "暂停服务" and a closed hall
 * "暂停营业" with the next opening (CAL-04).
 *
 * Issue 10: the banner shows only live calls — a ticket finished, skipped or transferred leaves at
 * once (event) and after a reload (the view's currentCalls); the display follows the clock (timer
 * to the next boundary, re-check every minute, counter.opened/closed); voice starts by itself and
 * asks for a click only when the browser refuses. Issue 18: priority tags large and high-contrast.
 */
import { SoundOutlined } from "@ant-design/icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useApi } from "../../api/hooks";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useNow, useQueueEvents, useThrottled } from "./api";
import { type DeviceControls, DeviceGate } from "./DeviceGate";
import { DeviceMenu, DeviceMenuButton, useDeviceSelf } from "./DeviceMenu";
import { useFullscreenOnTouch } from "./fullscreen";
import { useOpeningClock } from "./opening-clock";
import { nextOpeningText } from "./shared-clock";
import { StreamBadge } from "./StreamBadge";
import { useTypeName } from "./type-name";
import type { BusinessType, QueueEvent, QueueView, Ticket } from "./types";
import { announcementText, createVoiceQueue } from "./voice";
import { ServiceNotices } from "../calendar/ServiceNotices";

interface Call {
  ticketId: string;
  number: string;
  windowNumber: number | null;
  at: number;
}

const LIVE: ReadonlySet<string> = new Set(["called", "serving"]);

/** The view after an event, before the reload arrives: the call shows at once, an ended ticket leaves at once. */
export function patchView(view: QueueView, e: QueueEvent): QueueView {
  const tk = e.ticket;
  if (!tk) return view;
  const live = LIVE.has(tk.status);
  const current = (view.currentCalls ?? []).filter((c) => c.id !== tk.id);
  return {
    ...view,
    windows: view.windows.map((w) => {
      if (live && w.id === tk.windowId) return { ...w, currentTicket: tk, state: tk.status as "called" | "serving" };
      if (!live && w.currentTicket?.id === tk.id) return { ...w, currentTicket: null, state: !w.tellerId ? "offline" : w.pausedAt ? "paused" : "idle" };
      return w;
    }),
    currentCalls: live && tk.windowId ? [tk, ...current] : current,
    recentCalls: e.type === "ticket.called" ? [tk, ...view.recentCalls.filter((r) => r.id !== tk.id)] : view.recentCalls,
  };
}

/** The banner: the latest live call; a call whose ticket is no longer live is never shown. */
export function bannerCall(call: Call | null, view: QueueView | undefined): Call | null {
  const current = view?.currentCalls ?? [];
  if (call && current.some((c) => c.id === call.ticketId)) return call;
  const first = current[0];
  return first ? { ticketId: first.id, number: first.number, windowNumber: first.windowNumber, at: 0 } : null;
}

function Display({ session, controls }: { session: DeviceSession; controls: DeviceControls }) {
  const t = useT();
  const { locale } = useI18n();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const now = useNow(1000);
  const { lost, signOut } = controls;
  const self = useDeviceSelf(session, lost);
  useFullscreenOnTouch();

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const types = useApi(() => dev.get<{ items: BusinessType[] }>(Q.businessTypes(counterId)), [counterId]);
  const [call, setCall] = useState<Call | null>(null);
  const [spoken, setSpoken] = useState<string | null>(null);
  const [voiceBlocked, setVoiceBlocked] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
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
        onBlocked: () => setVoiceBlocked(true),
        onUnblocked: () => setVoiceBlocked(false),
      }),
    [],
  );
  useEffect(() => {
    voice.probe(); // a signed-in display speaks without a click where the browser allows it
    return () => voice.cancel();
  }, [voice]);

  useEffect(() => {
    if ((queue.error && isSessionLost(queue.error)) || (types.error && isSessionLost(types.error))) lost();
  }, [queue.error, types.error, lost]);

  const reload = useThrottled(() => void queue.reload(), 400);
  useOpeningClock(queue.data, reload);
  const announce = useCallback(
    (tk: Ticket) => {
      setCall({ ticketId: tk.id, number: tk.number, windowNumber: tk.windowNumber, at: Date.now() });
      voice.say(announcementText(tk.number, tk.windowNumber), 2); // each call twice, one after another
    },
    [voice],
  );
  const onEvent = useCallback(
    (e: QueueEvent) => {
      if ((e.type === "ticket.called" || e.type === "ticket.recalled") && e.ticket) announce(e.ticket);
      if (e.type === "window.raiseHand" && e.window) {
        const id = e.window.id;
        setHands((h) => ({ ...h, [id]: Date.now() }));
      }
      if (e.ticket && queue.data) queue.setData(patchView(queue.data, e));
      reload();
    },
    [announce, queue, reload],
  );
  const stream = useQueueEvents(counterId, { onEvent, onOpen: reload });

  const banner = bannerCall(call, queue.data);
  const flash = !!banner && banner.at > 0 && now - banner.at < 3000;

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
  const nextOpening = nextOpeningText(queue.data?.nextOpeningAt, now, locale);

  return (
    <div className={`q-display q-device${self.data?.largeText ? " q-hc" : ""}`} data-testid="display" lang={locale}>
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

      <section className={`q-display-banner${banner ? "" : " idle"}${flash ? " flash" : ""}`} data-testid="display-banner" aria-live="polite">
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
          <div className="q-display-banner-text" data-testid="display-no-call">
            {t("queue.display.noCalls")}
          </div>
        )}
      </section>

      <main className="q-display-body">
        <section className="q-panel">
          <h2>{t("queue.display.windows")}</h2>
          <div className="q-display-windows">
            {windows.map((w) => {
              const tk = w.currentTicket;
              const hand = now - (hands[w.id] ?? 0) < 10_000;
              return (
                <div key={w.id} className={`q-win ${w.state}${hand ? " hand" : ""}`} data-testid={`display-window-${w.number}`} data-state={w.state}>
                  <div className="q-win-no">
                    <span>
                      <b>{w.number}</b> {t("queue.window")}
                    </span>
                    <span className="q-win-tags">
                      {w.vip && (
                        <span className="q-win-tag vip" data-testid={`display-tag-vip-${w.number}`}>
                          VIP
                        </span>
                      )}
                      {w.greenChannel && <span className="q-win-tag green">{t("queue.priority.green")}</span>}
                    </span>
                  </div>
                  {w.state === "paused" ? (
                    <div className="q-win-ticket">{t("queue.paused")}</div>
                  ) : (
                    <div className="q-win-ticket">{tk && (w.state === "called" || w.state === "serving") ? tk.number : "—"}</div>
                  )}
                  <div className="q-win-state">
                    {hand && w.state !== "paused"
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
              {recent.length === 0 && <li className="q-recent-empty">{t("queue.display.noCalls")}</li>}
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
          <SoundOutlined aria-hidden /> {spoken ?? (voice.supported ? "" : t("queue.display.soundUnavailable"))}
        </span>
        <span className="q-display-foot-right">
          {voice.supported && voiceBlocked && (
            <button
              type="button"
              className="q-sound-btn"
              onClick={() => {
                voice.unlock();
                setVoiceBlocked(false);
              }}
              data-testid="display-enable-sound"
            >
              <SoundOutlined aria-hidden /> {t("queue.display.enableSound")}
            </button>
          )}
          <span>{t("queue.waitingCount", { count: queue.data?.waiting.length ?? 0 })}</span>
          <StreamBadge status={stream} dark />
          <DeviceMenuButton name={session.device.name} onLongPress={() => setMenuOpen(true)} />
        </span>
      </footer>

      {/* CAL-02/CAL-04 dated openings, closures and hours changes announced in advance */}
      <ServiceNotices load={() => dev.get(`/calendar/notices?orgUnitId=${encodeURIComponent(counterId)}`)} counterId={counterId} reloadKey={queue.data?.open} />
      {queue.data && !queue.data.open && (
        <div className="q-display-closed" data-testid="display-closed" role="status">
          {t("queue.closed")}
          {nextOpening && (
            <span className="q-display-next" data-testid="display-next-opening">
              {t("queue.device.nextOpening", { time: nextOpening })}
            </span>
          )}
          <small>{queue.data.counterName}</small>
        </div>
      )}

      <DeviceMenu
        open={menuOpen}
        session={session}
        self={self.data}
        onClose={() => setMenuOpen(false)}
        onSignOut={signOut}
        onChanged={() => void self.reload()}
        extra={() =>
          voice.supported ? (
            <div className="q-menu-row">
              <span>{t("queue.display.enableSound")}</span>
              <button
                type="button"
                className="q-btn q-btn-small"
                onClick={() => {
                  voice.unlock();
                  voice.say(t("queue.device.voiceTest"));
                }}
              >
                {t("queue.device.voiceTestButton")}
              </button>
            </div>
          ) : null
        }
      />
    </div>
  );
}

export default function DisplayPage() {
  const t = useT();
  return (
    <DeviceGate page="display" title={t("queue.display.title")}>
      {(s, controls) => <Display session={s} controls={controls} />}
    </DeviceGate>
  );
}
