/**
 * Periodic reports (issue 16 item 3; I-04): a unit's daily, weekly, monthly, quarterly or yearly
 * report with its figures against target and the previous period, anomalies, the units below, its
 * submission to the level above (summary and plan, due date, status) and the reports of the units
 * below (returned with a reason when needed). Exported as xlsx through the audited export.
 */
import { DownloadOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Modal, Row, Segmented, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, apiUrl, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { type KpiFigure, type PeriodicReport, REPORTING_API, type ReportSubmissions } from "./api";

type Period = PeriodicReport["period"];
const PERIODS: Period[] = ["daily", "weekly", "monthly", "quarterly", "yearly"];
const STATUS_COLOR: Record<PeriodicReport["status"], string> = { notDue: "default", due: "processing", overdue: "error", submitted: "success", late: "warning", returned: "magenta" };

export default function ReportsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [period, setPeriod] = useState<Period>("monthly");
  const [date, setDate] = useState(dayjs().subtract(1, "month").format("YYYY-MM-DD"));
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ summary: string; plan?: string }>();
  const [returning, setReturning] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const q = { orgUnitId, period, date };
  const report = useApi((signal) => api.get<PeriodicReport>(REPORTING_API.reports, q, { signal }), [orgUnitId, period, date]);
  const below = useApi((signal) => api.get<ReportSubmissions>(REPORTING_API.submissions, q, { signal }), [orgUnitId, period, date]);
  const r = report.data;

  const fmt = (k: Pick<KpiFigure, "unit">, v: number | null) => (v === null ? "—" : k.unit === "percent" ? `${v}%` : k.unit === "count" ? String(v) : `${v} ${t(`reporting.unit.${k.unit}`)}`);

  const submit = async (v: { summary: string; plan?: string }) => {
    if (!orgUnitId) return;
    setBusy(true);
    try {
      await api.post(REPORTING_API.submit, { orgUnitId, period, date, summary: v.summary, ...(v.plan?.trim() ? { plan: v.plan.trim() } : {}) });
      void message.success(t("reporting.reports.submitted"));
      form.resetFields();
      void report.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const sendBack = async () => {
    if (!returning || !reason.trim()) return;
    try {
      await api.post(REPORTING_API.returnReport, { orgUnitId: returning, period, date, reason: reason.trim() });
      void message.success(t("reporting.reports.returned"));
      setReturning(null);
      setReason("");
      void below.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  return (
    <PageContainer
      title={t("reporting.reports.title")}
      subtitle={t("reporting.reports.subtitle")}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void report.reload()} loading={report.loading}>
            {t("common.refresh")}
          </Button>
          <Button icon={<DownloadOutlined />} type="primary" href={apiUrl(REPORTING_API.reportExport, { ...q, format: "xlsx" })}>
            {t("reporting.reports.exportXlsx")}
          </Button>
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 220 }} />
          <Segmented<Period> value={period} onChange={setPeriod} options={PERIODS.map((p) => ({ value: p, label: t(`reporting.period.${p}`) }))} />
          <DatePicker value={dayjs(date)} allowClear={false} aria-label={t("reporting.reports.date")} onChange={(d) => d && setDate(d.format("YYYY-MM-DD"))} />
        </Flex>
      </Card>
      {report.error && !r ? (
        <ErrorResult error={report.error} onRetry={() => void report.reload()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small" loading={report.loading && !r} title={r ? `${r.unitName} · ${t(`reporting.template.${r.template}`)}` : ""}>
              {r && (
                <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
                  <Descriptions.Item label={t("reporting.reports.range")}>{`${r.from} — ${r.to}`}</Descriptions.Item>
                  <Descriptions.Item label={t("reporting.reports.previous")}>{`${r.previousFrom} — ${r.previousTo}`}</Descriptions.Item>
                  <Descriptions.Item label={t("reporting.reports.submitTo")}>{r.submitToUnitName ?? "—"}</Descriptions.Item>
                  <Descriptions.Item label={t("reporting.reports.due")}>{r.dueDate}</Descriptions.Item>
                  <Descriptions.Item label={t("reporting.reports.status")}>
                    <Tag color={STATUS_COLOR[r.status]}>{t(`reporting.reportStatus.${r.status}`)}</Tag>
                    {r.submittedByName && <Typography.Text type="secondary">{`${r.submittedByName} ${dayjs(r.submittedAt).format("YYYY-MM-DD HH:mm")}`}</Typography.Text>}
                  </Descriptions.Item>
                  {r.returnedReason && <Descriptions.Item label={t("reporting.reports.returnReason")}>{r.returnedReason}</Descriptions.Item>}
                  {r.summary && <Descriptions.Item label={t("reporting.reports.summary")} span={2}>{r.summary}</Descriptions.Item>}
                  {r.plan && <Descriptions.Item label={t("reporting.reports.plan")} span={2}>{r.plan}</Descriptions.Item>}
                </Descriptions>
              )}
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={r?.kpis ?? []}
                columns={[
                  { title: t("reporting.reports.kpi"), dataIndex: "id", render: (id: string) => t(`reporting.kpi.${id}`) },
                  { title: t("reporting.reports.value"), key: "v", align: "right", render: (_: unknown, k: KpiFigure) => fmt(k, k.value) },
                  { title: t("reporting.reports.previousValue"), key: "p", align: "right", render: (_: unknown, k: KpiFigure) => fmt(k, k.previous) },
                  { title: t("reporting.reports.target"), key: "tg", align: "right", render: (_: unknown, k: KpiFigure) => (k.target === null ? "—" : fmt(k, k.target)) },
                  {
                    title: t("reporting.reports.status"),
                    key: "s",
                    render: (_: unknown, k: KpiFigure) => (k.status === "met" || k.status === "missed" ? <Tag color={k.status === "met" ? "green" : "red"}>{t(`reporting.status.${k.status}`)}</Tag> : t(`reporting.status.${k.status}`)),
                  },
                ]}
              />
            </Card>
            {r && r.anomalies.length > 0 && (
              <Card size="small" title={t("reporting.reports.anomalies")} style={{ marginTop: 16 }}>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {r.anomalies.map((a) => {
                    const k = r.kpis.find((x) => x.id === a.kpi)!;
                    return <li key={a.kpi}>{t(`reporting.reports.anomaly.${a.reason}`, { kpi: t(`reporting.kpi.${a.kpi}`), value: fmt(k, a.value), target: a.target === null ? "—" : fmt(k, a.target), previous: fmt(k, a.previous) })}</li>;
                  })}
                </ul>
              </Card>
            )}
          </Col>
          <Col xs={24} xl={8}>
            {can("reporting.submit") && r && r.submitToUnitId && ["due", "overdue", "returned"].includes(r.status) && (
              <Card size="small" title={t("reporting.reports.submitTitle", { unit: r.submitToUnitName ?? "" })}>
                <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
                  <Form.Item name="summary" label={t("reporting.reports.summary")} rules={[{ required: true, whitespace: true, message: t("reporting.reports.summaryRequired") }]}>
                    <Input.TextArea rows={4} maxLength={4000} />
                  </Form.Item>
                  <Form.Item name="plan" label={t("reporting.reports.plan")}>
                    <Input.TextArea rows={3} maxLength={4000} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {t("reporting.reports.submit")}
                  </Button>
                </Form>
              </Card>
            )}
            <Card size="small" title={t("reporting.reports.below")} style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
              <Table
                size="small"
                rowKey="orgUnitId"
                pagination={false}
                dataSource={below.data?.items ?? []}
                columns={[
                  { title: t("reporting.dashboard.name"), dataIndex: "unitName" },
                  { title: t("reporting.reports.status"), dataIndex: "status", render: (s: PeriodicReport["status"]) => <Tag color={STATUS_COLOR[s]}>{t(`reporting.reportStatus.${s}`)}</Tag> },
                  {
                    title: "",
                    key: "a",
                    render: (_: unknown, x: ReportSubmissions["items"][number]) =>
                      can("reporting.review") && (x.status === "submitted" || x.status === "late") ? (
                        <Button size="small" onClick={() => setReturning(x.orgUnitId)}>
                          {t("reporting.reports.return")}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Modal open={returning !== null} title={t("reporting.reports.return")} onOk={() => void sendBack()} onCancel={() => setReturning(null)} okButtonProps={{ disabled: !reason.trim() }}>
        <Typography.Text>{t("reporting.reports.returnReason")}</Typography.Text>
        <Input.TextArea aria-label={t("reporting.reports.returnReason")} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </PageContainer>
  );
}
