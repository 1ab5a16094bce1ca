/**
 * Teller console (Q-04): sign in to a window, call next, raise hand (举手), recall, no-show,
 * transfer (type or window), start, finish with the outcome (Q-11) and the one-time list of missing
 * documents (Q-06), pause with a reason / resume (CAL-04), a timer against the handling target and
 * the teller's own served count today.
 */
import {
  ArrowRightOutlined,
  CheckOutlined,
  UserAddOutlined,
  LogoutOutlined,
  PauseCircleOutlined,
  PhoneOutlined,
  PlayCircleOutlined,
  SoundOutlined,
  StopOutlined,
  SwapOutlined,
} from "@ant-design/icons";
import { App, Alert, Button, Card, Checkbox, Col, Empty, Form, Input, List, Modal, Progress, Radio, Row, Select, Space, Statistic, Tag, Typography } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, PageContainer, PageLoading } from "../../components";
import { useT } from "../../i18n";
import { Q, useNow, useQueueEvents, useThrottled } from "./api";
import { clock, hhmm, minutes, secondsSince, todayLocal } from "./format";
import { PriorityTag, StreamBadge, WindowStateTag, useTypeName } from "./shared";
import { ServiceAlertBar } from "./ServiceAlertBar";
import type {
  BusinessType,
  CallNextResponse,
  Monitor,
  MyWindows,
  QueueSettings,
  QueueView,
  QueueWindow,
  ServiceOutcome,
  Ticket,
  TicketActionResponse,
  TransferTicketResponse,
} from "./types";
import { OUTCOMES } from "./types";

const DOC_KEYS = ["id_card", "policy", "bank_card", "application_form", "medical_records", "invoices", "authorization", "relationship_proof", "beneficiary_id"] as const;

/** Served today: from the monitor when the user may read it, else counted on this device. */
function useServedToday(userId: string | undefined, windowId: string | undefined, counterId: string | undefined, canMonitor: boolean) {
  const key = `ccms.queue.served.${userId ?? "-"}.${todayLocal()}`;
  const [local, setLocal] = useState<number>(() => Number(localStorage.getItem(key) ?? 0) || 0);
  const monitor = useApi(
    async () => (canMonitor && counterId ? api.get<Monitor>(Q.monitor(counterId)) : null),
    [canMonitor, counterId],
  );
  const bump = useCallback(() => {
    setLocal((n) => {
      const v = n + 1;
      try {
        localStorage.setItem(key, String(v));
      } catch {}
      return v;
    });
    void monitor.reload();
  }, [key, monitor]);
  const fromMonitor = monitor.data?.windows.find((w) => w.id === windowId)?.servedToday;
  return { served: fromMonitor ?? local, bump };
}

export default function ConsolePage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const { me, can } = useAuth();
  const typeName = useTypeName();
  const now = useNow(1000);

  const mine = useApi(() => api.get<MyWindows>(Q.myWindows()), []);
  const current = mine.data?.current ?? null;
  const counterId = current?.counterId ?? mine.data?.windows[0]?.counterId;
  const queue = useApi(async () => (counterId ? api.get<QueueView>(Q.queue(counterId)) : null), [counterId]);
  const types = useApi(async () => (counterId ? (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items : []), [counterId]);
  const settings = useApi(async () => (counterId ? api.get<QueueSettings>(Q.settings(counterId)).catch(() => null) : null), [counterId]);
  const { served, bump } = useServedToday(me?.user.id, current?.id, counterId, can("queue.monitor"));

  const reload = useThrottled(() => {
    void mine.reload();
    void queue.reload();
  }, 500);
  const stream = useQueueEvents(counterId, { onEvent: reload, onOpen: reload });

  const [busy, setBusy] = useState<string | null>(null);
  const [finishOpen, setFinishOpen] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const [pauseOpen, setPauseOpen] = useState(false);

  const run = useCallback(
    async <T,>(name: string, fn: () => Promise<T>, ok?: (r: T) => string | null): Promise<T | undefined> => {
      setBusy(name);
      try {
        const r = await fn();
        const text = ok?.(r);
        if (text) message.success(text);
        await Promise.all([mine.reload(), queue.reload()]);
        return r;
      } catch (e) {
        message.error(errorText(e, t));
        void mine.reload();
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [message, mine, queue, t],
  );

  const ticket = current?.currentTicket ?? null;
  const handlingLimit = settings.data?.handlingLimitMinutes ?? 15;
  const leadMin = settings.data?.alertLeadMinutes ?? 3;

  const forMe = useMemo(() => {
    if (!current || !queue.data) return [] as Ticket[];
    return queue.data.waiting.filter((tk) => (tk.targetWindowId ? tk.targetWindowId === current.id : current.businessTypes.includes(tk.businessType)));
  }, [current, queue.data]);

  if (mine.loading && !mine.data) return <PageLoading />;
  if (mine.error) return <ErrorResult error={mine.error} onRetry={() => void mine.reload()} />;

  // ------------------------------------------------------------ not signed in: choose a window
  if (!current) {
    const windows = [...(mine.data?.windows ?? [])].filter((w) => w.active).sort((a, b) => a.number - b.number);
    return (
      <PageContainer title={t("queue.console.title")} subtitle={t("queue.console.subtitle")} rules="Q-04 · Q-06 · Q-11" extra={<StreamBadge status={stream} />}>
        <Card title={t("queue.console.chooseWindow")}>
          {windows.length === 0 ? (
            <Empty description={t("queue.noCounter")} />
          ) : (
            <Row gutter={[16, 16]}>
              {windows.map((w) => (
                <Col key={w.id} xs={24} sm={12} lg={8} xl={6}>
                  <Card size="small" hoverable={!w.tellerId} data-testid={`console-window-${w.number}`}>
                    <Space direction="vertical" style={{ width: "100%" }}>
                      <Space style={{ justifyContent: "space-between", width: "100%" }}>
                        <Typography.Title level={3} style={{ margin: 0 }}>
                          {t("queue.windowNo", { number: w.number })}
                        </Typography.Title>
                        <WindowStateTag state={w.state} />
                      </Space>
                      <div>
                        {w.vip && <Tag color="gold">VIP</Tag>}
                        {w.greenChannel && <Tag color="green">{t("queue.priority.green")}</Tag>}
                        {w.businessTypes.map((code) => {
                          const bt = types.data?.find((b) => b.code === code);
                          return <Tag key={code}>{bt ? typeName(bt) : code}</Tag>;
                        })}
                      </div>
                      <Typography.Text type="secondary">{w.tellerName ?? "\u00a0"}</Typography.Text>
                      <Button
                        type="primary"
                        block
                        disabled={!!w.tellerId}
                        loading={busy === `sign-in-${w.id}`}
                        onClick={() => void run(`sign-in-${w.id}`, () => api.post(Q.windowAction(w.id, "sign-in")))}
                        data-testid={`console-sign-in-${w.number}`}
                      >
                        {t("queue.console.signIn")}
                      </Button>
                    </Space>
                  </Card>
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </PageContainer>
    );
  }

  // ------------------------------------------------------------ signed in
  const paused = current.state === "paused";
  const handlingS = ticket?.status === "serving" ? secondsSince(ticket.startedAt, now) : null;
  const waitS = ticket ? secondsSince(ticket.originalIssuedAt, ticket.calledAt ? new Date(ticket.calledAt).getTime() : now) : null;
  const calledS = ticket?.status === "called" ? secondsSince(ticket.calledAt, now) : null;
  const limitS = handlingLimit * 60;
  const timerClass = handlingS == null ? "" : handlingS >= limitS ? "over" : handlingS >= limitS - leadMin * 60 ? "near" : "";

  const callNext = () =>
    run("call", () => api.post<CallNextResponse>(Q.windowAction(current.id, "call-next")), (r) =>
      r.ticket ? t("queue.console.called", { number: r.ticket.number }) : t("queue.console.emptyQueue"),
    ).then((r) => {
      if (r && !r.ticket) message.info(t("queue.console.emptyQueue"));
    });

  return (
    <PageContainer
      title={t("queue.console.title")}
      subtitle={t("queue.console.signedInAt", { window: t("queue.windowNo", { number: current.number }), time: hhmm(current.signedInAt) })}
      extra={
        <>
          <StreamBadge status={stream} />
          <WindowStateTag state={current.state} />
          <Button
            icon={<LogoutOutlined />}
            disabled={!!ticket}
            loading={busy === "sign-out"}
            onClick={() => void run("sign-out", () => api.post(Q.windowAction(current.id, "sign-out")))}
            data-testid="console-sign-out"
          >
            {t("queue.console.signOut")}
          </Button>
        </>
      }
    >
      <ServiceAlertBar counterId={counterId} />
      {/* WCAG 4.1.3 (issue 18 item 4): the call is announced; the region stays mounted so a screen reader hears each change. */}
      <div className="ccms-sr-only" role="status" aria-live="polite" data-testid="console-live">
        {ticket?.status === "called" ? t("queue.console.called", { number: ticket.number }) : ""}
      </div>
      {paused && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t("queue.console.pausedSince", { reason: current.pausedReason ?? "", time: hhmm(current.pausedAt) })}
          action={
            <Button type="primary" icon={<PlayCircleOutlined />} loading={busy === "resume"} onClick={() => void run("resume", () => api.post(Q.windowAction(current.id, "resume")))} data-testid="console-resume">
              {t("queue.console.resume")}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t("queue.console.current")} data-testid="console-current">
            {ticket ? (
              <Row gutter={16} align="middle">
                <Col flex="auto">
                  <div className="q-console-now" data-testid="console-ticket-number">
                    {ticket.number}
                  </div>
                  <Space wrap style={{ marginTop: 6 }}>
                    <Tag color="blue">{typeName(ticket)}</Tag>
                    <PriorityTag priority={ticket.priority} />
                    <Tag color={ticket.status === "serving" ? "green" : "orange"} data-testid="console-ticket-status">
                      {t(`queue.status.${ticket.status}`)}
                    </Tag>
                    {ticket.recallCount > 0 && <Tag>{t("queue.console.recalls", { count: ticket.recallCount })}</Tag>}
                  </Space>
                  <div style={{ marginTop: 8 }}>
                    <Typography.Text type="secondary">{t("queue.console.waited", { minutes: minutes(waitS) ?? 0 })}</Typography.Text>
                  </div>
                </Col>
                <Col>
                  {ticket.status === "serving" ? (
                    <div style={{ textAlign: "right", width: 240 }}>
                      <Typography.Text type="secondary">{t("queue.console.handling")}</Typography.Text>
                      <div className={`q-timer ${timerClass}`} data-testid="console-timer">
                        {clock(handlingS)}
                      </div>
                      <Progress
                        percent={Math.min(100, Math.round(((handlingS ?? 0) / limitS) * 100))}
                        status={timerClass === "over" ? "exception" : "active"}
                        strokeColor={timerClass === "near" ? "#e8890c" : undefined}
                        showInfo={false}
                        aria-label={t("queue.console.handling")}
                        style={{ width: 240, margin: "4px 0 0" }}
                      />
                      <Typography.Text style={{ display: "block", fontSize: 12 }} type={timerClass ? "danger" : "secondary"}>
                        {timerClass === "over" ? t("queue.console.overTarget") : timerClass === "near" ? t("queue.console.nearTarget") : t("queue.console.target", { minutes: handlingLimit })}
                      </Typography.Text>
                    </div>
                  ) : (
                    <div style={{ textAlign: "right" }}>
                      <Typography.Text type="secondary">{t("queue.status.called")}</Typography.Text>
                      <div className="q-timer">{clock(calledS)}</div>
                    </div>
                  )}
                </Col>
              </Row>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("queue.console.noCurrent")} />
            )}
            <div className="q-console-actions" style={{ marginTop: 20 }}>
              <Space wrap size={[10, 10]}>
                <Button
                  type="primary"
                  className="q-call"
                  icon={<PhoneOutlined />}
                  disabled={paused || !!ticket}
                  loading={busy === "call"}
                  onClick={() => void callNext()}
                  data-testid="console-call-next"
                >
                  {t("queue.console.callNext")}
                </Button>
                <Button
                  icon={<UserAddOutlined />}
                  disabled={!ticket || ticket.status !== "called"}
                  loading={busy === "hand"}
                  onClick={() => void run("hand", () => api.post(Q.windowAction(current.id, "raise-hand"), {}), () => t("queue.console.raiseHandSent"))}
                  data-testid="console-raise-hand"
                >
                  {t("queue.console.raiseHand")}
                </Button>
                <Button
                  icon={<SoundOutlined />}
                  disabled={!ticket || ticket.status !== "called"}
                  loading={busy === "recall"}
                  onClick={() => ticket && void run("recall", () => api.post<TicketActionResponse>(Q.ticketAction(ticket.id, "recall")))}
                  data-testid="console-recall"
                >
                  {t("queue.console.recall")}
                </Button>
                <Button
                  danger
                  icon={<StopOutlined />}
                  disabled={!ticket || ticket.status !== "called"}
                  loading={busy === "noshow"}
                  onClick={() =>
                    ticket &&
                    modal.confirm({
                      title: t("queue.console.noShow"),
                      content: ticket.number,
                      onOk: () => run("noshow", () => api.post<TicketActionResponse>(Q.ticketAction(ticket.id, "no-show")), () => t("queue.console.noShowDone", { number: ticket.number })),
                    })
                  }
                  data-testid="console-no-show"
                >
                  {t("queue.console.noShow")}
                </Button>
                <Button
                  type="primary"
                  ghost
                  icon={<ArrowRightOutlined />}
                  disabled={!ticket || ticket.status !== "called"}
                  loading={busy === "start"}
                  onClick={() => ticket && void run("start", () => api.post<TicketActionResponse>(Q.ticketAction(ticket.id, "start")))}
                  data-testid="console-start"
                >
                  {t("queue.console.start")}
                </Button>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  disabled={!ticket || ticket.status !== "serving"}
                  onClick={() => setFinishOpen(true)}
                  data-testid="console-finish"
                  style={{ background: ticket?.status === "serving" ? "#2f9e44" : undefined }}
                >
                  {t("queue.console.finish")}
                </Button>
                <Button icon={<SwapOutlined />} disabled={!ticket} onClick={() => setTransferOpen(true)} data-testid="console-transfer">
                  {t("queue.console.transfer")}
                </Button>
                {!paused && (
                  <Button icon={<PauseCircleOutlined />} disabled={!!ticket} onClick={() => setPauseOpen(true)} data-testid="console-pause">
                    {t("queue.console.pause")}
                  </Button>
                )}
              </Space>
            </div>
          </Card>
          <Card title={t("queue.console.recentAtWindow")} size="small" style={{ marginTop: 16 }}>
            <List
              size="small"
              dataSource={(queue.data?.recentCalls ?? []).filter((tk) => tk.windowId === current.id).slice(0, 5)}
              locale={{ emptyText: t("common.empty") }}
              renderItem={(tk) => (
                <List.Item extra={<Typography.Text type="secondary">{hhmm(tk.calledAt)}</Typography.Text>}>
                  <Space>
                    <b style={{ fontVariantNumeric: "tabular-nums" }}>{tk.number}</b>
                    <span>{typeName(tk)}</span>
                    <Tag>{t(`queue.status.${tk.status}`)}</Tag>
                    {tk.outcome && <Tag color="green">{t(`queue.outcome.${tk.outcome}`)}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card>
            <Row gutter={12}>
              <Col span={8}>
                <Statistic title={t("queue.console.servedToday")} value={mine.data?.servedToday ?? served} valueStyle={{ color: "#2f9e44" }} data-testid="console-served" />
              </Col>
              <Col span={8}>
                <Statistic title={t("queue.console.waitingForMe")} value={forMe.length} />
              </Col>
              <Col span={8}>
                <Statistic title={t("queue.console.waitingAll")} value={queue.data?.waiting.length ?? 0} />
              </Col>
            </Row>
          </Card>
          <Card title={t("queue.console.queueList")} style={{ marginTop: 16 }} size="small" styles={{ body: { maxHeight: 360, overflow: "auto" } }}>
            <List
              size="small"
              dataSource={forMe.slice(0, 30)}
              locale={{ emptyText: t("queue.console.emptyQueue") }}
              renderItem={(tk, i) => (
                <List.Item extra={<Typography.Text type="secondary">{clock(secondsSince(tk.originalIssuedAt, now))}</Typography.Text>}>
                  <Space>
                    {i === 0 && <Tag color="blue">{t("queue.console.nextUp")}</Tag>}
                    <b style={{ fontVariantNumeric: "tabular-nums" }}>{tk.number}</b>
                    <span>{typeName(tk)}</span>
                    <PriorityTag priority={tk.priority} />
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>

      {ticket && (
        <FinishModal
          open={finishOpen}
          ticket={ticket}
          onClose={() => setFinishOpen(false)}
          onFinish={async (outcome, missing) => {
            const r = await run(
              "finish",
              () => api.post<TicketActionResponse>(Q.ticketAction(ticket.id, "finish"), missing.length ? { outcome, missingDocuments: missing } : { outcome }),
              () => t("queue.console.finished", { number: ticket.number }),
            );
            if (r) {
              bump();
              setFinishOpen(false);
            }
          }}
        />
      )}
      {ticket && (
        <TransferModal
          open={transferOpen}
          ticket={ticket}
          current={current}
          windows={mine.data?.windows ?? []}
          types={types.data ?? []}
          onClose={() => setTransferOpen(false)}
          onTransfer={async (body) => {
            const r = await run("transfer", () => api.post<TransferTicketResponse>(Q.ticketAction(ticket.id, "transfer"), body), (x) => t("queue.console.transferred", { number: x.newTicket.number }));
            if (r) setTransferOpen(false);
          }}
        />
      )}
      <PauseModal
        open={pauseOpen}
        onClose={() => setPauseOpen(false)}
        onPause={async (reason) => {
          const r = await run("pause", () => api.post(Q.windowAction(current.id, "pause"), { reason }));
          if (r !== undefined) setPauseOpen(false);
        }}
      />
    </PageContainer>
  );
}

function FinishModal(props: { open: boolean; ticket: Ticket; onClose(): void; onFinish(outcome: ServiceOutcome, missing: string[]): Promise<void> }) {
  const t = useT();
  const [outcome, setOutcome] = useState<ServiceOutcome>("done");
  const [docs, setDocs] = useState<string[]>([]);
  const [others, setOthers] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (props.open) {
      setOutcome("done");
      setDocs([]);
      setOthers([]);
    }
  }, [props.open]);
  const missing = outcome === "documents_incomplete" ? [...docs.map((k) => t(`queue.console.docs.${k}`)), ...others.map((s) => s.trim()).filter(Boolean)] : [];
  const invalid = outcome === "documents_incomplete" && missing.length === 0;
  return (
    <Modal
      open={props.open}
      title={`${t("queue.console.finish")} · ${props.ticket.number}`}
      onCancel={props.onClose}
      okText={t("queue.console.finish")}
      okButtonProps={{ disabled: invalid, loading: busy, "data-testid": "finish-ok" } as never}
      onOk={async () => {
        setBusy(true);
        try {
          await props.onFinish(outcome, missing);
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t("queue.console.outcome")}>
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as ServiceOutcome)} optionType="button" buttonStyle="solid" data-testid="finish-outcome">
            {OUTCOMES.map((o) => (
              <Radio.Button key={o} value={o}>
                <span data-testid={`finish-outcome-${o}`}>{t(`queue.outcome.${o}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {outcome === "documents_incomplete" && (
          <Form.Item label={t("queue.console.missingDocs")} extra={t("queue.console.missingDocsHint")} validateStatus={invalid ? "error" : undefined} help={invalid ? t("queue.console.missingDocsRequired") : undefined}>
            <Checkbox.Group value={docs} onChange={(v) => setDocs(v as string[])} style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 6 }}>
              {DOC_KEYS.map((k) => (
                <Checkbox key={k} value={k}>
                  {t(`queue.console.docs.${k}`)}
                </Checkbox>
              ))}
            </Checkbox.Group>
            <Select mode="tags" style={{ width: "100%", marginTop: 10 }} placeholder={t("queue.console.missingDocsAdd")} aria-label={t("queue.console.missingDocsAdd")} value={others} onChange={setOthers} open={false} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function TransferModal(props: {
  open: boolean;
  ticket: Ticket;
  current: QueueWindow;
  windows: QueueWindow[];
  types: BusinessType[];
  onClose(): void;
  onTransfer(body: { businessType: string } | { windowId: string }): Promise<void>;
}) {
  const t = useT();
  const typeName = useTypeName();
  const [mode, setMode] = useState<"type" | "window">("type");
  const [target, setTarget] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setTarget(undefined), [mode, props.open]);
  const options =
    mode === "type"
      ? props.types.filter((b) => b.active && b.code !== props.ticket.businessType).map((b) => ({ value: b.code, label: `${b.prefix} · ${typeName(b)}` }))
      : props.windows
          .filter((w) => w.active && w.id !== props.current.id)
          .sort((a, b) => a.number - b.number)
          .map((w) => ({ value: w.id, label: `${t("queue.windowNo", { number: w.number })} · ${t(`queue.windowState.${w.state}`)}${w.tellerName ? ` · ${w.tellerName}` : ""}` }));
  return (
    <Modal
      open={props.open}
      title={`${t("queue.console.transfer")} · ${props.ticket.number}`}
      onCancel={props.onClose}
      okButtonProps={{ disabled: !target, loading: busy }}
      onOk={async () => {
        if (!target) return;
        setBusy(true);
        try {
          await props.onTransfer(mode === "type" ? { businessType: target } : { windowId: target });
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t("queue.console.transferTo")}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as "type" | "window")} optionType="button">
            <Radio.Button value="type">{t("queue.console.transferType")}</Radio.Button>
            <Radio.Button value="window">{t("queue.console.transferWindow")}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item>
          <Select value={target} onChange={setTarget} options={options} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PauseModal(props: { open: boolean; onClose(): void; onPause(reason: string): Promise<void> }) {
  const t = useT();
  const [kind, setKind] = useState("equipment");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const reason = kind === "other" ? text.trim() : t(`queue.console.pauseReasons.${kind}`);
  return (
    <Modal
      open={props.open}
      title={t("queue.console.pause")}
      onCancel={props.onClose}
      okButtonProps={{ disabled: !reason, loading: busy, danger: true }}
      onOk={async () => {
        setBusy(true);
        try {
          await props.onPause(reason);
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t("queue.console.pauseReason")}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as string)}>
            <Space direction="vertical">
              {(["equipment", "break", "meeting", "other"] as const).map((k) => (
                <Radio key={k} value={k}>
                  {t(`queue.console.pauseReasons.${k}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {kind === "other" && (
          <Form.Item>
            <Input maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
