/**
 * Live monitor for the duty manager: waiting per type, longest and projected waits, windows and
 * their state, alerts before and after a limit is passed (Q-06 handling, Q-07 waiting), the ORG-03
 * VIP-window finding, today's figures with charts and figures for a date range.
 */
import { AlertOutlined, CheckCircleOutlined, ReloadOutlined, WarningOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, DatePicker, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import ReactECharts from "../../lib/echarts";
import { useEffect, useMemo, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { ErrorResult, PageContainer, PageLoading } from "../../components";
import { useT } from "../../i18n";
import type { Translator } from "../../i18n";
import { Q, useNow, useQueueEvents, useThrottled } from "./api";
import { clock, dateIn, duration, minutes, percent } from "./format";
import { CounterSelect, PriorityTag, StreamBadge, WindowStateTag, useQueueCounter, useTypeName } from "./shared";
import { ServiceAlertBar } from "./ServiceAlertBar";
import { DutyNowCard } from "../marketing/DutyNowCard";
import type { BusinessType, Monitor, MonitorAlert, MonitorTypeRow, MonitorWindowRow, QueueStats } from "./types";

/** Hourly figures, used when the stats API provides them. */
type HourRow = { hour: number; issued: number; avgWaitSeconds: number | null };
type StatsWithHours = QueueStats & { byHour?: HourRow[] };

export function alertText(a: MonitorAlert, t: Translator): string {
  return t(`queue.monitor.alert.${a.kind}`, {
    ticket: a.ticketNumber ?? "",
    window: a.windowNumber ?? "",
    elapsed: duration(a.seconds, t.locale),
    limit: duration(a.limitSeconds, t.locale),
  });
}

export default function MonitorPage() {
  const t = useT();
  const typeName = useTypeName();
  const { counters, counterId, counter, setCounterId, loading: countersLoading, error: countersError } = useQueueCounter();
  const now = useNow(1000);
  const today = dateIn(counter?.timeZone, now - (now % 60_000)); // the counter's business date

  const monitor = useApi(async () => (counterId ? api.get<Monitor>(Q.monitor(counterId)) : null), [counterId]);
  const [fetchedAt, setFetchedAt] = useState(Date.now());
  useEffect(() => setFetchedAt(Date.now()), [monitor.data]);
  const todayStats = useApi(async () => (counterId ? api.get<StatsWithHours>(Q.stats(counterId), { from: today, to: today }) : null), [counterId, today]);
  const types = useApi(async () => (counterId ? (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items : []), [counterId]);

  const reload = useThrottled(() => {
    void monitor.reload();
    void todayStats.reload();
  }, 1000);
  const stream = useQueueEvents(counterId, { onEvent: reload, onOpen: reload });
  // Limits are passed by time alone: refresh the alerts every 15 s.
  useEffect(() => {
    const id = setInterval(() => void monitor.reload(), 15_000);
    return () => clearInterval(id);
  }, [monitor]);

  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(6, "day"), dayjs()]);
  const [rangeQuery, setRangeQuery] = useState<[string, string]>([range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")]);
  const rangeStats = useApi(
    async () => (counterId ? api.get<StatsWithHours>(Q.stats(counterId), { from: rangeQuery[0], to: rangeQuery[1] }) : null),
    [counterId, rangeQuery[0], rangeQuery[1]],
  );

  const nameOf = useMemo(() => {
    const m = new Map((types.data ?? []).map((b) => [b.code, typeName(b)]));
    return (code: string) => m.get(code) ?? code;
  }, [types.data, typeName]);

  if (countersLoading && !counters.length) return <PageLoading />;
  if (countersError) return <ErrorResult error={countersError} />;
  if (!counterId) return <Empty description={t("queue.noCounter")} />;

  const m = monitor.data;
  const drift = Math.max(0, (now - fetchedAt) / 1000);
  const s = m?.settings;

  return (
    <PageContainer
      title={t("queue.monitor.title")}
      subtitle={t("queue.monitor.subtitle")} rules="Q-06 · Q-07 · ORG-03"
      extra={
        <>
          <StreamBadge status={stream} />
          <CounterSelect counters={counters} value={counterId} onChange={setCounterId} />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t("common.refresh")}
          </Button>
        </>
      }
    >
      <ServiceAlertBar counterId={counterId} />
      <DutyNowCard counterId={counterId} />
      {monitor.error ? (
        <ErrorResult error={monitor.error} onRetry={() => void monitor.reload()} />
      ) : !m ? (
        <PageLoading />
      ) : (
        <>
          {!m.open && <Alert type="warning" showIcon message={t("queue.closed")} style={{ marginBottom: 16 }} />}
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card className="q-kpi">
                <Statistic title={t("queue.monitor.waiting")} value={m.waiting} suffix={t("queue.people", { count: "" })} data-testid="monitor-waiting" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-kpi">
                <Statistic
                  title={t("queue.monitor.longestWait")}
                  value={clock(m.waiting ? m.longestWaitSeconds + drift : 0)}
                  valueStyle={{ color: s && m.longestWaitSeconds >= s.peakWaitLimitMinutes * 60 ? "#d9363e" : undefined }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-kpi">
                <Statistic
                  title={t("queue.monitor.avgWait")}
                  value={m.todayAvgWaitSeconds == null ? "—" : duration(m.todayAvgWaitSeconds, t.locale)}
                  valueStyle={{ color: s && m.todayAvgWaitSeconds != null && m.todayAvgWaitSeconds > s.waitTargetMinutes * 60 ? "#d9363e" : "#2f9e44" }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-kpi">
                <Statistic title={t("queue.monitor.tellersOnDuty")} value={m.tellersOnDuty} />
              </Card>
            </Col>
          </Row>

          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={9}>
              <Card
                title={
                  <Space>
                    <AlertOutlined /> {t("queue.monitor.alerts")}
                    {m.alerts.length > 0 && <Tag color="red">{m.alerts.length}</Tag>}
                  </Space>
                }
                data-testid="monitor-alerts"
                style={{ height: "100%" }}
              >
                {m.alerts.length === 0 ? (
                  <Space>
                    <CheckCircleOutlined style={{ color: "#2f9e44" }} />
                    <Typography.Text type="secondary">{t("queue.monitor.noAlerts")}</Typography.Text>
                  </Space>
                ) : (
                  <List
                    size="small"
                    dataSource={m.alerts}
                    renderItem={(a) => (
                      <List.Item data-testid={`monitor-alert-${a.kind}`}>
                        <div className="q-alert-row">
                          <WarningOutlined style={{ color: a.severity === "critical" ? "#d9363e" : "#e8890c" }} />
                          <Tag color={a.severity === "critical" ? "red" : "orange"}>{a.rule}</Tag>
                          <span>{alertText(a, t)}</span>
                        </div>
                      </List.Item>
                    )}
                  />
                )}
                {s && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
                    {t("queue.monitor.settings", { handling: s.handlingLimitMinutes, wait: s.waitTargetMinutes, peak: s.peakWaitLimitMinutes, lead: s.alertLeadMinutes })}
                  </Typography.Paragraph>
                )}
              </Card>
            </Col>
            <Col xs={24} xl={15}>
              <Card title={t("queue.monitor.byType")} style={{ height: "100%" }}>
                <Table<MonitorTypeRow>
                  size="small"
                  rowKey="businessType"
                  pagination={false}
                  dataSource={m.byType}
                  columns={[
                    { title: t("queue.businessType"), dataIndex: "businessType", render: (_: string, r) => typeName(r) },
                    { title: t("queue.monitor.waiting"), dataIndex: "waiting", align: "right" },
                    { title: t("queue.monitor.longestWait"), dataIndex: "longestWaitSeconds", align: "right", render: (v: number, r) => (r.waiting ? clock(v + drift) : "—") },
                    { title: t("queue.monitor.projected"), dataIndex: "projectedWaitSeconds", align: "right", render: (v: number) => t("queue.minutes", { count: minutes(v) ?? 0 }) },
                    { title: t("queue.monitor.openWindows"), dataIndex: "openWindows", align: "right" },
                  ]}
                />
              </Card>
            </Col>
          </Row>

          <Card title={t("queue.monitor.windows")} style={{ marginTop: 16 }}>
            <Table<MonitorWindowRow>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...m.windows].sort((a, b) => a.number - b.number)}
              data-testid="monitor-windows"
              columns={[
                {
                  title: t("queue.window"),
                  dataIndex: "number",
                  render: (n: number, w) => (
                    <Space>
                      <b>{n}</b>
                      {w.vip && <Tag color="gold">VIP</Tag>}
                      {w.greenChannel && <Tag color="green">{t("queue.priority.green")}</Tag>}
                    </Space>
                  ),
                },
                { title: t("common.status"), dataIndex: "state", render: (st: MonitorWindowRow["state"], w) => <Space><WindowStateTag state={st} />{st === "paused" && w.pausedReason}</Space> },
                { title: t("queue.monitor.teller"), dataIndex: "tellerName", render: (v: string | null) => v ?? "—" },
                { title: t("queue.businessType"), dataIndex: "businessTypes", render: (v: string[]) => v.map(nameOf).join("、") },
                {
                  title: t("queue.ticket"),
                  dataIndex: "currentTicket",
                  render: (tk: MonitorWindowRow["currentTicket"]) =>
                    tk ? (
                      <Space>
                        <b>{tk.number}</b>
                        <PriorityTag priority={tk.priority} />
                      </Space>
                    ) : (
                      "—"
                    ),
                },
                {
                  title: t("queue.monitor.elapsed"),
                  dataIndex: "currentSeconds",
                  align: "right",
                  render: (v: number | null, w) => {
                    if (v == null) return "—";
                    const sec = v + drift;
                    const limit = (s?.handlingLimitMinutes ?? 15) * 60;
                    const color = w.state === "serving" ? (sec >= limit ? "#d9363e" : sec >= limit - (s?.alertLeadMinutes ?? 3) * 60 ? "#e8890c" : undefined) : undefined;
                    return <span style={{ color, fontVariantNumeric: "tabular-nums", fontWeight: color ? 600 : undefined }}>{clock(sec)}</span>;
                  },
                },
                { title: t("queue.monitor.servedToday"), dataIndex: "servedToday", align: "right" },
              ]}
            />
          </Card>
        </>
      )}

      <StatsCard title={t("queue.monitor.today")} stats={todayStats.data ?? null} error={todayStats.error} nameOf={nameOf} testId="monitor-today" />

      <StatsCard
        title={t("queue.monitor.range")}
        stats={rangeStats.data ?? null}
        error={rangeStats.error}
        nameOf={nameOf}
        testId="monitor-range"
        extra={
          <Space>
            <DatePicker.RangePicker value={range} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
            <Button type="primary" onClick={() => setRangeQuery([range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")])}>
              {t("queue.monitor.query")}
            </Button>
          </Space>
        }
      />
    </PageContainer>
  );
}

function StatsCard(props: { title: string; stats: StatsWithHours | null; error: unknown; nameOf(code: string): string; extra?: React.ReactNode; testId: string }) {
  const t = useT();
  const st = props.stats;
  const byType = st?.byBusinessType ?? [];
  const typeChart = useMemo(
    () => ({
      // Issue 10 item 7: the legend below the plot (never over the axis names), whole numbers on count axes.
      grid: { left: 48, right: 48, top: 36, bottom: 64 },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, type: "scroll" },
      xAxis: { type: "category", data: byType.map((r) => props.nameOf(r.businessType)) },
      yAxis: [{ type: "value", name: t("queue.monitor.avgWaitMin") }, { type: "value", name: t("queue.monitor.tickets"), minInterval: 1, splitLine: { show: false } }],
      series: [
        { name: t("queue.monitor.avgWaitMin"), type: "bar", data: byType.map((r) => (r.avgWaitSeconds == null ? 0 : Math.round((r.avgWaitSeconds / 60) * 10) / 10)), itemStyle: { color: "#1f5fbf" }, barMaxWidth: 36 },
        { name: t("queue.monitor.tickets"), type: "line", yAxisIndex: 1, data: byType.map((r) => r.issued), itemStyle: { color: "#e8890c" } },
      ],
    }),
    [byType, props, t],
  );
  const hours = st?.byHour ?? null;
  const hourChart = useMemo(
    () =>
      hours && {
        grid: { left: 48, right: 48, top: 36, bottom: 64 },
        tooltip: { trigger: "axis" },
        legend: { bottom: 0, type: "scroll" },
        xAxis: { type: "category", data: hours.map((h) => `${String(h.hour).padStart(2, "0")}:00`) },
        yAxis: [{ type: "value", name: t("queue.monitor.tickets"), minInterval: 1 }, { type: "value", name: t("queue.monitor.avgWaitMin"), splitLine: { show: false } }],
        series: [
          { name: t("queue.monitor.tickets"), type: "bar", data: hours.map((h) => h.issued), itemStyle: { color: "#8fb6ff" }, barMaxWidth: 28 },
          { name: t("queue.monitor.avgWaitMin"), type: "line", yAxisIndex: 1, smooth: true, data: hours.map((h) => (h.avgWaitSeconds == null ? null : Math.round((h.avgWaitSeconds / 60) * 10) / 10)), itemStyle: { color: "#d9363e" } },
        ],
      },
    [hours, t],
  );
  const windowChart = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: (st?.byWindow ?? []).map((w) => t("queue.windowNo", { number: w.windowNumber })) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ name: t("queue.monitor.served"), type: "bar", data: (st?.byWindow ?? []).map((w) => w.served), itemStyle: { color: "#2f9e44" }, barMaxWidth: 28 }],
    }),
    [st, t],
  );
  return (
    <Card title={props.title} extra={props.extra} style={{ marginTop: 16 }} data-testid={props.testId}>
      {props.error ? (
        <ErrorResult error={props.error} />
      ) : !st ? (
        <PageLoading />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {(
              [
                ["issued", st.issued],
                ["served", st.served],
                ["noShow", st.noShow],
                ["avgWaitShort", st.avgWaitSeconds == null ? "—" : clock(st.avgWaitSeconds)],
                ["p90Wait", st.p90WaitSeconds == null ? "—" : clock(st.p90WaitSeconds)],
                ["avgService", st.avgServiceSeconds == null ? "—" : clock(st.avgServiceSeconds)],
                ["waitWithin", percent(st.waitWithin15MinRate)],
                ["serviceWithin", percent(st.serviceWithin15MinRate)],
                ["satisfaction", percent(st.satisfactionRate)],
                ["ratings", st.ratings],
              ] as const
            ).map(([k, v]) => (
              <Col key={k} xs={12} md={8} lg={4} xl={4}>
                <Statistic
                  title={t(`queue.monitor.${k}`)}
                  value={v}
                  data-testid={`${props.testId}-${k}`}
                  valueStyle={
                    k === "satisfaction" && st.satisfactionRate != null ? { color: st.satisfactionRate >= 0.9 ? "#2f9e44" : "#d9363e" } : undefined
                  }
                />
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
            <Col xs={24} lg={hourChart ? 8 : 12}>
              <Typography.Text strong>{t("queue.monitor.waitsByType")}</Typography.Text>
              {byType.some((r) => r.issued > 0) ? <ReactECharts option={typeChart} style={{ height: 260 }} notMerge /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 228, paddingTop: 48 }} />}
            </Col>
            {hourChart && (
              <Col xs={24} lg={8}>
                <Typography.Text strong>{t("queue.monitor.waitsByHour")}</Typography.Text>
                {hours!.some((h) => h.issued > 0) ? <ReactECharts option={hourChart} style={{ height: 260 }} notMerge /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 228, paddingTop: 48 }} />}
              </Col>
            )}
            <Col xs={24} lg={hourChart ? 8 : 12}>
              <Typography.Text strong>{t("queue.monitor.byWindow")}</Typography.Text>
              {(st.byWindow ?? []).some((w) => w.served > 0) ? <ReactECharts option={windowChart} style={{ height: 260 }} notMerge /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 228, paddingTop: 48 }} />}
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
