/** Forecast and staffing: a counter's expected arrivals per half hour and business type (editable), and the staff needed for the waiting targets. */
import type { ForecastView, StaffingView } from "@ccms/contracts";
import { Alert, Button, Card, DatePicker, Input, InputNumber, Space, Table, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";

type Row = ForecastView["intervals"][number] & { key: string };
type StaffRow = StaffingView["days"][number]["intervals"][number];

export default function ForecastPage() {
  const t = useT();
  const { me, can } = useAuth();
  // A forecast is a counter's: a user above the counters (auditor, branch) picks one first.
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.orgUnit?.kind === "counter" ? me.user.orgUnitId : undefined);
  const [date, setDate] = useState<Dayjs>(dayjs().add(1, "day"));
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const edit = can("people.forecast.edit");
  const d = date.format("YYYY-MM-DD");
  const forecast = useApi((signal) => api.get<ForecastView>("/people/forecast", { orgUnitId, date: d }, { signal }), [orgUnitId, d], { enabled: !!orgUnitId });
  const staffing = useApi((signal) => api.get<StaffingView>("/people/staffing", { orgUnitId, from: d, to: d }, { signal }), [orgUnitId, d], { enabled: !!orgUnitId });
  useEffect(() => setRows((forecast.data?.intervals ?? []).map((i) => ({ ...i, key: `${i.businessType}|${i.start}` }))), [forecast.data]);

  const setArrivals = (key: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch, source: "manual" } : r)));
  const save = async () => {
    setBusy(true);
    try {
      const changed = rows.filter((r) => r.source === "manual" && r.businessType.trim() && /^\d{2}:(00|30)$/.test(r.start));
      if (changed.length > 0) await api.put("/people/forecast", { orgUnitId, date: d, intervals: changed.map((r) => ({ businessType: r.businessType.trim(), start: r.start, arrivals: Math.round(r.arrivals) })) });
      void message.success(t("peopleTraining.saved"));
      await Promise.all([forecast.reload(), staffing.reload()]);
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<Row> = [
    { title: t("peopleTraining.forecast.interval"), key: "start", width: 120, render: (_, r) => (edit && r.key.startsWith("new:") ? <Input value={r.start} onChange={(e) => setArrivals(r.key, { start: e.target.value })} placeholder="09:00" aria-label={t("peopleTraining.forecast.interval")} /> : r.start) },
    { title: t("peopleTraining.forecast.businessType"), key: "bt", render: (_, r) => (edit && r.key.startsWith("new:") ? <Input value={r.businessType} onChange={(e) => setArrivals(r.key, { businessType: e.target.value })} aria-label={t("peopleTraining.forecast.businessType")} /> : t.has(`businessTypes.${r.businessType}`) ? t(`businessTypes.${r.businessType}`) : r.businessType) },
    { title: t("peopleTraining.forecast.arrivals"), key: "arrivals", width: 150, render: (_, r) => (edit ? <InputNumber min={0} max={100000} value={r.arrivals} onChange={(v) => setArrivals(r.key, { arrivals: v ?? 0 })} aria-label={t("peopleTraining.forecast.arrivals")} /> : r.arrivals) },
    { title: t("peopleTraining.forecast.source"), key: "source", width: 120, render: (_, r) => <Tag color={r.source === "manual" ? "gold" : "default"}>{t(`peopleTraining.forecast.sourceValue.${r.source}`)}</Tag> },
  ];
  const staffColumns: ColumnsType<StaffRow> = [
    { title: t("peopleTraining.forecast.interval"), dataIndex: "start", width: 100, render: (s: string, r) => (<Space size={4}>{s}{r.peak && <Tag color="red">{t("peopleTraining.forecast.peak")}</Tag>}</Space>) },
    { title: t("peopleTraining.forecast.arrivals"), dataIndex: "arrivals", width: 120 },
    { title: t("peopleTraining.forecast.target"), key: "target", render: (_, r) => (staffing.data?.kind === "callCentre" ? t("peopleTraining.forecast.targetSeconds", { n: r.targetSeconds }) : t("peopleTraining.forecast.targetMinutes", { n: Math.round(r.targetSeconds / 60) })) },
    { title: t("peopleTraining.forecast.onPost"), dataIndex: "agentsOnPost", width: 100 },
    { title: t("peopleTraining.forecast.toSchedule"), dataIndex: "agents", width: 110, render: (n: number) => <strong>{n}</strong> },
    { title: t("peopleTraining.forecast.averageWait"), dataIndex: "averageWaitSeconds", width: 140, render: (s: number) => t("peopleTraining.forecast.minutes", { n: Math.round((s / 60) * 10) / 10 }) },
  ];

  const f = forecast.data;
  return (
    <PageContainer title={t("peopleTraining.forecast.title")} subtitle={t("peopleTraining.forecast.subtitle")} rules="Q-07 · Erlang C">
      <Space direction="vertical" style={{ width: "100%" }} size={16}>
        <Card
          extra={
            <Space wrap>
              <DatePicker value={date} onChange={(v) => v && setDate(v)} allowClear={false} aria-label={t("peopleTraining.forecast.date")} />
              <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} selectableKinds={["counter"]} placeholder={t("peopleTraining.forecast.unit")} style={{ minWidth: 240 }} aria-label={t("peopleTraining.forecast.unit")} />
            </Space>
          }
          title={
            <Space wrap>
              {d}
              {f?.holiday && <Tag color="red">{t("peopleTraining.forecast.holiday")}</Tag>}
            </Space>
          }
        >
          {forecast.error ? <Alert type="error" showIcon message={errorText(forecast.error, t)} style={{ marginBottom: 12 }} /> : null}
          {f && (
            <Typography.Paragraph type="secondary">
              {f.basedOn.length > 0 ? `${t("peopleTraining.forecast.basedOn")}：${f.basedOn.join("、")}` : t("peopleTraining.forecast.noBasis")}
            </Typography.Paragraph>
          )}
          <Table<Row> rowKey="key" size="small" loading={forecast.loading} dataSource={rows} columns={columns} pagination={false} />
          {edit && (
            <Space style={{ marginTop: 12 }}>
              <Button onClick={() => setRows((rs) => [...rs, { key: `new:${rs.length}:${Date.now()}`, businessType: "", start: "", arrivals: 0, source: "manual" }])}>{t("peopleTraining.forecast.add")}</Button>
              <Button type="primary" loading={busy} onClick={() => void save()}>
                {t("peopleTraining.forecast.save")}
              </Button>
            </Space>
          )}
        </Card>
        <Card title={t("peopleTraining.forecast.staffing")} extra={staffing.data && <Typography.Text type="secondary">{t("peopleTraining.forecast.aht", { min: Math.round((staffing.data.ahtSeconds / 60) * 10) / 10, pct: Math.round(staffing.data.shrinkage * 100) })}</Typography.Text>}>
          <Table<StaffRow> rowKey="start" size="small" loading={staffing.loading} dataSource={staffing.data?.days[0]?.intervals ?? []} columns={staffColumns} pagination={false} />
        </Card>
      </Space>
    </PageContainer>
  );
}
