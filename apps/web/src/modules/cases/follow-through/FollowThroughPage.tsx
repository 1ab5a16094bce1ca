/**
 * C-21 complaint follow-through (seed 003 第二篇 Art.21–23, 28): complaints ruled non-responsible for a
 * process, technology or staffing reason go to the owning department with a due date; leads on
 * violations go to the supervision/security department; compensation and penalties are recorded on
 * the ruling; every item is tracked to its reply; the year-end report for the upper level.
 */
import { Button, Card, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Statistic, Table, Tag, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, apiUrl, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { FOLLOW_API, type FollowThroughList, type FollowThroughView, type RulingList, STATUS_COLOR, type YearEndReport } from "./api";

type Kind = "referral" | "violation_lead" | "compensation" | "penalty";
interface HandOver {
  caseId: string;
  kind: Kind;
  subject?: string;
  ownerName?: string;
  recipientName?: string;
  amountYuan?: number;
  reason?: string;
}

export default function FollowThroughPage() {
  const t = useT();
  const { can } = useAuth();
  const manage = can("case.followThrough");
  const [year, setYear] = useState(() => dayjs().year());
  const [replying, setReplying] = useState<FollowThroughView | null>(null);
  const [form] = Form.useForm<HandOver>();
  const [replyForm] = Form.useForm<{ reply: string }>();
  const kind = Form.useWatch("kind", form);
  const list = useApi((signal) => api.get<FollowThroughList>(FOLLOW_API.list, {}, { signal }), []);
  const rulings = useApi((signal) => api.get<RulingList>(FOLLOW_API.rulings, {}, { signal }), [], { enabled: manage });
  const report = useApi((signal) => api.get<YearEndReport>(FOLLOW_API.report, { year }, { signal }), [year], { enabled: can("case.report") });
  const fail = (e: unknown) => void message.error(errorText(e, t));

  const submit = async (v: HandOver) => {
    try {
      if (v.kind === "referral") await api.post(FOLLOW_API.referral(v.caseId), { subject: v.subject, ...(v.ownerName ? { ownerName: v.ownerName } : {}) });
      else if (v.kind === "violation_lead") await api.post(FOLLOW_API.lead(v.caseId), { subject: v.subject, ...(v.ownerName ? { ownerName: v.ownerName } : {}) });
      else await api.post(FOLLOW_API.settlements(v.caseId), { items: [{ kind: v.kind, recipientName: v.recipientName, amountFen: Math.round((v.amountYuan ?? 0) * 100), reason: v.reason }] });
      void message.success(t("followThrough.saved"));
      form.resetFields();
      void list.reload();
      void report.reload();
    } catch (e) {
      fail(e);
    }
  };
  const reply = async (v: { reply: string }) => {
    try {
      await api.post(FOLLOW_API.reply(replying!.id), v);
      setReplying(null);
      replyForm.resetFields();
      void list.reload();
      void report.reload();
    } catch (e) {
      fail(e);
    }
  };
  const r = report.data;
  const yuan = (fen: number) => (fen / 100).toFixed(2);

  return (
    <PageContainer title={t("followThrough.title")} subtitle={t("followThrough.subtitle")}>
      <Row gutter={[16, 16]}>
        {manage && (
          <Col xs={24} lg={9}>
            <Card size="small" title={t("followThrough.record")}>
              <Form form={form} layout="vertical" initialValues={{ kind: "referral" }} onFinish={(v) => void submit(v)}>
                <Form.Item name="caseId" label={t("followThrough.case")} rules={[{ required: true }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={(rulings.data?.items ?? []).map((x) => ({ value: x.caseId, label: `${x.caseNumber} · ${t(`cases.outcome.${x.finalOutcome}`)} · ${t(`cases.category.${x.finalCategory}`)}` }))}
                  />
                </Form.Item>
                <Form.Item name="kind" label={t("followThrough.kind")}>
                  <Radio.Group optionType="button" options={(["referral", "violation_lead", "compensation", "penalty"] as const).map((k) => ({ value: k, label: t(`followThrough.kindValue.${k}`) }))} />
                </Form.Item>
                {kind === "referral" || kind === "violation_lead" ? (
                  <>
                    <Form.Item name="subject" label={t("followThrough.subject")} rules={[{ required: true, whitespace: true }]}>
                      <Input.TextArea rows={2} maxLength={500} />
                    </Form.Item>
                    <Form.Item name="ownerName" label={t("followThrough.ownerName")}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </>
                ) : (
                  <>
                    <Form.Item name="recipientName" label={t("followThrough.recipient")} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={60} />
                    </Form.Item>
                    <Form.Item name="amountYuan" label={t("followThrough.amount")} rules={[{ required: true }]}>
                      <InputNumber min={0.01} step={1} precision={2} style={{ width: "100%" }} />
                    </Form.Item>
                    <Form.Item name="reason" label={t("followThrough.reason")} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={500} />
                    </Form.Item>
                  </>
                )}
                <Button type="primary" htmlType="submit">{t("followThrough.save")}</Button>
              </Form>
            </Card>
          </Col>
        )}
        <Col xs={24} lg={manage ? 15 : 24}>
          <Card size="small" title={t("followThrough.board")} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="id"
              loading={list.loading}
              dataSource={list.data?.items ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t("followThrough.case"), dataIndex: "caseNumber" },
                { title: t("followThrough.kind"), dataIndex: "kind", render: (k: FollowThroughView["kind"]) => t(`followThrough.kindValue.${k}`) },
                { title: t("followThrough.department"), dataIndex: "departmentName" },
                { title: t("followThrough.subject"), dataIndex: "subject" },
                { title: t("followThrough.dueDate"), dataIndex: "dueDate" },
                { title: t("followThrough.status"), dataIndex: "status", render: (s: FollowThroughView["status"]) => <Tag color={STATUS_COLOR[s]}>{t(`followThrough.statusValue.${s}`)}</Tag> },
                { title: t("followThrough.reply"), dataIndex: "reply", render: (x: string | null, f: FollowThroughView) => (x ? `${x}（${f.repliedByName ?? ""}）` : "") },
                { title: "", key: "a", render: (_: unknown, f: FollowThroughView) => (manage && (f.status === "open" || f.status === "overdue") ? <Button size="small" onClick={() => setReplying(f)}>{t("followThrough.replyButton")}</Button> : null) },
              ]}
            />
          </Card>
          {can("case.report") && (
            <Card
              size="small"
              style={{ marginTop: 16 }}
              title={t("followThrough.report", { year })}
              extra={
                <>
                  <InputNumber aria-label={t("followThrough.year")} min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} style={{ width: 100, marginRight: 8 }} />
                  <Button href={apiUrl(`${FOLLOW_API.report}/export`, { year })}>{t("followThrough.export")}</Button>
                </>
              }
            >
              {r && (
                <Row gutter={[16, 16]}>
                  <Col span={6}><Statistic title={t("followThrough.fig.complaints")} value={r.complaints} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.nonResponsible")} value={r.nonResponsible} suffix={`/ ${r.rulings}`} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.referrals")} value={r.referralsRepliedOnTime} suffix={`/ ${r.referrals}`} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.overdue")} value={r.referralsOverdue} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.leads")} value={r.violationLeads} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.appealed")} value={r.overturned} suffix={`/ ${r.appealed}`} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.compensation")} value={yuan(r.compensationFen)} suffix={`（${r.compensations}）`} /></Col>
                  <Col span={6}><Statistic title={t("followThrough.fig.penalty")} value={yuan(r.penaltyFen)} suffix={`（${r.penalties}）`} /></Col>
                </Row>
              )}
            </Card>
          )}
        </Col>
      </Row>
      <Modal open={!!replying} title={replying ? `${replying.caseNumber} · ${replying.departmentName}` : ""} onCancel={() => setReplying(null)} onOk={() => replyForm.submit()} okText={t("followThrough.replyButton")} destroyOnHidden>
        <Form form={replyForm} layout="vertical" onFinish={(v) => void reply(v)}>
          <Form.Item name="reply" label={t("followThrough.reply")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
