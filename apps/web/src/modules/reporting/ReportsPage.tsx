/**
 * Periodic reports (issue 16 item 3; I-04): a unit's daily, weekly, monthly, quarterly or yearly
 * report with its figures against target and the previous period, anomalies, the units below, its
 * submission to the level above (summary and plan, due date, status) and the reports of the units
 * below (returned with a reason when needed). Written after one of the seed's named templates (its
 * sections and free texts); exported as xlsx and printed as PDF through the audited export.
 */
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Modal, Row, Segmented, Select, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, apiUrl, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { type KpiFigure, type PeriodicReport, REPORTING_API, type ReportSubmissions } from "./api";

type Period = PeriodicReport["period"];
type TextKey = keyof PeriodicReport["texts"];
type TextSection = Extract<PeriodicReport["sections"][number], { kind: "text" }>;
const PERIODS: Period[] = ["daily", "weekly", "monthly", "quarterly", "yearly"];
const STATUS_COLOR: Record<PeriodicReport["status"], string> = { notDue: "default", due: "processing", overdue: "error", submitted: "success", late: "warning", returned: "magenta" };

export default function ReportsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [period, setPeriod] = useState<Period>("monthly");
  const [date, setDate] = useState(dayjs().subtract(1, "month").format("YYYY-MM-DD"));
  const [busy, setBusy] = useState(false);
  const [template, setTemplate] = useState<PeriodicReport["template"] | undefined>(undefined);
  const [form] = Form.useForm<Partial<Record<TextKey, string>>>();
  const [returning, setReturning] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const q = { orgUnitId, period, date };
  const report = useApi((signal) => api.get<PeriodicReport>(REPORTING_API.reports, { ...q, template }, { signal }), [orgUnitId, period, date, template]);
  const below = useApi((signal) => api.get<ReportSubmissions>(REPORTING_API.submissions, q, { signal }), [orgUnitId, period, date]);
  const r = report.data;
  const textSections = (r?.sections ?? []).filter((x): x is TextSection => x.kind === "text");
  const kpiSection = r?.sections.find((x) => x.kind === "kpis");
  const shownKpis = (r?.kpis ?? []).filter((k) => !kpiSection || kpiSection.kpis === "all" || kpiSection.kpis.includes(k.id));
  const hasSection = (kind: PeriodicReport["sections"][number]["kind"]) => !r || r.sections.some((x) => x.kind === kind);
  const causeName = (c: string) => (["", "unspecified"].includes(c) ? t("reporting.dashboard.noCause") : t.has(`cases.cause.${c}`) ? t(`cases.cause.${c}`) : c);

  const fmt = (k: Pick<KpiFigure, "unit">, v: number | null) => (v === null ? "—" : k.unit === "percent" ? `${v}%` : k.unit === "count" ? String(v) : `${v} ${t(`reporting.unit.${k.unit}`)}`);

  const submit = async (v: Partial<Record<TextKey, string>>) => {
    if (!orgUnitId || !r) return;
    setBusy(true);
    try {
      const texts = Object.fromEntries(Object.entries(v).filter(([k, x]) => k !== "summary" && k !== "plan" && x?.trim()).map(([k, x]) => [k, x!.trim()]));
      await api.post(REPORTING_API.submit, { orgUnitId, period, date, template: r.template, summary: v.summary ?? "", ...(v.plan?.trim() ? { plan: v.plan.trim() } : {}), texts });
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
          <Button icon={<PrinterOutlined />} href={apiUrl(REPORTING_API.reportPdf, { ...q, template: r?.template })}>
            {t("reporting.reports.printPdf")}
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
          <Segmented<Period>
            value={period}
            onChange={(p) => {
              setPeriod(p);
              setTemplate(undefined);
            }}
            options={PERIODS.map((p) => ({ value: p, label: t(`reporting.period.${p}`) }))} />
          <DatePicker value={dayjs(date)} allowClear={false} aria-label={t("reporting.reports.date")} onChange={(d) => d && setDate(d.format("YYYY-MM-DD"))} />
          <Select<PeriodicReport["template"]>
            aria-label={t("reporting.reports.template")}
            style={{ minWidth: 280 }}
            value={r?.template}
            onChange={setTemplate}
            options={(r?.templates ?? []).map((c) => ({ value: c, label: t(`reporting.template.${c}`) }))}
          />
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
                  {textSections
                    .filter((x) => r.texts[x.key])
                    .map((x) => (
                      <Descriptions.Item key={x.key} label={t(`reporting.reportText.${x.key}`)} span={2}>
                        <span style={{ whiteSpace: "pre-wrap" }}>{r.texts[x.key]}</span>
                      </Descriptions.Item>
                    ))}
                </Descriptions>
              )}
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={shownKpis}
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
            {r && hasSection("complaintsByCause") && (
              <Card size="small" title={t("reporting.reports.complaintsByCause")} style={{ marginTop: 16 }}>
                {r.complaintsByCause.length === 0 ? (
                  <Typography.Text type="secondary">{t("reporting.reports.noComplaints")}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {r.complaintsByCause.map((c) => (
                      <li key={c.cause}>{`${causeName(c.cause)}：${c.count}`}</li>
                    ))}
                  </ul>
                )}
              </Card>
            )}
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
                  {textSections.map((x) => (
                    <Form.Item
                      key={x.key}
                      name={x.key}
                      label={t(`reporting.reportText.${x.key}`)}
                      rules={x.required ? [{ required: true, whitespace: true, message: t("reporting.reports.textRequired", { section: t(`reporting.reportText.${x.key}`) }) }] : []}
                    >
                      <Input.TextArea rows={x.key === "summary" ? 4 : 3} maxLength={4000} />
                    </Form.Item>
                  ))}
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
