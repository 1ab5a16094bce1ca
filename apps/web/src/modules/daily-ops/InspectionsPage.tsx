/**
 * Inspections: pick a template (D-02 daily patrol with P-16 etiquette items, D-04 end-of-day security
 * check, D-05 monthly safety inspection, D-11 environment standard), start it, history, trends.
 */
import { FileSearchOutlined, PlayCircleOutlined, SafetyOutlined, ScheduleOutlined, ShopOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import ReactECharts from "../../lib/echarts";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { RuleHelp } from "../../components/RuleHelp";
import { useT } from "../../i18n";
import { DAILY_OPS, ExportButton, PageFrame, fmtTime, useCounter, useRunner } from "./shared";
import type { Inspection, InspectionKind, InspectionList, InspectionTemplate, InspectionTemplateList, InspectionTrends } from "./types";

const KIND_ICON: Record<InspectionKind, React.ReactNode> = {
  patrol: <FileSearchOutlined />,
  security_check: <SafetyOutlined />,
  safety_monthly: <ScheduleOutlined />,
  environment: <ShopOutlined />,
  custom: <FileSearchOutlined />,
};
const KIND_RULE: Record<InspectionKind, string> = { patrol: "D-02 · P-16", security_check: "D-04", safety_monthly: "D-05", environment: "D-11", custom: "" };
export const KIND_COLOR: Record<InspectionKind, string> = { patrol: "blue", security_check: "purple", safety_monthly: "orange", environment: "green", custom: "default" };

export function scoreColor(score: number | null): string {
  if (score === null) return "default";
  return score >= 90 ? "green" : score >= 75 ? "gold" : "red";
}

export default function InspectionsPage() {
  const t = useT();
  const counter = useCounter();
  const [tab, setTab] = useState("start");
  return (
    <PageFrame title={t("dops.insp.title")} rule="D-02 · D-04 · D-05 · D-11 · P-16" counter={counter} testId="inspections-page">
      {counter.counterId && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: "start", label: t("dops.insp.tabStart"), children: <StartTab counterId={counter.counterId} /> },
            { key: "history", label: t("dops.insp.tabHistory"), children: <HistoryTab counterId={counter.counterId} /> },
            { key: "trends", label: t("dops.insp.tabTrends"), children: <TrendsTab counterId={counter.counterId} /> },
          ]}
        />
      )}
    </PageFrame>
  );
}

function StartTab({ counterId }: { counterId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const run = useRunner();
  const templates = useApi((signal) => api.get<InspectionTemplateList>("/daily-ops/inspection-templates", undefined, { signal }), []);
  const open = useApi(
    (signal) => api.get<InspectionList>("/daily-ops/inspections", { counterId, status: "in_progress" }, { signal }),
    [counterId],
  );
  const [chosen, setChosen] = useState<InspectionTemplate | null>(null);
  const [form] = Form.useForm<{ businessDate: Dayjs; participants?: string }>();
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (!chosen) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    const participants = (v.participants ?? "")
      .split(/[,，、\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const res = await run(
      () =>
        api.post<Inspection>("/daily-ops/inspections", {
          counterId,
          templateId: chosen.id,
          businessDate: v.businessDate.format("YYYY-MM-DD"),
          ...(participants.length ? { participants } : {}),
        }),
      "dops.insp.started",
    );
    setBusy(false);
    if (res) navigate(`${DAILY_OPS}/inspections/${res.id}`);
  };

  const current = (templates.data?.items ?? []).filter((x) => x.current);
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      {(open.data?.items.length ?? 0) > 0 && (
        <Card size="small" title={t("dops.insp.inProgress")}>
          <Space wrap>
            {open.data!.items.map((i) => (
              <Button key={i.id} size="large" icon={<PlayCircleOutlined />} onClick={() => navigate(`${DAILY_OPS}/inspections/${i.id}`)}>
                {i.templateName} · {i.businessDate} · {t("dops.insp.answered", { n: i.answers.length })}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <div className="dops-grid">
        {current.map((tpl) => {
          const count = tpl.sections.reduce((n, s) => n + s.items.length, 0);
          return (
            <Card
              key={tpl.id}
              hoverable
              className="dops-tpl-card"
              data-testid={`template-${tpl.kind}`}
              onClick={() => {
                setChosen(tpl);
                form.setFieldsValue({ businessDate: dayjs(), participants: "" });
              }}
            >
              <Space>
                <span style={{ fontSize: 28, color: "#1677ff" }}>{KIND_ICON[tpl.kind]}</span>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {tpl.name}
                </Typography.Title>
              </Space>
              <Space wrap size={4}>
                <Tag color={KIND_COLOR[tpl.kind]}>{t(`dops.kind.${tpl.kind}`)}</Tag>
                {KIND_RULE[tpl.kind] && <RuleHelp rules={KIND_RULE[tpl.kind]} />}
              </Space>
              <Typography.Text type="secondary">
                {t("dops.insp.itemsCount", { sections: tpl.sections.length, items: count })} · v{tpl.version}
              </Typography.Text>
              {tpl.description && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{tpl.description}</Typography.Paragraph>}
            </Card>
          );
        })}
        {!templates.loading && current.length === 0 && <Empty description={t("dops.insp.noTemplates")} />}
      </div>
      <Modal
        open={!!chosen}
        title={chosen ? t("dops.insp.startTitle", { name: chosen.name }) : ""}
        onCancel={() => setChosen(null)}
        onOk={() => void start()}
        okText={t("dops.insp.start")}
        okButtonProps={{ size: "large", loading: busy, ...({ "data-testid": "start-inspection" } as Record<string, string>) }}
        cancelButtonProps={{ size: "large" }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="businessDate" label={t("dops.common.businessDate")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} size="large" />
          </Form.Item>
          {chosen?.kind === "safety_monthly" && (
            <Form.Item name="participants" label={t("dops.insp.participants")} extra={t("dops.insp.participantsHint")}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}

function HistoryTab({ counterId }: { counterId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [kind, setKind] = useState<InspectionKind | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, "day"), dayjs()]);
  const query = { counterId, kind, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") };
  const list = useApi((signal) => api.get<InspectionList>("/daily-ops/inspections", query, { signal }), [counterId, kind, query.from, query.to]);
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t("dops.insp.kind")}
          aria-label={t("dops.insp.kind")}
          value={kind}
          onChange={setKind}
          options={(["patrol", "security_check", "safety_monthly", "environment", "custom"] as const).map((k) => ({ value: k, label: t(`dops.kind.${k}`) }))}
        />
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <ExportButton path="/daily-ops/inspections" query={query} fileName="inspections" />
      </Space>
      <Table<Inspection>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        onRow={(r) => ({ onClick: () => navigate(`${DAILY_OPS}/inspections/${r.id}`), style: { cursor: "pointer" } })}
        columns={[
          { title: t("dops.common.businessDate"), dataIndex: "businessDate", width: 120 },
          { title: t("dops.insp.template"), dataIndex: "templateName", render: (v: string, r) => <Space><Tag color={KIND_COLOR[r.kind]}>{t(`dops.kind.${r.kind}`)}</Tag>{v}</Space> },
          { title: t("dops.insp.inspector"), dataIndex: "inspectorName", width: 110 },
          {
            title: t("dops.common.status"),
            dataIndex: "status",
            width: 100,
            render: (s: string) => <Tag color={s === "submitted" ? "green" : "processing"}>{t(`dops.insp.status.${s}`)}</Tag>,
          },
          { title: t("dops.insp.score"), dataIndex: "score", width: 90, render: (s: number | null) => <Tag color={scoreColor(s)}>{s === null ? "—" : s.toFixed(0)}</Tag> },
          { title: t("dops.insp.failed"), dataIndex: "failedCount", width: 90, render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          { title: t("dops.insp.submittedAt"), dataIndex: "submittedAt", width: 150, render: fmtTime },
        ]}
      />
    </Space>
  );
}

function TrendsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const [kind, setKind] = useState<InspectionKind | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, "day"), dayjs()]);
  const query = { counterId, kind, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") };
  const trends = useApi((signal) => api.get<InspectionTrends>("/daily-ops/inspections/trends", query, { signal }), [counterId, kind, query.from, query.to]);

  const option = useMemo(() => {
    const points = trends.data?.points ?? [];
    const dates = [...new Set(points.map((p) => p.businessDate))].sort();
    const kinds = [...new Set(points.map((p) => p.kind))];
    return {
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: "category", data: dates },
      yAxis: [
        { type: "value", name: t("dops.insp.score"), min: 0, max: 100 },
        { type: "value", name: t("dops.insp.failed"), minInterval: 1 },
      ],
      series: [
        ...kinds.map((k) => ({
          name: `${t(`dops.kind.${k}`)} · ${t("dops.insp.score")}`,
          type: "line",
          smooth: true,
          connectNulls: true,
          data: dates.map((d) => points.find((p) => p.kind === k && p.businessDate === d)?.averageScore ?? null),
        })),
        {
          name: t("dops.insp.failed"),
          type: "bar",
          yAxisIndex: 1,
          barMaxWidth: 28,
          itemStyle: { color: "#ff7875" },
          data: dates.map((d) => points.filter((p) => p.businessDate === d).reduce((n, p) => n + p.failedItems, 0)),
        },
      ],
    };
  }, [trends.data, t]);

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t("dops.insp.kind")}
          aria-label={t("dops.insp.kind")}
          value={kind}
          onChange={setKind}
          options={(["patrol", "security_check", "safety_monthly", "environment"] as const).map((k) => ({ value: k, label: t(`dops.kind.${k}`) }))}
        />
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
      </Space>
      <Card title={t("dops.insp.trendTitle")} size="small">
        {(trends.data?.points.length ?? 0) === 0 ? <Empty /> : <ReactECharts option={option} style={{ height: 320 }} notMerge />}
      </Card>
      <Card title={t("dops.insp.topFailures")} size="small">
        <Table
          size="small"
          rowKey={(r) => `${r.templateCode}-${r.itemKey}`}
          pagination={false}
          dataSource={trends.data?.topFailures ?? []}
          columns={[
            { title: t("dops.insp.item"), dataIndex: "text" },
            { title: t("dops.insp.template"), dataIndex: "templateCode", width: 180 },
            { title: t("dops.insp.failures"), dataIndex: "failures", width: 100, render: (n: number) => <Tag color="red">{n}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
