/**
 * Anti-money-laundering register (K-10): large-amount receipts/payments counted against thresholds,
 * customers identified, suspicious transactions flagged with reasons and reported; CSV import;
 * periodic report; self-inspection whose rectification below 100% carries a deadline.
 */
import { FlagOutlined, ImportOutlined, PlusOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Progress, Radio, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useT } from "../../../i18n";
import { UnmaskRecordButton } from "../../control/UnmaskRecordButton";
import { ExportButton, PageFrame, fmtTime, useCounter, useRunner, yuan, IfCan } from "../shared";
import type { AmlReport, AmlSelfInspection, AmlSelfInspectionList, AmlSettings, AmlTransaction, AmlTransactionList, ImportAmlResult } from "../types";

export default function AmlPage() {
  const t = useT();
  const counter = useCounter();
  return (
    <PageFrame title={t("dops.aml.title")} rule="K-10" counter={counter} testId="aml-page">
      {counter.counterId && (
        <Tabs
          items={[
            { key: "tx", label: t("dops.aml.transactions"), children: <TransactionsTab counterId={counter.counterId} /> },
            { key: "report", label: t("dops.aml.report"), children: <ReportTab counterId={counter.counterId} /> },
            { key: "self", label: t("dops.aml.selfInspections"), children: <SelfInspectionTab counterId={counter.counterId} /> },
            { key: "settings", label: t("dops.aml.settings"), children: <SettingsTab counterId={counter.counterId} /> },
          ]}
        />
      )}
    </PageFrame>
  );
}

const CSV_HEADER = "occurredAt,direction,method,amountFen,customerName,customerIdType,customerIdNo,identified,policyNo,suspiciousReasons,note";

function TransactionsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("month"), dayjs()]);
  const [filter, setFilter] = useState<"all" | "large" | "suspicious">("all");
  const query = {
    counterId,
    from: range[0].format("YYYY-MM-DD"),
    to: range[1].format("YYYY-MM-DD"),
    largeAmount: filter === "large" ? "true" : undefined,
    suspicious: filter === "suspicious" ? "true" : undefined,
  };
  const list = useApi((signal) => api.get<AmlTransactionList>("/control/aml/transactions", query, { signal }), [counterId, query.from, query.to, filter]);
  const [addOpen, setAddOpen] = useState(false);
  const [form] = Form.useForm();
  const [importOpen, setImportOpen] = useState(false);
  const [csv, setCsv] = useState("");
  const [importErr, setImportErr] = useState<string | null>(null);
  const [flagging, setFlagging] = useState<AmlTransaction | null>(null);
  const [reasons, setReasons] = useState("");
  const [reporting, setReporting] = useState<AmlTransaction | null>(null);
  const [reportRef, setReportRef] = useState("");

  const add = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/control/aml/transactions", {
        counterId,
        occurredAt: (v.occurredAt as Dayjs).toISOString(),
        direction: v.direction,
        method: v.method,
        amountFen: Math.round(Number(v.amountYuan) * 100),
        customerName: v.customerName,
        customerIdType: v.customerIdType,
        customerIdNo: v.customerIdNo,
        identified: !!v.identified,
        ...(v.policyNo ? { policyNo: v.policyNo } : {}),
        ...(v.suspiciousReasons ? { suspiciousReasons: String(v.suspiciousReasons).split(/\n|\|/).map((s: string) => s.trim()).filter(Boolean) } : {}),
        ...(v.note ? { note: v.note } : {}),
      }),
    );
    if (res) {
      setAddOpen(false);
      void list.reload();
    }
  };
  const doImport = async () => {
    setImportErr(null);
    try {
      const r = await api.post<ImportAmlResult>("/control/aml/transactions/import", { counterId, csv });
      setImportOpen(false);
      Modal.success({ title: t("dops.aml.imported", { n: r.imported, large: r.largeAmount, suspicious: r.suspicious }) });
      void list.reload();
    } catch (e) {
      const d = (e as { details?: unknown }).details as { errors?: Array<{ line?: number; code?: string; message?: string }> } | null;
      const lines = (d?.errors ?? []).slice(0, 20).map((x) => t("dops.aml.csvLine", { line: x.line ?? "?", problem: x.message ?? x.code ?? "" }));
      setImportErr([errorText(e, t), ...lines].join("\n"));
    }
  };
  const flag = async () => {
    if (!flagging) return;
    const rs = reasons.split("\n").map((s) => s.trim()).filter(Boolean);
    if (!rs.length) return;
    const res = await run(() => api.post(`/control/aml/transactions/${flagging.id}/flag`, { reasons: rs }));
    if (res) {
      setFlagging(null);
      void list.reload();
    }
  };
  const report = async () => {
    if (!reporting || !reportRef.trim()) return;
    const res = await run(() => api.post(`/control/aml/transactions/${reporting.id}/report`, { reportRef: reportRef.trim() }));
    if (res) {
      setReporting(null);
      void list.reload();
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <IfCan action="aml.record"><Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ occurredAt: dayjs(), direction: "receipt", method: "cash", customerIdType: "身份证", identified: true });
            setAddOpen(true);
          }}
        >
          {t("dops.aml.add")}
        </Button></IfCan>
        <IfCan action="aml.record"><Button
          icon={<ImportOutlined />}
          onClick={() => {
            setCsv(`${CSV_HEADER}\n`);
            setImportErr(null);
            setImportOpen(true);
          }}
        >
          {t("dops.aml.import")}
        </Button></IfCan>
        <Radio.Group
          optionType="button"
          value={filter}
          onChange={(e) => setFilter(e.target.value as typeof filter)}
          options={[
            { value: "all", label: t("dops.ca.all") },
            { value: "large", label: t("dops.aml.large") },
            { value: "suspicious", label: t("dops.aml.suspicious") },
          ]}
        />
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <ExportButton path="/control/aml/transactions" query={query} fileName="aml-transactions" />
      </Space>
      <Table<AmlTransaction>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1280 }}
        columns={[
          { title: t("dops.common.time"), dataIndex: "occurredAt", width: 150, render: fmtTime },
          { title: t("dops.aml.direction"), width: 110, render: (_, r) => `${t(`dops.aml.dir.${r.direction}`)} · ${t(`dops.aml.m.${r.method}`)}` },
          { title: t("dops.aml.amount"), dataIndex: "amountFen", width: 130, align: "right", render: (f: number) => yuan(f) },
          {
            title: t("dops.aml.customer"),
            width: 220,
            render: (_, r) => (
              <div>
                {r.customerName}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.customerIdType} {r.customerIdNo}
                  </Typography.Text>
                </div>
                {/* K-09 masked in the list; one record in full with a reason (audited) */}
                <UnmaskRecordButton
                  path={`/control/aml/transactions/${encodeURIComponent(r.id)}/unmask`}
                  fields={[
                    { key: "customerName", label: t("dops.aml.customerName") },
                    { key: "customerIdNo", label: t("dops.aml.idNo") },
                  ]}
                />
              </div>
            ),
          },
          { title: t("dops.aml.identified"), dataIndex: "identified", width: 80, render: (b: boolean) => (b ? <Tag color="green">✓</Tag> : <Tag color="red">✗</Tag>) },
          { title: t("dops.aml.policy"), dataIndex: "policyNo", width: 120 },
          {
            title: t("dops.aml.flags"),
            width: 240,
            render: (_, r) => (
              <Space size={4} wrap>
                {r.largeAmount && <Tag color="orange">{t("dops.aml.large")}</Tag>}
                {r.suspicious && <Tag color="red">{t("dops.aml.suspicious")}</Tag>}
                {r.suspiciousReasons.map((s, i) => (
                  <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                    {s}
                  </Typography.Text>
                ))}
                {r.reportedAt && <Tag color="blue">{t("dops.aml.reported")} {r.reportRef}</Tag>}
              </Space>
            ),
          },
          {
            title: "",
            fixed: "right" as const,
            width: 190,
            render: (_, r) => (
              <Space>
                <IfCan action="aml.manage"><Button
                  size="small"
                  icon={<FlagOutlined />}
                  onClick={() => {
                    setFlagging(r);
                    setReasons(r.suspiciousReasons.join("\n"));
                  }}
                >
                  {t("dops.aml.flag")}
                </Button></IfCan>
                {r.suspicious && !r.reportedAt && (
                  <IfCan action="aml.manage"><Button
                    size="small"
                    type="primary"
                    icon={<SendOutlined />}
                    onClick={() => {
                      setReporting(r);
                      setReportRef("");
                    }}
                  >
                    {t("dops.aml.reportIt")}
                  </Button></IfCan>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={addOpen} title={t("dops.aml.add")} width={720} onCancel={() => setAddOpen(false)} onOk={() => void add()}>
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item name="occurredAt" label={t("dops.common.time")} rules={[{ required: true }]}>
              <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
            <Form.Item name="direction" label={t("dops.aml.direction")} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={(["receipt", "payment"] as const).map((d) => ({ value: d, label: t(`dops.aml.dir.${d}`) }))} />
            </Form.Item>
            <Form.Item name="method" label={t("dops.aml.method")} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={(["cash", "transfer"] as const).map((d) => ({ value: d, label: t(`dops.aml.m.${d}`) }))} />
            </Form.Item>
            <Form.Item name="amountYuan" label={t("dops.aml.amountYuan")} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} style={{ width: 180 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="customerName" label={t("dops.aml.customerName")} rules={[{ required: true, whitespace: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="customerIdType" label={t("dops.aml.idType")} rules={[{ required: true }]}>
              <Select style={{ width: 130 }} options={["身份证", "护照", "港澳通行证", "台胞证", "营业执照", "其他"].map((x) => ({ value: x, label: x }))} />
            </Form.Item>
            <Form.Item name="customerIdNo" label={t("dops.aml.idNo")} rules={[{ required: true, min: 4 }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="identified" label={t("dops.aml.identified")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="policyNo" label={t("dops.aml.policy")}>
              <Input />
            </Form.Item>
          </Space>
          <Form.Item name="suspiciousReasons" label={t("dops.aml.reasons")} extra={t("dops.aml.reasonsHint")}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="note" label={t("dops.common.note")}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={importOpen} width={820} title={t("dops.aml.import")} onCancel={() => setImportOpen(false)} onOk={() => void doImport()} okText={t("dops.aml.import")}>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.aml.importHint")} description={<code style={{ fontSize: 12 }}>{CSV_HEADER}</code>} />
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) setCsv(await f.text());
          }}
        />
        <Input.TextArea rows={10} aria-label={t("dops.aml.import")} style={{ marginTop: 8, fontFamily: "monospace" }} value={csv} onChange={(e) => setCsv(e.target.value)} />
        {importErr && <Alert type="error" showIcon style={{ marginTop: 8, whiteSpace: "pre-wrap" }} message={importErr} />}
      </Modal>
      <Modal open={!!flagging} title={t("dops.aml.flag")} onCancel={() => setFlagging(null)} onOk={() => void flag()}>
        <Typography.Paragraph>
          {flagging?.customerName} · {yuan(flagging?.amountFen)}
        </Typography.Paragraph>
        <Input.TextArea rows={4} placeholder={t("dops.aml.reasonsHint")} value={reasons} onChange={(e) => setReasons(e.target.value)} />
      </Modal>
      <Modal open={!!reporting} title={t("dops.aml.reportIt")} onCancel={() => setReporting(null)} onOk={() => void report()}>
        <Input placeholder={t("dops.aml.reportRef")} value={reportRef} onChange={(e) => setReportRef(e.target.value)} />
      </Modal>
    </Space>
  );
}

function ReportTab({ counterId }: { counterId: string }) {
  const t = useT();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("month"), dayjs()]);
  const report = useApi(
    (signal) => api.get<AmlReport>("/control/aml/report", { unitId: counterId, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") }, { signal }),
    [counterId, range[0].valueOf(), range[1].valueOf()],
  );
  const r = report.data;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <Button onClick={() => setRange([dayjs().startOf("month"), dayjs().endOf("month")])}>{t("dops.aml.thisMonth")}</Button>
        <Button onClick={() => setRange([dayjs().subtract(1, "month").startOf("month"), dayjs().subtract(1, "month").endOf("month")])}>{t("dops.aml.lastMonth")}</Button>
      </Space>
      {r && (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}><Statistic title={t("dops.aml.total")} value={r.total} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title={t("dops.aml.large")} value={r.largeAmount.count} />
                <Typography.Text type="secondary">{yuan(r.largeAmount.amountFen)}</Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title={t("dops.aml.suspicious")} value={r.suspicious.count} valueStyle={r.suspicious.unreported ? { color: "#cf1322" } : undefined} />
                <Typography.Text type={r.suspicious.unreported ? "danger" : "secondary"}>{t("dops.aml.unreportedN", { n: r.suspicious.unreported })}</Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}><Statistic title={t("dops.aml.unidentified")} value={r.unidentified} valueStyle={r.unidentified ? { color: "#cf1322" } : undefined} /></Card>
            </Col>
          </Row>
          <Card size="small" title={t("dops.aml.byMethod")}>
            {t("dops.aml.m.cash")} {r.largeAmount.cash} · {t("dops.aml.m.transfer")} {r.largeAmount.transfer} · {t("dops.aml.reported")} {r.suspicious.reported}
          </Card>
        </>
      )}
    </Space>
  );
}

function SelfInspectionTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const query = { counterId };
  const list = useApi((signal) => api.get<AmlSelfInspectionList>("/control/aml/self-inspections", query, { signal }), [counterId]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ period: string; deadline?: Dayjs; items: Array<{ text: string; compliant: boolean; note?: string }> }>();
  const [rectifying, setRectifying] = useState<{ s: AmlSelfInspection; index: number } | null>(null);
  const [note, setNote] = useState("");
  const items = Form.useWatch("items", form) ?? [];
  const needsDeadline = items.some((i) => i && i.compliant === false);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/control/aml/self-inspections", {
        counterId,
        period: v.period,
        items: v.items.map((i) => ({ text: i.text, compliant: !!i.compliant, ...(i.note?.trim() ? { note: i.note.trim() } : {}) })),
        ...(v.deadline ? { rectificationDeadline: v.deadline.format("YYYY-MM-DD") } : {}),
      }),
    );
    if (res) {
      setOpen(false);
      void list.reload();
    }
  };
  const rectify = async () => {
    if (!rectifying || !note.trim()) return;
    const res = await run(() => api.post(`/control/aml/self-inspections/${rectifying.s.id}/items/${rectifying.index}/rectify`, { note: note.trim() }));
    if (res) {
      setRectifying(null);
      void list.reload();
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space>
        <IfCan action="aml.manage"><Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({
              period: dayjs().format("YYYY-MM"),
              items: ["大额交易已按规定统计", "客户身份已识别并留存资料", "可疑交易已分析并按时报告", "反洗钱报表按时上报"].map((text) => ({ text, compliant: true })),
            });
            setOpen(true);
          }}
        >
          {t("dops.aml.newSelf")}
        </Button></IfCan>
        <ExportButton path="/control/aml/self-inspections" query={query} fileName="aml-self-inspections" />
      </Space>
      {(list.data?.items ?? []).map((s) => (
        <Card
          key={s.id}
          size="small"
          title={
            <Space wrap>
              {s.period}
              <Progress type="circle" size={36} percent={Math.round(s.rectificationRate)} aria-label={t("dops.aml.rate")} />
              {t("dops.aml.rate")}
              {s.rectificationDeadline && (
                <Tag color={s.overdue ? "red" : "blue"}>
                  {t("dops.aml.deadline")} {s.rectificationDeadline}
                  {s.overdue ? ` · ${t("dops.ca.overdueTag")}` : ""}
                </Tag>
              )}
            </Space>
          }
          extra={<Typography.Text type="secondary">{fmtTime(s.createdAt)}</Typography.Text>}
        >
          {s.items.map((i, idx) => (
            <div key={idx} className="dops-check" style={{ marginBottom: 6 }}>
              <div className="dops-check-main">
                {i.compliant ? <Tag color="green">{t("dops.aml.compliant")}</Tag> : i.rectified ? <Tag color="blue">{t("dops.aml.rectified")}</Tag> : <Tag color="red">{t("dops.aml.nonCompliant")}</Tag>}
                {i.text}
                {i.note && <Typography.Text type="secondary"> · {i.note}</Typography.Text>}
              </div>
              {!i.compliant && !i.rectified && (
                <IfCan action="aml.manage"><Button
                  onClick={() => {
                    setRectifying({ s, index: idx });
                    setNote("");
                  }}
                >
                  {t("dops.aml.rectify")}
                </Button></IfCan>
              )}
            </div>
          ))}
        </Card>
      ))}
      <Modal open={open} width={760} title={t("dops.aml.newSelf")} onCancel={() => setOpen(false)} onOk={() => void save()}>
        <Form form={form} layout="vertical">
          <Form.Item name="period" label={t("dops.aml.period")} rules={[{ required: true, whitespace: true }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: "100%" }}>
                {fields.map((f) => (
                  <Space key={f.key} wrap>
                    <Form.Item name={[f.name, "text"]} noStyle rules={[{ required: true, whitespace: true }]}>
                      <Input style={{ width: 320 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "compliant"]} noStyle valuePropName="checked">
                      <Checkbox>{t("dops.aml.compliant")}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[f.name, "note"]} noStyle>
                      <Input placeholder={t("dops.common.note")} style={{ width: 200 }} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>−</Button>
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: "", compliant: true })}>
                  {t("dops.aml.addItem")}
                </Button>
              </Space>
            )}
          </Form.List>
          {needsDeadline && (
            <Form.Item name="deadline" label={t("dops.aml.deadline")} rules={[{ required: true }]} extra={t("dops.aml.deadlineHint")} style={{ marginTop: 12 }}>
              <DatePicker />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal open={!!rectifying} title={t("dops.aml.rectify")} onCancel={() => setRectifying(null)} onOk={() => void rectify()}>
        <Typography.Paragraph>{rectifying ? rectifying.s.items[rectifying.index]?.text : ""}</Typography.Paragraph>
        <Input.TextArea rows={3} aria-label={t("dops.aml.rectify")} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Space>
  );
}

function SettingsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const settings = useApi((signal) => api.get<AmlSettings>("/control/aml/settings", { unitId: counterId }, { signal }), [counterId]);
  const [cash, setCash] = useState<number | null>(null);
  const [transfer, setTransfer] = useState<number | null>(null);
  useEffect(() => {
    if (settings.data) {
      setCash(settings.data.cashThresholdFen / 100);
      setTransfer(settings.data.transferThresholdFen / 100);
    }
  }, [settings.data]);
  const save = async () => {
    if (!cash || !transfer) return;
    const res = await run(() => api.put<AmlSettings>("/control/aml/settings", { unitId: counterId, cashThresholdFen: Math.round(cash * 100), transferThresholdFen: Math.round(transfer * 100) }));
    if (res) settings.setData(res);
  };
  return (
    <Card style={{ maxWidth: 560 }}>
      <Form layout="vertical">
        <Form.Item label={t("dops.aml.cashThreshold")}>
          <InputNumber min={1} value={cash} onChange={(v) => setCash(v)} style={{ width: 240 }} addonAfter="元" />
        </Form.Item>
        <Form.Item label={t("dops.aml.transferThreshold")}>
          <InputNumber min={1} value={transfer} onChange={(v) => setTransfer(v)} style={{ width: 240 }} addonAfter="元" />
        </Form.Item>
        {settings.data && (
          <Typography.Paragraph type="secondary">
            {settings.data.sourceUnitId === null ? t("dops.aml.defaultSetting") : settings.data.sourceUnitId === counterId ? t("dops.aml.ownSetting") : t("dops.aml.inherited")}
          </Typography.Paragraph>
        )}
        <IfCan action="aml.manage"><Button type="primary" onClick={() => void save()}>
          {t("dops.common.save")}
        </Button></IfCan>
      </Form>
    </Card>
  );
}
