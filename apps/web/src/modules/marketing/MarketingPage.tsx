/**
 * On-site marketing (M-01; issue 16 item 7): elite agents' duty plan per business hours, the duty
 * log, the 现场营销统计表 (customers masked; export audited) and results sent to the sales department.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tabs, Tag, TimePicker, Typography, message } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, apiUrl, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { type DutyLogList, type DutyPlan, type LeadList, MARKETING_API, type SubmissionList } from "./api";

const KINDS = ["referral", "sale", "prospect"] as const;
const STATE_COLOR = { submitted: "blue", received: "green", returned: "orange" } as const;
const yuan = (fen: number) => (fen / 100).toFixed(2);

export default function MarketingPage() {
  const t = useT();
  const { can, me } = useAuth();
  const [counterId, setCounterId] = useState<string | undefined>(me?.orgUnit?.kind === "counter" ? me.user.orgUnitId : undefined);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("week"), dayjs().endOf("week")]);
  const from = range[0].format("YYYY-MM-DD");
  const to = range[1].format("YYYY-MM-DD");
  const enabled = !!counterId;
  const plan = useApi((signal) => api.get<DutyPlan>(MARKETING_API.dutyPlan, { counterId, from, to }, { signal }), [counterId, from, to], { enabled });
  const logs = useApi((signal) => api.get<DutyLogList>(MARKETING_API.logs, { counterId, from, to }, { signal }), [counterId, from, to], { enabled });
  const leads = useApi((signal) => api.get<LeadList>(MARKETING_API.leads, { counterId, from, to }, { signal }), [counterId, from, to], { enabled });
  const subs = useApi((signal) => api.get<SubmissionList>(MARKETING_API.submissions, counterId ? { counterId } : {}, { signal }), [counterId]);
  const [slotForm] = Form.useForm<{ dutyDate: Dayjs; time: [Dayjs, Dayjs]; agentId: string; post?: string }>();
  const [logForm] = Form.useForm<{ dutyDate: Dayjs; agentId: string; arrivedAt?: Dayjs; leftAt?: Dayjs; notes?: string }>();
  const [leadForm] = Form.useForm<{ kind: (typeof KINDS)[number]; customerName: string; customerPhone?: string; need: string; product?: string; amount?: number }>();
  const [modal, setModal] = useState<"slot" | "log" | "lead" | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const [reason, setReason] = useState("");

  const run = async (f: () => Promise<unknown>, reload: Array<{ reload(): Promise<void> }>) => {
    try {
      await f();
      setModal(null);
      void message.success(t("marketing.saved"));
      for (const r of reload) void r.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };
  const agents = (plan.data?.agents ?? []).map((a) => ({ value: a.id, label: a.name }));
  const fig = leads.data?.figures;

  const planTab = (
    <Card size="small" styles={{ body: { padding: 0 } }} extra={can("marketing.plan") && <Button type="primary" data-testid="marketing-add-slot" onClick={() => setModal("slot")}>{t("marketing.addSlot")}</Button>} title={t("marketing.tabs.plan")}>
      <Table
        data-testid="marketing-plan"
        size="small"
        rowKey="date"
        loading={plan.loading}
        pagination={false}
        dataSource={plan.data?.days ?? []}
        columns={[
          { title: t("marketing.date"), dataIndex: "date", width: 120 },
          { title: t("marketing.hours"), key: "frames", width: 200, render: (_: unknown, d) => (d.frames.length ? d.frames.map((f) => `${f[0]}–${f[1]}`).join("，") : <Typography.Text type="secondary">{t("marketing.closed")}</Typography.Text>) },
          {
            title: t("marketing.agent"),
            key: "slots",
            render: (_: unknown, d) => (
              <Flex gap={4} wrap>
                {d.slots.map((s) => (
                  <Tag key={s.id} color="gold" closable={can("marketing.plan")} onClose={(e) => { e.preventDefault(); void run(() => api.delete(MARKETING_API.slot(s.id)), [plan]); }}>
                    {s.startsAt}–{s.endsAt} {s.agentName}
                    {s.post ? ` · ${s.post}` : ""}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );

  const logTab = (
    <Card size="small" styles={{ body: { padding: 0 } }} title={t("marketing.tabs.log")} extra={can("marketing.record") && <Button type="primary" data-testid="marketing-add-log" onClick={() => setModal("log")}>{t("marketing.addLog")}</Button>}>
      <Table
        data-testid="marketing-logs"
        size="small"
        rowKey="id"
        loading={logs.loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={logs.data?.items ?? []}
        columns={[
          { title: t("marketing.date"), dataIndex: "dutyDate", width: 110 },
          { title: t("marketing.agent"), dataIndex: "agentName", width: 140 },
          { title: t("marketing.time"), dataIndex: "slot", width: 110, render: (v: string | null) => v ?? "—" },
          { title: t("marketing.arrived"), dataIndex: "arrivedAt", width: 80, render: (v: string | null) => v ?? "—" },
          { title: t("marketing.left"), dataIndex: "leftAt", width: 80, render: (v: string | null) => v ?? "—" },
          { title: t("marketing.notes"), dataIndex: "notes" },
          { title: t("marketing.recordedBy"), dataIndex: "recordedByName", width: 130 },
        ]}
      />
    </Card>
  );

  const registerTab = (
    <>
      {fig && (
        <Flex gap={24} style={{ marginBottom: 12 }} wrap data-testid="marketing-figures">
          <Statistic title={t("marketing.figures.referrals")} value={fig.referrals} />
          <Statistic title={t("marketing.figures.sales")} value={fig.sales} />
          <Statistic title={t("marketing.figures.prospects")} value={fig.prospects} />
          <Statistic title={t("marketing.figures.amount")} value={yuan(fig.salesAmountFen)} />
          <div>
            <Typography.Text type="secondary">{t("marketing.figures.byTeller")}</Typography.Text>
            <div>{fig.byTeller.map((x) => <Tag key={x.name}>{x.name} {x.referrals}</Tag>)}</div>
          </div>
        </Flex>
      )}
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={<Typography.Text type="secondary" style={{ fontWeight: "normal" }}>{t("marketing.masked")}</Typography.Text>}
        extra={
          <Space>
            {can("marketing.export") && counterId && (
              <Button icon={<DownloadOutlined />} href={apiUrl(MARKETING_API.leadsExport, { counterId, from, to, format: "xlsx" })}>
                {t("marketing.export")}
              </Button>
            )}
            {can("marketing.record") && <Button type="primary" data-testid="marketing-add-lead" onClick={() => setModal("lead")}>{t("marketing.addLead")}</Button>}
          </Space>
        }
      >
        <Table
          data-testid="marketing-leads"
          size="small"
          rowKey="id"
          loading={leads.loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={leads.data?.items ?? []}
          columns={[
            { title: t("marketing.date"), dataIndex: "businessDate", width: 110 },
            { title: t("marketing.kindLabel"), dataIndex: "kind", width: 90, render: (k: (typeof KINDS)[number]) => t(`marketing.kind.${k}`) },
            { title: t("marketing.customer"), dataIndex: "customerName", width: 90 },
            { title: t("marketing.phone"), dataIndex: "customerPhone", width: 130, render: (v: string | null) => v ?? "—" },
            { title: t("marketing.need"), dataIndex: "need" },
            { title: t("marketing.product"), dataIndex: "product", width: 120, render: (v: string | null) => v ?? "—" },
            { title: t("marketing.amount"), dataIndex: "amountFen", width: 110, align: "right", render: (v: number) => (v ? yuan(v) : "—") },
            { title: t("marketing.referredBy"), dataIndex: "referredByName", width: 120, render: (v: string | null) => v ?? "—" },
            { title: t("marketing.agent"), dataIndex: "agentName", width: 120, render: (v: string | null) => v ?? "—" },
          ]}
        />
      </Card>
    </>
  );

  const submissionsTab = (
    <Card
      size="small"
      styles={{ body: { padding: 0 } }}
      title={t("marketing.tabs.submissions")}
      extra={can("marketing.submit") && counterId && <Button type="primary" onClick={() => void run(() => api.post(MARKETING_API.submissions, { counterId, from, to }), [subs])}>{t("marketing.submit")}</Button>}
    >
      <Table
        size="small"
        rowKey="id"
        loading={subs.loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={subs.data?.items ?? []}
        columns={[
          { title: t("marketing.counter"), dataIndex: "counterName", width: 160 },
          { title: t("marketing.period"), key: "period", width: 200, render: (_: unknown, s) => `${s.periodFrom} – ${s.periodTo}` },
          { title: t("marketing.figures.referrals"), key: "r", width: 80, render: (_: unknown, s) => s.figures.referrals },
          { title: t("marketing.figures.sales"), key: "s", width: 80, render: (_: unknown, s) => s.figures.sales },
          { title: t("marketing.figures.prospects"), key: "p", width: 90, render: (_: unknown, s) => s.figures.prospects },
          { title: t("marketing.figures.amount"), key: "a", width: 120, render: (_: unknown, s) => yuan(s.figures.salesAmountFen) },
          { title: "", dataIndex: "state", width: 90, render: (v: keyof typeof STATE_COLOR) => <Tag color={STATE_COLOR[v]}>{t(`marketing.state.${v}`)}</Tag> },
          { title: t("marketing.submittedBy"), dataIndex: "submittedByName", width: 130 },
          { title: t("marketing.handledBy"), key: "h", width: 160, render: (_: unknown, s) => (s.handledByName ? `${s.handledByName}${s.handlingNote ? `：${s.handlingNote}` : ""}` : "—") },
          {
            title: "",
            key: "act",
            width: 140,
            render: (_: unknown, s) =>
              can("marketing.receive") && s.state === "submitted" ? (
                <Space>
                  <Button size="small" onClick={() => void run(() => api.post(MARKETING_API.handle(s.id), { action: "receive" }), [subs])}>{t("marketing.receive")}</Button>
                  <Button size="small" danger onClick={() => setReturning(s.id)}>{t("marketing.return")}</Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Card>
  );

  return (
    <PageContainer title={t("marketing.title")} subtitle={t("marketing.subtitle")}>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <OrgUnitTreeSelect aria-label={t("marketing.counter")} placeholder={t("marketing.counter")} selectableKinds={["counter"]} value={counterId} onChange={setCounterId} style={{ width: 240 }} />
        <DatePicker.RangePicker aria-label={t("marketing.period")} value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
      </Flex>
      {plan.error && !plan.data ? (
        <ErrorResult error={plan.error} onRetry={() => void plan.reload()} />
      ) : (
        <Tabs
          items={[
            { key: "plan", label: t("marketing.tabs.plan"), children: planTab },
            { key: "log", label: t("marketing.tabs.log"), children: logTab },
            { key: "register", label: t("marketing.tabs.register"), children: registerTab },
            { key: "submissions", label: t("marketing.tabs.submissions"), children: submissionsTab },
          ]}
        />
      )}

      <Modal open={modal === "slot"} title={t("marketing.addSlot")} onCancel={() => setModal(null)} onOk={() => slotForm.submit()} destroyOnHidden>
        <Form
          form={slotForm}
          layout="vertical"
          onFinish={(v) => void run(() => api.post(MARKETING_API.slots, { counterId, dutyDate: v.dutyDate.format("YYYY-MM-DD"), startsAt: v.time[0].format("HH:mm"), endsAt: v.time[1].format("HH:mm"), agentId: v.agentId, ...(v.post ? { post: v.post } : {}) }), [plan])}
        >
          <Form.Item name="dutyDate" label={t("marketing.date")} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="time" label={t("marketing.time")} rules={[{ required: true }]}><TimePicker.RangePicker format="HH:mm" minuteStep={5} /></Form.Item>
          <Form.Item name="agentId" label={t("marketing.agent")} rules={[{ required: true }]}><Select options={agents} /></Form.Item>
          <Form.Item name="post" label={t("marketing.post")}><Input maxLength={40} /></Form.Item>
        </Form>
      </Modal>

      <Modal open={modal === "log"} title={t("marketing.addLog")} onCancel={() => setModal(null)} onOk={() => logForm.submit()} destroyOnHidden>
        <Form
          form={logForm}
          layout="vertical"
          initialValues={{ dutyDate: dayjs() }}
          onFinish={(v) => void run(() => api.post(MARKETING_API.logs, { counterId, dutyDate: v.dutyDate.format("YYYY-MM-DD"), agentId: v.agentId, ...(v.arrivedAt ? { arrivedAt: v.arrivedAt.format("HH:mm") } : {}), ...(v.leftAt ? { leftAt: v.leftAt.format("HH:mm") } : {}), notes: v.notes ?? "" }), [logs])}
        >
          <Form.Item name="dutyDate" label={t("marketing.date")} rules={[{ required: true }]}><DatePicker data-testid="marketing-log-date" /></Form.Item>
          <Form.Item name="agentId" label={t("marketing.agent")} rules={[{ required: true }]}><Select data-testid="marketing-log-agent" options={agents} /></Form.Item>
          <Flex gap={12}>
            <Form.Item name="arrivedAt" label={t("marketing.arrived")}><TimePicker format="HH:mm" /></Form.Item>
            <Form.Item name="leftAt" label={t("marketing.left")}><TimePicker format="HH:mm" /></Form.Item>
          </Flex>
          <Form.Item name="notes" label={t("marketing.notes")}><Input.TextArea data-testid="marketing-log-notes" rows={3} /></Form.Item>
        </Form>
      </Modal>

      <Modal open={modal === "lead"} title={t("marketing.addLead")} onCancel={() => setModal(null)} onOk={() => leadForm.submit()} destroyOnHidden>
        <Form
          form={leadForm}
          layout="vertical"
          initialValues={{ kind: "referral" }}
          onFinish={(v) =>
            void run(
              () => api.post(MARKETING_API.leads, { counterId, kind: v.kind, customerName: v.customerName, need: v.need, ...(v.customerPhone ? { customerPhone: v.customerPhone } : {}), ...(v.product ? { product: v.product } : {}), amountFen: Math.round((v.amount ?? 0) * 100) }),
              [leads],
            )
          }
        >
          <Form.Item name="kind" label={t("marketing.kindLabel")} rules={[{ required: true }]}><Select options={KINDS.map((k) => ({ value: k, label: t(`marketing.kind.${k}`) }))} /></Form.Item>
          <Form.Item name="customerName" label={t("marketing.customer")} rules={[{ required: true }]}><Input data-testid="marketing-lead-customer" maxLength={60} /></Form.Item>
          <Form.Item name="customerPhone" label={t("marketing.phone")}><Input data-testid="marketing-lead-phone" maxLength={20} /></Form.Item>
          <Form.Item name="need" label={t("marketing.need")} rules={[{ required: true }]}><Input.TextArea data-testid="marketing-lead-need" rows={2} /></Form.Item>
          <Form.Item name="product" label={t("marketing.product")}><Input maxLength={100} /></Form.Item>
          <Form.Item name="amount" label={t("marketing.amount")}><InputNumber min={0} precision={2} style={{ width: 160 }} /></Form.Item>
        </Form>
      </Modal>

      <Modal open={returning !== null} title={t("marketing.return")} onCancel={() => setReturning(null)} onOk={() => { const id = returning; setReturning(null); if (id) void run(() => api.post(MARKETING_API.handle(id), { action: "return", note: reason }), [subs]); }}>
        <Input.TextArea aria-label={t("marketing.reason")} placeholder={t("marketing.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </PageContainer>
  );
}
