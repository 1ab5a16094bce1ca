/**
 * Intake at the counter (C-04 channels; the registering employee is the first responder, C-05).
 * A letter received earlier keeps its receipt instant (never in the future). A finished
 * complaint/enquiry ticket can open a case (`?ticketId=`).
 */
import { CheckCircleTwoTone } from "@ant-design/icons";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row, Select, Space, Typography, message } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { api, errorText } from "../../api/client";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { CASES_API, CASE_CHANNELS, CASE_KINDS, type CaseChannel, type CaseKind, type CreateCaseRequest, type CreateCaseResponse } from "./api";
import { DeadlineChips, useNow } from "./components/deadlines";
import { useCaseCauses } from "./causes";

interface IntakeForm {
  kind: CaseKind;
  channel: CaseChannel;
  orgUnitId: string;
  summary: string;
  cause?: string;
  name: string;
  phone?: string;
  receivedAt?: Dayjs;
  ticketId?: string;
  repeatOfCaseId?: string;
  repeatReason?: NonNullable<CreateCaseRequest["repeatReason"]>;
}

/** C-13 why the customer complains again about an earlier complaint. */
const REPEAT_REASONS = ["handler_unreachable", "unsatisfied", "other"] as const;

export default function CaseIntakePage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const [form] = Form.useForm<IntakeForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateCaseResponse | null>(null);
  const kind = Form.useWatch("kind", form) ?? "complaint";
  const channel = Form.useWatch("channel", form);
  const causes = useCaseCauses(Form.useWatch("orgUnitId", form) ?? undefined);
  const now = useNow(30_000);
  const ticketId = params.get("ticketId") ?? undefined;
  const initialKind = (params.get("kind") as CaseKind | null) ?? "complaint";

  const submit = async (v: IntakeForm) => {
    setBusy(true);
    setError(null);
    const body: CreateCaseRequest = {
      kind: v.kind,
      orgUnitId: v.orgUnitId,
      channel: v.channel,
      summary: v.summary.trim(),
      customer: { name: v.name.trim(), ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}) },
      ...(v.receivedAt ? { receivedAt: v.receivedAt.toISOString() } : {}),
      ...(v.cause?.trim() ? { cause: v.cause.trim() } : {}),
      ...(v.ticketId?.trim() ? { ticketId: v.ticketId.trim() } : {}),
      ...(v.kind === "complaint" && v.repeatOfCaseId?.trim() && v.repeatReason ? { repeatOfCaseId: v.repeatOfCaseId.trim(), repeatReason: v.repeatReason } : {}),
    };
    try {
      const res = await api.post<CreateCaseResponse>(CASES_API.create, body);
      setCreated(res);
      void message.success(t("cases.intake.created", { number: res.number }));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <PageContainer title={t("cases.intake.title")}>
        <Card>
          <Result
            icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}
            title={<span data-testid="intake-created">{t("cases.intake.created", { number: created.number })}</span>}
            subTitle={created.summary}
            extra={[
              <Button type="primary" key="open" onClick={() => navigate(`/cases/${created.id}`)} data-testid="intake-open">
                {t("cases.intake.openCase")}
              </Button>,
              <Button
                key="again"
                onClick={() => {
                  setCreated(null);
                  form.resetFields();
                }}
              >
                {t("cases.intake.another")}
              </Button>,
            ]}
          >
            <Typography.Title level={5}>{t("cases.intake.deadlinesTitle")}</Typography.Title>
            <DeadlineChips deadlines={created.deadlines} now={now} />
          </Result>
        </Card>
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t("cases.intake.title")} subtitle={t("cases.intake.subtitle")} rules="C-04 · C-05">
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card>
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="intake-error" />}
            <Form<IntakeForm>
              form={form}
              layout="vertical"
              onFinish={(v) => void submit(v)}
              initialValues={{ kind: initialKind, channel: "counter", orgUnitId: me?.user.orgUnitId, ticketId }}
              data-testid="intake-form"
            >
              <Form.Item name="kind" label={t("cases.intake.kind")} rules={[{ required: true }]}>
                <Radio.Group optionType="button" buttonStyle="solid" data-testid="intake-kind">
                  {CASE_KINDS.map((k) => (
                    <Radio.Button key={k} value={k} data-testid={`intake-kind-${k}`}>
                      {t(`cases.kind.${k}`)}
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="channel" label={t("cases.intake.channel")} rules={[{ required: true, message: t("common.required") }]}>
                    <Select options={CASE_CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))} data-testid="intake-channel" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="orgUnitId" label={t("cases.intake.unit")} rules={[{ required: true, message: t("common.required") }]}>
                    <OrgUnitTreeSelect style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="summary" label={t("cases.intake.summary")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
                <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t("cases.intake.summaryPlaceholder")} data-testid="intake-summary" />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="name" label={t("cases.intake.customerName")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
                    <Input maxLength={100} data-testid="intake-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="phone"
                    label={t("cases.intake.customerPhone")}
                    rules={[{ pattern: /^[0-9+\- ]{3,20}$/, message: t("errors.validation_failed") }]}
                  >
                    <Input maxLength={20} data-testid="intake-phone" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="cause" label={t("cases.intake.cause")}>
                    {/* Causes from the managed list by name (issue 10 item 4); the case records the cause's code. */}
                    <Select
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      placeholder={t("cases.intake.causePlaceholder")}
                      loading={causes.loading}
                      options={causes.active.map((c) => ({ value: c.code, label: causes.nameOf(c.code) }))}
                      data-testid="intake-cause"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="receivedAt"
                    label={t("cases.intake.receivedAt")}
                    extra={t("cases.intake.receivedAtHelp")}
                    rules={[
                      {
                        validator: async (_, v: Dayjs | undefined) => {
                          if (v && v.isAfter(dayjs())) throw new Error(t("cases.intake.receivedAtFuture"));
                        },
                      },
                    ]}
                  >
                    <DatePicker
                      showTime={{ format: "HH:mm" }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: "100%" }}
                      disabledDate={(d) => d.isAfter(dayjs(), "day")}
                      data-testid="intake-received-at"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="ticketId" label={t("cases.intake.ticketId")} extra={t("cases.intake.ticketHelp")}>
                    <Input maxLength={64} disabled={!!ticketId} />
                  </Form.Item>
                </Col>
              </Row>
              {kind === "complaint" && (
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="repeatOfCaseId" label={t("cases.intake.repeatOfCaseId")} extra={t("cases.intake.repeatHelp")}>
                      <Input maxLength={64} data-testid="intake-repeat-of" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="repeatReason"
                      label={t("cases.intake.repeatReason")}
                      dependencies={["repeatOfCaseId"]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: async (_r, v) => {
                            const of = (getFieldValue("repeatOfCaseId") as string | undefined)?.trim();
                            if (of && !v) throw new Error(t("common.required"));
                          },
                        }),
                      ]}
                    >
                      <Select
                        allowClear
                        data-testid="intake-repeat-reason"
                        options={REPEAT_REASONS.map((r) => ({ value: r, label: t(`cases.intake.repeatReasons.${r}`) }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              )}
              <Flex justify="flex-end">
                <Space>
                  <Button onClick={() => navigate("/cases")}>{t("common.cancel")}</Button>
                  <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-submit">
                    {t("cases.intake.submit")}
                  </Button>
                </Space>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t(`cases.kind.${kind}`)}>
            <Typography.Paragraph style={{ margin: 0 }}>{t(`cases.intake.kindHelp.${kind}`)}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t("cases.detail.firstResponder")}
              {t.locale === "zh-CN" ? "：" : ": "}
              {me?.user.displayName}
            </Typography.Paragraph>
            {channel === "letter" && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t("cases.intake.receivedAtHelp")}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
