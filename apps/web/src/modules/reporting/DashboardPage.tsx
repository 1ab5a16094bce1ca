/**
 * Performance dashboard (issue 16 item 2; I-04): indicators of a unit against their targets and the
 * previous period, waits and handling by hour, complaints by cause, and a ranking of the level below
 * with drill-down HQ → province → city → counter → window / teller. The drill-down lives in the URL
 * (back and forward work; a link can be shared).
 */
import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, ReloadOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Col, DatePicker, Empty, Flex, Row, Select, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { api, apiUrl } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import ReactECharts from "../../lib/echarts";
import { type Dashboard, type DashboardRow, type KpiFigure, type KpiId, REPORTING_API } from "./api";

const RANKABLE: KpiId[] = ["satisfactionRate", "avgWaitMinutes", "avgServiceMinutes", "onTimeReplyRate", "ticketsServed", "complaintsReceived", "inspectionAvgScore"];
const ROW_KPIS: KpiId[] = ["ticketsIssued", "avgWaitMinutes", "avgServiceMinutes", "satisfactionRate", "onTimeReplyRate", "complaintsReceived"];
const SHOWN: KpiId[] = [
  "avgWaitMinutes",
  "peakHourWaitMinutes",
  "avgServiceMinutes",
  "satisfactionRate",
  "ticketsIssued",
  "ticketsServed",
  "noShowRate",
  "complaintsReceived",
  "onTimeReplyRate",
  "callbackRate",
  "inspectionAvgScore",
  "dailyCloseRate",
  "equipmentFaults",
  "findingsRaised",
];

export default function DashboardPage() {
  const t = useT();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const orgUnitId = params.get("orgUnitId") ?? me?.user.orgUnitId;
  const windowId = params.get("windowId") ?? undefined;
  const tellerId = params.get("tellerId") ?? undefined;
  const from = params.get("from") ?? dayjs().startOf("month").format("YYYY-MM-DD");
  const to = params.get("to") ?? dayjs().format("YYYY-MM-DD");
  const rankBy = (params.get("rankBy") as KpiId | null) ?? "satisfactionRate";

  const go = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  const { data, error, loading, reload } = useApi(
    (signal) => api.get<Dashboard>(REPORTING_API.dashboard, { orgUnitId, from, to, windowId, tellerId, rankBy }, { signal }),
    [orgUnitId, from, to, windowId, tellerId, rankBy],
  );

  const kpiName = (id: string) => t(`reporting.kpi.${id}`);
  const fmt = (k: Pick<KpiFigure, "unit">, v: number | null) => (v === null ? "—" : k.unit === "percent" ? `${v}%` : k.unit === "count" ? String(v) : `${v} ${t(`reporting.unit.${k.unit}`)}`);
  const rowName = (r: Pick<DashboardRow, "kind" | "name" | "windowNumber">) => (r.kind === "window" && r.windowNumber !== null ? t("reporting.window", { number: r.windowNumber }) : r.name);

  const hourOption = useMemo(() => {
    const hours = data?.byHour ?? [];
    return {
      color: ["#91caff", "#1677ff", "#fa8c16"],
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: hours.map((h) => t("reporting.dashboard.hour", { hour: h.hour })) },
      yAxis: [
        { type: "value", minInterval: 1, name: t("reporting.dashboard.issued") },
        { type: "value", name: t("reporting.unit.minutes") },
      ],
      series: [
        { name: t("reporting.dashboard.issued"), type: "bar", data: hours.map((h) => h.issued), barMaxWidth: 24 },
        { name: t("reporting.dashboard.avgWait"), type: "line", yAxisIndex: 1, data: hours.map((h) => h.avgWaitMinutes), smooth: true },
        { name: t("reporting.dashboard.avgService"), type: "line", yAxisIndex: 1, data: hours.map((h) => h.avgServiceMinutes), smooth: true },
      ],
    };
  }, [data, t]);

  const causeOption = useMemo(() => {
    const entries = [...(data?.complaintsByCause ?? [])].reverse();
    const causeName = (c: string) => (["", "unspecified"].includes(c) ? t("reporting.dashboard.noCause") : t.has(`cases.cause.${c}`) ? t(`cases.cause.${c}`) : c);
    return {
      color: ["#fa541c"],
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: entries.map((e) => causeName(e.cause)) },
      series: [{ type: "bar", data: entries.map((e) => e.count), barMaxWidth: 22, label: { show: true, position: "right" } }],
    };
  }, [data, t]);

  const rankingTable = (rows: DashboardRow[], title: string) => (
    <Card size="small" title={title} styles={{ body: { padding: 0 } }} style={{ marginTop: 16 }}>
      <Table
        size="small"
        rowKey={(r) => `${r.kind}:${r.orgUnitId}:${r.windowId ?? ""}:${r.tellerId ?? ""}`}
        pagination={false}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          { title: t("reporting.dashboard.rank"), dataIndex: "rank", width: 64, render: (v: number | null) => v ?? "—" },
          {
            title: t("reporting.dashboard.name"),
            key: "name",
            render: (_: unknown, r: DashboardRow) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => go({ orgUnitId: r.orgUnitId, windowId: r.windowId ?? undefined, tellerId: r.tellerId ?? undefined })}>
                {rowName(r)}
              </Button>
            ),
          },
          ...ROW_KPIS.map((id) => {
            const def = data?.kpis.find((k) => k.id === id);
            return { title: kpiName(id), key: id, align: "right" as const, render: (_: unknown, r: DashboardRow) => (def ? fmt(def, r.kpis[id] ?? null) : "—") };
          }),
        ]}
      />
    </Card>
  );

  const rows = data?.rows ?? [];
  const unitRows = rows.filter((r) => r.kind !== "window" && r.kind !== "teller");
  const windowRows = rows.filter((r) => r.kind === "window");
  const tellerRows = rows.filter((r) => r.kind === "teller");

  return (
    <PageContainer
      title={t("reporting.dashboard.title")}
      subtitle={t("reporting.dashboard.subtitle")}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
            {t("common.refresh")}
          </Button>
          <Button icon={<DownloadOutlined />} href={apiUrl(REPORTING_API.queueExport, { orgUnitId, from, to, format: "xlsx" })}>
            {t("reporting.dashboard.queueExport")}
          </Button>
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <OrgUnitTreeSelect value={orgUnitId} onChange={(v: string | undefined) => go({ orgUnitId: v, windowId: undefined, tellerId: undefined })} style={{ width: 220 }} />
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => {
              if (v && v[0] && v[1]) go({ from: (v[0] as Dayjs).format("YYYY-MM-DD"), to: (v[1] as Dayjs).format("YYYY-MM-DD") });
            }}
          />
          <Select
            aria-label={t("reporting.dashboard.rankBy")}
            value={rankBy}
            style={{ width: 200 }}
            onChange={(v: KpiId) => go({ rankBy: v })}
            options={RANKABLE.map((id) => ({ value: id, label: `${t("reporting.dashboard.rankBy")}：${kpiName(id)}` }))}
          />
        </Flex>
      </Card>
      {data && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={data.breadcrumb.map((b, i) => ({
            key: `${b.orgUnitId}:${b.windowId ?? ""}:${b.tellerId ?? ""}`,
            title:
              i === data.breadcrumb.length - 1 ? (
                <span>{rowName({ kind: b.kind, name: b.name, windowNumber: null })}</span>
              ) : (
                <a onClick={() => go({ orgUnitId: b.orgUnitId, windowId: undefined, tellerId: undefined })}>{b.name}</a>
              ),
          }))}
        />
      )}
      {data && (
        <Typography.Paragraph type="secondary">
          {t("reporting.dashboard.period", { from: data.from, to: data.to, prevFrom: data.previousFrom, prevTo: data.previousTo })}
        </Typography.Paragraph>
      )}
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            {SHOWN.map((id) => {
              const k = data?.kpis.find((x) => x.id === id);
              return (
                <Col xs={12} md={8} xl={6} xxl={4} key={id}>
                  <Card size="small" loading={loading && !data}>
                    <Typography.Text type="secondary">{kpiName(id)}</Typography.Text>
                    <div style={{ fontSize: 24, fontWeight: 600, color: k?.status === "missed" ? "#cf1322" : k?.status === "met" ? "#237804" : undefined }}>{k ? fmt(k, k.value) : "—"}</div>
                    {k && (
                      <Flex gap={6} wrap style={{ fontSize: 12 }}>
                        {k.target !== null && <Tag color={k.status === "met" ? "green" : k.status === "missed" ? "red" : "default"}>{`${t(`reporting.status.${k.status}`)} · ${t("reporting.dashboard.target", { target: fmt(k, k.target) })}`}</Tag>}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t("reporting.dashboard.previous", { value: fmt(k, k.previous) })}
                          {k.trend === "better" && <ArrowUpOutlined aria-label={t("reporting.trend.better")} style={{ color: "#237804", marginLeft: 4 }} />}
                          {k.trend === "worse" && <ArrowDownOutlined aria-label={t("reporting.trend.worse")} style={{ color: "#cf1322", marginLeft: 4 }} />}
                        </Typography.Text>
                      </Flex>
                    )}
                  </Card>
                </Col>
              );
            })}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t("reporting.dashboard.byHour")}>
                {(data?.byHour ?? []).length ? <ReactECharts option={hourOption} style={{ height: 300 }} notMerge /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 268, paddingTop: 60 }} />}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t("reporting.dashboard.complaintsByCause")}>
                {(data?.complaintsByCause ?? []).length ? <ReactECharts option={causeOption} style={{ height: 300 }} notMerge /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 268, paddingTop: 60 }} />}
              </Card>
            </Col>
          </Row>
          {unitRows.length > 0 && rankingTable(unitRows, t("reporting.dashboard.ranking"))}
          {windowRows.length > 0 && rankingTable(windowRows, t("reporting.dashboard.rankingWindows"))}
          {tellerRows.length > 0 && rankingTable(tellerRows, t("reporting.dashboard.rankingTellers"))}
        </>
      )}
    </PageContainer>
  );
}
