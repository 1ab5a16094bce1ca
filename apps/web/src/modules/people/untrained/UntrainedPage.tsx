/**
 * P-18 untrained staff liability (seed 002 §1.2.1.4): errors by a person serving without passing
 * training (or without the post's certificate) are also charged to the department head; the
 * department loses award eligibility for the period, shown with the reason.
 */
import type * as C from "@ccms/contracts";
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Table, Tag, message } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { z } from "zod";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";

type AwardEligibility = z.infer<typeof C.AwardEligibility>;
type ErrorChargeView = z.infer<typeof C.ErrorChargeView>;
type StaffRecordList = z.infer<typeof C.StaffRecordList>;

export default function UntrainedPage() {
  const t = useT();
  const { can } = useAuth();
  const manage = can("people.manage");
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const from = month.startOf("month").format("YYYY-MM-DD");
  const to = month.endOf("month").format("YYYY-MM-DD");
  const [errorForm] = Form.useForm<{ userId: string; date: Dayjs; description: string }>();
  const [passForm] = Form.useForm<{ userId: string; date: Dayjs; course: string }>();
  const eligibility = useApi((signal) => api.get<AwardEligibility>("/people/award-eligibility", { from, to }, { signal }), [from, to]);
  const staff = useApi((signal) => api.get<StaffRecordList>("/people/staff", {}, { signal }), [], { enabled: manage });
  const people = (staff.data?.items ?? []).map((s) => ({ value: s.userId, label: s.displayName }));
  const fail = (e: unknown) => void message.error(errorText(e, t));

  const recordError = async (v: { userId: string; date: Dayjs; description: string }) => {
    try {
      await api.post("/people/error-charges", { userId: v.userId, occurredOn: v.date.format("YYYY-MM-DD"), description: v.description });
      void message.success(t("untrained.saved"));
      errorForm.resetFields();
      void eligibility.reload();
    } catch (e) {
      fail(e);
    }
  };
  const recordPass = async (v: { userId: string; date: Dayjs; course: string }) => {
    try {
      await api.post(`/people/staff/${v.userId}/training-passes`, { course: v.course, passedOn: v.date.format("YYYY-MM-DD") });
      void message.success(t("untrained.saved"));
      passForm.resetFields();
    } catch (e) {
      fail(e);
    }
  };
  const reasonText = (e: ErrorChargeView) => e.untrainedReasons.map((r) => (r.kind === "noTrainingPass" ? t("untrained.reasonNoPass") : t("untrained.reasonCert", { certificate: t(`people.cert.kindValue.${r.certificate ?? "other"}`) }))).join("；");
  const columns = [
    { title: t("untrained.person"), dataIndex: "userName" },
    { title: t("untrained.date"), dataIndex: "occurredOn" },
    { title: t("untrained.description"), dataIndex: "description" },
    { title: t("untrained.untrained"), key: "u", render: (_: unknown, e: ErrorChargeView) => (e.untrained ? <Tag color="red">{reasonText(e)}</Tag> : t("untrained.no")) },
    { title: t("untrained.head"), dataIndex: "headName", render: (n: string | null) => n ?? "" },
  ];
  const d = eligibility.data;

  return (
    <PageContainer title={t("untrained.title")} subtitle={t("untrained.subtitle")}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={manage ? 15 : 24}>
          <Card
            size="small"
            title={t("untrained.eligibility")}
            extra={<DatePicker picker="month" value={month} allowClear={false} aria-label={t("untrained.period")} onChange={(m) => m && setMonth(m)} />}
          >
            {d && (
              <>
                <Tag color={d.eligible ? "green" : "red"} data-testid="award-eligibility" data-eligible={String(d.eligible)}>
                  {d.unitName} {d.from} — {d.to}：{t(d.eligible ? "untrained.eligible" : "untrained.notEligible")}
                </Tag>
                {!d.eligible && (
                  <Table size="small" rowKey="id" style={{ marginTop: 12 }} title={() => t("untrained.reasons")} dataSource={d.reasons} pagination={false} columns={columns} />
                )}
                <Table size="small" rowKey="id" style={{ marginTop: 12 }} title={() => t("untrained.errors")} dataSource={d.errors} pagination={{ pageSize: 10, hideOnSinglePage: true }} columns={columns} />
              </>
            )}
          </Card>
        </Col>
        {manage && (
          <Col xs={24} lg={9}>
            <Card size="small" title={t("untrained.recordError")}>
              <Form form={errorForm} layout="vertical" onFinish={(v) => void recordError(v)}>
                <Form.Item name="userId" label={t("untrained.person")} rules={[{ required: true }]}>
                  <Select showSearch optionFilterProp="label" options={people} />
                </Form.Item>
                <Form.Item name="date" label={t("untrained.date")} rules={[{ required: true }]}>
                  <DatePicker style={{ width: "100%" }} />
                </Form.Item>
                <Form.Item name="description" label={t("untrained.description")} rules={[{ required: true, whitespace: true }]}>
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <Button type="primary" htmlType="submit">{t("untrained.save")}</Button>
              </Form>
            </Card>
            <Card size="small" title={t("untrained.recordPass")} style={{ marginTop: 16 }}>
              <Form form={passForm} layout="vertical" onFinish={(v) => void recordPass(v)}>
                <Form.Item name="userId" label={t("untrained.person")} rules={[{ required: true }]}>
                  <Select showSearch optionFilterProp="label" options={people} />
                </Form.Item>
                <Form.Item name="course" label={t("untrained.course")} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="date" label={t("untrained.passedOn")} rules={[{ required: true }]}>
                  <DatePicker style={{ width: "100%" }} />
                </Form.Item>
                <Button htmlType="submit">{t("untrained.save")}</Button>
              </Form>
            </Card>
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
