/**
 * Kiosk (取号机, Q-02): touch screen, large targets, device session. The customer chooses a
 * business type and gets a printed ticket (number, business, time, people ahead). Priority tickets
 * (VIP, green channel, Q-03) are issued by the guide at the guide desk.
 *
 * Issue 10: the kiosk follows the clock by itself (CAL-04: a timer to the next opening/closing
 * boundary told by the server, a re-check every minute, counter.opened/closed events) and shows
 * the next opening while closed. Issue 18 (适老化): customer text ≥ 22 px at ≥ 4.5:1 on solid
 * backgrounds, targets ≥ 64 px, the ticket stays ≥ 30 s with "需要更多时间", the number is
 * announced (live region) and focused; staff controls only by long press + PIN.
 */
import { CheckCircleFilled, CrownOutlined, GlobalOutlined, PrinterOutlined, SoundOutlined } from "@ant-design/icons";
import { Spin } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useNow, useQueueEvents, useThrottled } from "./api";
import { type DeviceControls, DeviceGate } from "./DeviceGate";
import { DeviceMenu, DeviceMenuButton, useDeviceSelf } from "./DeviceMenu";
import { useOpeningClock } from "./opening-clock";
import { nextOpeningText } from "./shared-clock";
import { StreamBadge } from "./StreamBadge";
import { type SlipData, PrintArea, TicketSlip, usePrint } from "./TicketSlip";
import { useTypeName } from "./type-name";
import { TILE_COLORS } from "./device-palette";
import type { BusinessType, IssuedTicket, QueueView } from "./types";
import { ServiceNotices } from "../calendar/ServiceNotices";
import { KioskHelpChoice } from "./elderly/KioskHelpChoice";

/** The issued-ticket screen stays at least this long (issue 18), longer on "more time". */
export const ISSUED_MIN_S = 30;
export const MORE_TIME_S = 30;

function Kiosk({ session, controls }: { session: DeviceSession; controls: DeviceControls }) {
  const t = useT();
  const { locale, setLocale } = useI18n();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const now = useNow(1000);
  const print = usePrint();
  const { lost, signOut } = controls;
  const self = useDeviceSelf(session, lost);

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const types = useApi(() => dev.get<{ items: BusinessType[] }>(Q.businessTypes(counterId)), [counterId]);
  const reload = useThrottled(() => void queue.reload(), 800);
  const stream = useQueueEvents(counterId, {
    onEvent: (e) => {
      if (e.type === "counter.opened" || e.type === "counter.closed" || e.type === "settings.updated") void types.reload();
      reload();
    },
    onOpen: reload,
  });
  useOpeningClock(queue.data, reload);

  const [busy, setBusy] = useState<string | null>(null);
  const [issued, setIssued] = useState<SlipData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [until, setUntil] = useState(0);
  const [announce, setAnnounce] = useState("");
  const [menuOpen, setMenuOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if ((queue.error && isSessionLost(queue.error)) || (types.error && isSessionLost(types.error))) lost();
  }, [queue.error, types.error, lost]);

  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (issued && until > 0 && now >= until) setIssued(null);
  }, [now, issued, until]);
  useEffect(() => {
    if (issued) heading.current?.focus();
  }, [issued]);

  useEffect(() => {
    if (!error) return;
    const id = setTimeout(() => setError(null), 10_000);
    return () => clearTimeout(id);
  }, [error]);

  const waitingByType = useMemo(() => {
    const m = new Map<string, number>();
    for (const tk of queue.data?.waiting ?? []) m.set(tk.businessType, (m.get(tk.businessType) ?? 0) + 1);
    return m;
  }, [queue.data]);

  const issue = useCallback(
    async (bt: BusinessType) => {
      if (busy) return;
      setBusy(bt.code);
      setError(null);
      try {
        const key = `${session.device.id}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
        const tk = await dev.post<IssuedTicket>(Q.tickets(counterId), { businessType: bt.code, priority: "normal" }, { "idempotency-key": key });
        setUntil(Date.now() + ISSUED_MIN_S * 1000);
        const slip = {
          number: tk.number,
          counterName: queue.data?.counterName ?? session.device.name,
          businessName: typeName(tk),
          priority: tk.priority,
          issuedAt: tk.issuedAt,
          waitingAhead: tk.waitingAhead,
        };
        setIssued(slip);
        setAnnounce(t("queue.kiosk.announce", { number: tk.number.split("").join(" "), business: slip.businessName, count: tk.waitingAhead }));
        print();
        reload();
      } catch (e) {
        if (isSessionLost(e)) lost();
        setError(errorText(e, t));
        reload(); // e.g. counter_closed: show the hours at once
      } finally {
        setBusy(null);
      }
    },
    [busy, dev, counterId, session, queue.data, typeName, print, reload, lost, t],
  );

  const done = () => {
    setIssued(null);
    setAnnounce("");
  };

  const active = (types.data?.items ?? []).filter((b) => b.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const open = queue.data?.open ?? true;
  const waiting = queue.data?.waiting.length ?? 0;
  const nextOpening = nextOpeningText(queue.data?.nextOpeningAt, now, locale);

  return (
    <div className={`q-kiosk q-device${self.data?.largeText ? " q-hc" : ""}`} data-testid="kiosk" data-open={open ? "1" : "0"} lang={locale}>
      <header className="q-kiosk-head">
        <div>
          <div className="q-kiosk-counter">{queue.data?.counterName ?? "…"}</div>
          <div className="q-kiosk-sub">{t("queue.kiosk.welcome")}</div>
        </div>
        <div className="q-kiosk-head-right">
          <div className="q-kiosk-clock" aria-hidden>
            {new Date(now).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false })}
          </div>
          <button type="button" className="q-kiosk-lang" onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")} data-testid="kiosk-lang" lang={locale === "zh-CN" ? "en" : "zh"}>
            <GlobalOutlined aria-hidden /> {locale === "zh-CN" ? "English" : "中文"}
          </button>
        </div>
      </header>

      <div className="q-sr-only" role="status" aria-live="assertive" data-testid="kiosk-live">
        {announce}
      </div>

      {!issued && (
        <main className="q-kiosk-main">
          <div className="q-kiosk-prompt">
            <h1>{t("queue.kiosk.choose")}</h1>
            <div className="q-kiosk-waiting">{t("queue.kiosk.waiting", { count: waiting })}</div>
          </div>
          {!open && (
            <div className="q-kiosk-closed" role="status" data-testid="kiosk-closed">
              <b>{t("queue.closed")}</b> · {t("queue.kiosk.closedHint")}
              {nextOpening && <div className="q-kiosk-next">{t("queue.device.nextOpening", { time: nextOpening })}</div>}
            </div>
          )}
          {types.loading && !types.data ? (
            <div className="q-center">
              <Spin size="large" />
            </div>
          ) : active.length === 0 ? (
            <div className="q-kiosk-closed">{t("queue.kiosk.noTypes")}</div>
          ) : (
            <div className="q-kiosk-grid">
              {active.map((bt, i) => (
                <button
                  key={bt.id}
                  type="button"
                  className="q-kiosk-tile"
                  style={{ ["--tile" as string]: TILE_COLORS[i % TILE_COLORS.length] }}
                  disabled={!!busy || !open}
                  onClick={() => void issue(bt)}
                  data-testid={`kiosk-type-${bt.code}`}
                >
                  <span className="q-kiosk-tile-prefix" aria-hidden>
                    {bt.prefix}
                  </span>
                  <span className="q-kiosk-tile-name">{typeName(bt)}</span>
                  <span className="q-kiosk-tile-alt" lang={locale === "zh-CN" ? "en" : "zh"}>
                    {locale === "zh-CN" ? bt.nameEn : bt.nameZh}
                  </span>
                  <span className="q-kiosk-tile-wait">{t("queue.waitingCount", { count: waitingByType.get(bt.code) ?? 0 })}</span>
                  {busy === bt.code && <Spin className="q-kiosk-tile-spin" />}
                </button>
              ))}
            </div>
          )}
          <KioskHelpChoice dev={dev} counterId={counterId} />
          {error && (
            <div className="q-kiosk-error" role="alert" data-testid="kiosk-error">
              {t("queue.kiosk.failed")}：{error}
            </div>
          )}
          <div className="q-kiosk-info">
            <div className="q-kiosk-info-card vip">
              <CrownOutlined aria-hidden />
              <div>
                <b>{t("queue.kiosk.priorityTitle")}</b>
                <p>{t("queue.kiosk.vipHint")}</p>
              </div>
            </div>
            <div className="q-kiosk-info-card">
              <SoundOutlined aria-hidden />
              <div>
                <b>{t("queue.kiosk.tipTitle")}</b>
                <p>{t("queue.print.note")}</p>
              </div>
            </div>
          </div>
        </main>
      )}

      {issued && (
        <main className="q-kiosk-main q-kiosk-issued" data-testid="kiosk-issued">
          <CheckCircleFilled className="q-kiosk-ok" aria-hidden />
          <h1 className="q-kiosk-issued-title" tabIndex={-1} ref={heading} data-testid="kiosk-issued-heading">
            {t("queue.kiosk.issued")} · {t("queue.kiosk.yourNumber")} <span className="q-sr-only">{issued.number}</span>
          </h1>
          <div className="q-kiosk-number" data-testid="kiosk-number" aria-hidden>
            {issued.number}
          </div>
          <div className="q-kiosk-issued-type">{issued.businessName}</div>
          <div className="q-kiosk-ahead" data-testid="kiosk-ahead">
            {t("queue.kiosk.ahead", { count: issued.waitingAhead })}
          </div>
          <div className="q-kiosk-printing">
            <PrinterOutlined aria-hidden /> {t("queue.kiosk.printing")}
          </div>
          <div className="q-kiosk-actions">
            <button type="button" className="q-btn" onClick={print}>
              <PrinterOutlined aria-hidden /> {t("queue.kiosk.printAgain")}
            </button>
            <button type="button" className="q-btn" onClick={() => setUntil((u) => Math.max(u, Date.now()) + MORE_TIME_S * 1000)} data-testid="kiosk-more-time">
              {t("queue.kiosk.moreTime")}
            </button>
            <button type="button" className="q-btn q-btn-primary" onClick={done} data-testid="kiosk-done">
              {t("queue.kiosk.done")}
            </button>
          </div>
          <div className="q-kiosk-countdown" data-testid="kiosk-countdown">
            {t("queue.kiosk.backIn", { seconds: left })}
          </div>
        </main>
      )}

      {/* CAL-02/CAL-04 dated openings, closures and hours changes announced in advance */}
      <ServiceNotices load={() => dev.get(`/calendar/notices?orgUnitId=${encodeURIComponent(counterId)}`)} counterId={counterId} />
      <footer className="q-kiosk-foot">
        <span>{t("queue.kiosk.footer")}</span>
        <span className="q-kiosk-foot-right">
          <StreamBadge status={stream} dark />
          <DeviceMenuButton name={session.device.name} onLongPress={() => setMenuOpen(true)} />
        </span>
      </footer>

      <DeviceMenu open={menuOpen} session={session} self={self.data} onClose={() => setMenuOpen(false)} onSignOut={signOut} onChanged={() => void self.reload()} />

      {issued && (
        <PrintArea>
          <TicketSlip slip={issued} />
        </PrintArea>
      )}
    </div>
  );
}

export default function KioskPage() {
  const t = useT();
  return (
    <DeviceGate page="kiosk" title={t("queue.kiosk.title")}>
      {(s, controls) => <Kiosk session={s} controls={controls} />}
    </DeviceGate>
  );
}
