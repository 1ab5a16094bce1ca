/**
 * Kiosk (取号机, Q-02): touch screen, large targets, device session. The customer chooses a
 * business type and gets a printed ticket (number, business, time, people ahead). Priority tickets
 * (VIP, green channel, Q-03) are issued by the guide at the guide desk.
 */
import { CheckCircleFilled, CrownOutlined, GlobalOutlined, PrinterOutlined, SoundOutlined } from "@ant-design/icons";
import { Button, Spin } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useI18n, useT } from "../../i18n";
import { type DeviceSession, Q, deviceApi, isSessionLost, useNow, useQueueEvents, useThrottled } from "./api";
import { DeviceGate, type SlipData, PrintArea, StreamBadge, TicketSlip, usePrint, useTypeName } from "./shared";
import type { BusinessType, IssuedTicket, QueueView } from "./types";

const TILE_COLORS = ["#1f5fbf", "#0f8a6c", "#c2410c", "#7c3aed", "#b91c1c", "#0e7490", "#a16207", "#be185d"];
const BACK_AFTER_S = 12;

function Kiosk({ session, reset }: { session: DeviceSession; reset(): void }) {
  const t = useT();
  const { locale, setLocale } = useI18n();
  const typeName = useTypeName();
  const dev = useMemo(() => deviceApi(session), [session]);
  const counterId = session.device.orgUnitId;
  const now = useNow(1000);
  const print = usePrint();

  const queue = useApi(() => dev.get<QueueView>(Q.queue(counterId)), [counterId]);
  const types = useApi(() => dev.get<{ items: BusinessType[] }>(Q.businessTypes(counterId)), [counterId]);
  const reload = useThrottled(() => void queue.reload(), 800);
  const stream = useQueueEvents(counterId, { onEvent: reload, onOpen: reload });

  const [busy, setBusy] = useState<string | null>(null);
  const [issued, setIssued] = useState<SlipData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [countdown, setCountdown] = useState(BACK_AFTER_S);
  const issuedAt = useRef(0);

  useEffect(() => {
    if ((queue.error && isSessionLost(queue.error)) || (types.error && isSessionLost(types.error))) reset();
  }, [queue.error, types.error, reset]);

  useEffect(() => {
    if (!issued) return;
    const left = BACK_AFTER_S - Math.floor((now - issuedAt.current) / 1000);
    setCountdown(left);
    if (left <= 0) setIssued(null);
  }, [now, issued]);

  useEffect(() => {
    if (!error) return;
    const id = setTimeout(() => setError(null), 6000);
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
        issuedAt.current = Date.now();
        setIssued({
          number: tk.number,
          counterName: queue.data?.counterName ?? session.device.name,
          businessName: typeName(tk),
          priority: tk.priority,
          issuedAt: tk.issuedAt,
          waitingAhead: tk.waitingAhead,
        });
        print();
        reload();
      } catch (e) {
        if (isSessionLost(e)) reset();
        setError(errorText(e, t));
      } finally {
        setBusy(null);
      }
    },
    [busy, dev, counterId, session, queue.data, typeName, print, reload, reset, t],
  );

  const active = (types.data?.items ?? []).filter((b) => b.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const open = queue.data?.open ?? true;
  const waiting = queue.data?.waiting.length ?? 0;

  return (
    <div className="q-kiosk" data-testid="kiosk">
      <header className="q-kiosk-head">
        <div>
          <div className="q-kiosk-counter">{queue.data?.counterName ?? "…"}</div>
          <div className="q-kiosk-sub">{t("queue.kiosk.welcome")}</div>
        </div>
        <div className="q-kiosk-head-right">
          <div className="q-kiosk-clock">{new Date(now).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false })}</div>
          <Button
            ghost
            size="large"
            icon={<GlobalOutlined />}
            onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")}
            data-testid="kiosk-lang"
          >
            {locale === "zh-CN" ? "English" : "中文"}
          </Button>
        </div>
      </header>

      {!issued && (
        <main className="q-kiosk-main">
          <div className="q-kiosk-prompt">
            <h1>{t("queue.kiosk.choose")}</h1>
            <div className="q-kiosk-waiting">{t("queue.kiosk.waiting", { count: waiting })}</div>
          </div>
          {!open && <div className="q-kiosk-closed">{t("queue.closed")} · {t("queue.kiosk.closedHint")}</div>}
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
                  <span className="q-kiosk-tile-prefix">{bt.prefix}</span>
                  <span className="q-kiosk-tile-name">{typeName(bt)}</span>
                  <span className="q-kiosk-tile-alt">{locale === "zh-CN" ? bt.nameEn : bt.nameZh}</span>
                  <span className="q-kiosk-tile-wait">{t("queue.waitingCount", { count: waitingByType.get(bt.code) ?? 0 })}</span>
                  {busy === bt.code && <Spin className="q-kiosk-tile-spin" />}
                </button>
              ))}
            </div>
          )}
          <div className="q-kiosk-info">
            <div className="q-kiosk-info-card vip">
              <CrownOutlined />
              <div>
                <b>{t("queue.kiosk.priorityTitle")}</b>
                <p>{t("queue.kiosk.vipHint")}</p>
              </div>
            </div>
            <div className="q-kiosk-info-card">
              <SoundOutlined />
              <div>
                <b>{t("queue.kiosk.tipTitle")}</b>
                <p>{t("queue.print.note")}</p>
              </div>
            </div>
          </div>
          {error && (
            <div className="q-kiosk-error" role="alert" data-testid="kiosk-error">
              {t("queue.kiosk.failed")}：{error}
            </div>
          )}
        </main>
      )}

      {issued && (
        <main className="q-kiosk-main q-kiosk-issued" data-testid="kiosk-issued">
          <CheckCircleFilled className="q-kiosk-ok" />
          <div className="q-kiosk-issued-title">{t("queue.kiosk.issued")}</div>
          <div className="q-kiosk-issued-label">{t("queue.kiosk.yourNumber")}</div>
          <div className="q-kiosk-number" data-testid="kiosk-number">
            {issued.number}
          </div>
          <div className="q-kiosk-issued-type">{issued.businessName}</div>
          <div className="q-kiosk-ahead" data-testid="kiosk-ahead">
            {t("queue.kiosk.ahead", { count: issued.waitingAhead })}
          </div>
          <div className="q-kiosk-printing">
            <PrinterOutlined /> {t("queue.kiosk.printing")}
          </div>
          <div className="q-kiosk-actions">
            <Button size="large" className="q-big-btn" icon={<PrinterOutlined />} onClick={print}>
              {t("queue.kiosk.printAgain")}
            </Button>
            <Button size="large" type="primary" className="q-big-btn" onClick={() => setIssued(null)} data-testid="kiosk-done">
              {t("queue.kiosk.done")}
            </Button>
          </div>
          <div className="q-kiosk-countdown">{t("queue.kiosk.backIn", { seconds: Math.max(0, countdown) })}</div>
        </main>
      )}

      <footer className="q-kiosk-foot">
        <span>{t("queue.kiosk.footer")}</span>
        <span className="q-kiosk-foot-right">
          <StreamBadge status={stream} dark />
          <button type="button" className="q-link-btn" onDoubleClick={reset} title={t("queue.device.reset")}>
            {session.device.name}
          </button>
        </span>
      </footer>

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
      {(s, reset) => <Kiosk session={s} reset={reset} />}
    </DeviceGate>
  );
}
