/**
 * Guide desk (咨询引导, Q-02/Q-03): the guide issues tickets for customers after pre-checking their
 * documents — normal, VIP, or green channel for elderly, disabled and pregnant customers — checks in
 * today's appointments and prints the ticket.
 */
import { CrownOutlined, HeartOutlined, PrinterOutlined, UserOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Empty, Radio, Row, Space, Table, Tag, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { ErrorResult, PageContainer, PageLoading } from "../../components";
import { useT } from "../../i18n";
import { Q, useQueueEvents, useThrottled } from "./api";
import { dateIn, hhmm } from "./format";
import { CounterSelect, PriorityTag, type SlipData, PrintArea, StreamBadge, TicketSlip, usePrint, useQueueCounter, useTypeName } from "./shared";
import type { Appointment, AppointmentList, BusinessType, CheckInResponse, IssuePriority, IssuedTicket, QueueView } from "./types";

export default function GuideDeskPage() {
  const t = useT();
  const { message } = App.useApp();
  const typeName = useTypeName();
  const print = usePrint();
  const { counters, counterId, counter, setCounterId, loading, error } = useQueueCounter();
  const types = useApi(async () => (counterId ? (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items : []), [counterId]);
  const queue = useApi(async () => (counterId ? api.get<QueueView>(Q.queue(counterId)) : null), [counterId]);
  const appts = useApi(
    async () => (counterId ? (await api.get<AppointmentList>(Q.appointments(counterId), { date: dateIn(counter?.timeZone), status: "confirmed" }).catch(() => ({ items: [] }))).items : []),
    [counterId, counter?.timeZone],
  );
  const reload = useThrottled(() => void queue.reload(), 800);
  const stream = useQueueEvents(counterId, { onEvent: reload, onOpen: reload });

  const [priority, setPriority] = useState<IssuePriority>("normal");
  const [busy, setBusy] = useState<string | null>(null);
  const [issued, setIssued] = useState<Array<IssuedTicket>>([]);
  const [slip, setSlip] = useState<SlipData | null>(null);

  const toSlip = useCallback(
    (tk: IssuedTicket): SlipData => ({
      number: tk.number,
      counterName: counter?.name ?? "",
      businessName: typeName(tk),
      priority: tk.priority,
      issuedAt: tk.issuedAt,
      waitingAhead: tk.waitingAhead,
    }),
    [counter, typeName],
  );
  const printTicket = (tk: IssuedTicket) => {
    setSlip(toSlip(tk));
    print();
  };

  const issue = async (bt: BusinessType) => {
    if (!counterId) return;
    setBusy(bt.code);
    try {
      const tk = await api.post<IssuedTicket>(Q.tickets(counterId), { businessType: bt.code, priority }, { headers: { "idempotency-key": `guide-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` } });
      setIssued((l) => [tk, ...l].slice(0, 20));
      message.success(`${tk.number} · ${t("queue.kiosk.ahead", { count: tk.waitingAhead })}`);
      printTicket(tk);
      setPriority("normal");
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const checkIn = async (a: Appointment) => {
    setBusy(a.id);
    try {
      const r = await api.post<CheckInResponse>(Q.appointmentAction(a.id, "check-in"), {});
      setIssued((l) => [r.ticket, ...l].slice(0, 20));
      message.success(t("queue.appointments.checkedIn", { number: r.ticket.number }));
      printTicket(r.ticket);
      void appts.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const waitingByType = useMemo(() => {
    const m = new Map<string, number>();
    for (const tk of queue.data?.waiting ?? []) m.set(tk.businessType, (m.get(tk.businessType) ?? 0) + 1);
    return m;
  }, [queue.data]);

  if (loading && !counters.length) return <PageLoading />;
  if (error) return <ErrorResult error={error} />;
  if (!counterId) return <Empty description={t("queue.noCounter")} />;

  return (
    <PageContainer
      title={t("queue.guide.title")}
      subtitle={t("queue.guide.subtitle")} rules="Q-02 · Q-03"
      extra={
        <>
          <StreamBadge status={stream} />
          <CounterSelect counters={counters} value={counterId} onChange={setCounterId} />
        </>
      }
    >
      {queue.data && !queue.data.open && <Typography.Paragraph type="warning">{t("queue.kiosk.closedHint")}</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t("queue.guide.priority")}>
            <Radio.Group value={priority} onChange={(e) => setPriority(e.target.value as IssuePriority)} optionType="button" buttonStyle="solid" size="large" data-testid="guide-priority">
              <Radio.Button value="normal">
                <UserOutlined /> {t("queue.priority.normal")}
              </Radio.Button>
              <Radio.Button value="vip">
                <span data-testid="guide-priority-vip">
                  <CrownOutlined /> {t("queue.priority.vip")}
                </span>
              </Radio.Button>
              <Radio.Button value="green">
                <span data-testid="guide-priority-green">
                  <HeartOutlined /> {t("queue.priority.green")}
                </span>
              </Radio.Button>
            </Radio.Group>
            <Row gutter={[12, 12]} style={{ marginTop: 20 }}>
              {(types.data ?? [])
                .filter((b) => b.active)
                .sort((a, b) => a.sortOrder - b.sortOrder)
                .map((b) => (
                  <Col key={b.id} xs={12} md={8}>
                    <Button block style={{ height: 84, fontSize: 18 }} loading={busy === b.code} onClick={() => void issue(b)} data-testid={`guide-type-${b.code}`}>
                      <Space direction="vertical" size={0}>
                        <span>
                          <b>{b.prefix}</b> · {typeName(b)}
                        </span>
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {t("queue.waitingCount", { count: waitingByType.get(b.code) ?? 0 })}
                        </Typography.Text>
                      </Space>
                    </Button>
                  </Col>
                ))}
            </Row>
          </Card>
          <Card title={t("queue.guide.checkIn")} style={{ marginTop: 16 }}>
            <Table<Appointment>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={appts.data ?? []}
              locale={{ emptyText: t("common.empty") }}
              columns={[
                { title: t("queue.appointments.slot"), render: (_, a) => `${a.startTime}–${a.endTime}` },
                { title: t("queue.appointments.customerName"), dataIndex: "customerName" },
                { title: t("queue.appointments.kindLabel"), dataIndex: "kind", render: (k: Appointment["kind"]) => <Tag>{t(`queue.appointments.kind.${k}`)}</Tag> },
                {
                  title: t("common.actions"),
                  render: (_, a) => (
                    <Button size="small" type="primary" loading={busy === a.id} onClick={() => void checkIn(a)}>
                      {t("queue.appointments.checkIn")}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t("queue.guide.lastTickets")}>
            <Table<IssuedTicket>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={issued}
              data-testid="guide-issued"
              columns={[
                { title: t("queue.ticket"), dataIndex: "number", render: (n: string, r) => <Space><b>{n}</b><PriorityTag priority={r.priority} /></Space> },
                { title: t("queue.businessType"), render: (_, r) => typeName(r) },
                { title: t("common.time"), dataIndex: "issuedAt", render: hhmm },
                { title: t("queue.print.ahead"), dataIndex: "waitingAhead", align: "right" },
                { title: "", render: (_, r) => <Button size="small" icon={<PrinterOutlined />} onClick={() => printTicket(r)} aria-label={t("queue.guide.print")} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {slip && (
        <PrintArea>
          <TicketSlip slip={slip} />
        </PrintArea>
      )}
    </PageContainer>
  );
}
