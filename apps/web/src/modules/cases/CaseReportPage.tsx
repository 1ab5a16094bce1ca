/** Case report per unit (I-04): received, on-time %, overdue, by channel, cause and unit, with export. */
import { DownloadOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, DatePicker, Empty, Flex, Row, Statistic, Table } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import ReactECharts from "../../lib/echarts";
import { useMemo, useState } from "react";
import { api, apiUrl } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { CASES_API, type CaseReport } from "./api";
import { useCaseCauses } from "./causes";

const PALETTE = ["#1677ff", "#13c2c2", "#52c41a", "#faad14", "#fa541c", "#722ed1", "#eb2f96", "#2f54eb", "#a0d911"];

export default function CaseReportPage() {
  const t = useT();
  const { me } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("month"), dayjs()]);
  const from = range[0].format("YYYY-MM-DD");
  const to = range[1].format("YYYY-MM-DD");
  const { data, error, loading, reload } = useApi((signal) => api.get<CaseReport>(CASES_API.report, { orgUnitId, from, to }, { signal }), [orgUnitId, from, to]);

  const channelOption = useMemo(() => {
    const entries = Object.entries(data?.byChannel ?? {}).filter(([, v]) => v > 0);
    return {
      color: PALETTE,
      animationDuration: 400,
      tooltip: { trigger: "item" },
      legend: { bottom: 0, type: "scroll" },
      series: [
        {
          type: "pie",
          radius: ["40%", "68%"],
          center: ["50%", "44%"],
          itemStyle: { borderRadius: 4, borderColor: "#fff", borderWidth: 2 },
          label: { formatter: "{b}\n{c}" },
          data: entries.map(([k, v]) => ({ name: t.has(`cases.channel.${k}`) ? t(`cases.channel.${k}`) : k, value: v })),
        },
      ],
    };
  }, [data, t]);

  const causes = useCaseCauses(orgUnitId);
  const causeOption = useMemo(() => {
    const entries = Object.entries(data?.byCause ?? {}).sort((a, b) => a[1] - b[1]);
    return {
      color: ["#1677ff"],
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      // Causes in words (issue 10 item 4): by their names in the managed list, free text as entered.
      yAxis: { type: "category", data: entries.map(([k]) => causes.nameOf(k)) },
      series: [{ type: "bar", data: entries.map(([, v]) => v), barMaxWidth: 22, itemStyle: { borderRadius: [0, 4, 4, 0] }, label: { show: true, position: "right" } }],
    };
  }, [data, causes]);

  const unitOption = useMemo(() => {
    const units = data?.byUnit ?? [];
    return {
      color: ["#1677ff", "#52c41a", "#ff4d4f"],
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: units.map((u) => u.name), axisLabel: { interval: 0 } },
      yAxis: [
        { type: "value", minInterval: 1, name: t("cases.report.count") },
        { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      ],
      series: [
        { name: t("cases.report.received"), type: "bar", data: units.map((u) => u.received), barMaxWidth: 28 },
        { name: t("cases.report.onTime"), type: "line", yAxisIndex: 1, data: units.map((u) => u.onTimePercent), smooth: true },
        { name: t("cases.report.overdue"), type: "bar", data: units.map((u) => u.overdue), barMaxWidth: 28 },
      ],
    };
  }, [data, t]);

  const exportUrl = (format: "csv" | "xlsx") => apiUrl(CASES_API.export, { orgUnitId, from, to, format });
  const kindEntries = Object.entries(data?.byKind ?? {});

  return (
    <PageContainer
      title={t("cases.report.title")}
      subtitle={t("cases.report.subtitle")}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
            {t("common.refresh")}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl("csv")}>
            {t("cases.report.exportCsv")}
          </Button>
          <Button icon={<DownloadOutlined />} type="primary" href={exportUrl("xlsx")}>
            {t("cases.report.exportXlsx")}
          </Button>
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 220 }} />
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => {
              if (v && v[0] && v[1]) setRange([v[0], v[1]]);
            }}
          />
        </Flex>
      </Card>
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <>
          <Flex gap={16} wrap style={{ marginBottom: 16 }}>
            {[
              { k: "received", v: data?.received ?? 0 },
              { k: "closed", v: data?.closed ?? 0 },
              { k: "open", v: data?.open ?? 0 },
              { k: "onTime", v: data?.onTimePercent ?? "—", suffix: data?.onTimePercent != null ? "%" : undefined, color: "#389e0d" },
              { k: "overdue", v: data?.overdue ?? 0, color: "#cf1322" },
            ].map((s) => (
              <Card size="small" loading={loading && !data} key={s.k} style={{ flex: "1 1 160px" }}>
                <Statistic title={t(`cases.report.${s.k}`)} value={s.v} suffix={s.suffix} valueStyle={s.color ? { color: s.color } : undefined} />
              </Card>
            ))}
          </Flex>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card size="small" title={t("cases.report.byChannel")}>
                {Object.values(data?.byChannel ?? {}).some((v) => v > 0) ? (
                  <ReactECharts option={channelOption} style={{ height: 280 }} notMerge />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 248, paddingTop: 60 }} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={t("cases.report.byCause")}>
                {Object.keys(data?.byCause ?? {}).length ? (
                  <ReactECharts option={causeOption} style={{ height: 280 }} notMerge />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 248, paddingTop: 60 }} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card size="small" title={t("cases.report.byUnit")}>
                {(data?.byUnit ?? []).length ? (
                  <ReactECharts option={unitOption} style={{ height: 300 }} notMerge />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 268, paddingTop: 60 }} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t("cases.report.byKind")} styles={{ body: { padding: 0 } }}>
                <Table
                  size="small"
                  rowKey="k"
                  pagination={false}
                  dataSource={kindEntries.map(([k, v]) => ({ k, v }))}
                  columns={[
                    { title: t("cases.col.kind"), dataIndex: "k", render: (k: string) => (t.has(`cases.kind.${k}`) ? t(`cases.kind.${k}`) : k) },
                    { title: t("cases.report.count"), dataIndex: "v", align: "right" },
                  ]}
                />
              </Card>
              <Card size="small" title={t("cases.report.byUnit")} style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
                <Table
                  size="small"
                  rowKey="orgUnitId"
                  pagination={false}
                  dataSource={data?.byUnit ?? []}
                  columns={[
                    { title: t("cases.report.unitName"), dataIndex: "name" },
                    { title: t("cases.report.received"), dataIndex: "received", align: "right" },
                    { title: t("cases.report.onTime"), dataIndex: "onTimePercent", align: "right", render: (v: number | null) => (v == null ? "—" : `${v}%`) },
                    { title: t("cases.report.overdue"), dataIndex: "overdue", align: "right" },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </PageContainer>
  );
}
