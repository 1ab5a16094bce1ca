/**
 * Customer information (issue 16 item 4; I-02, I-05): tellers and guides record what customers report;
 * the information officer consolidates the week with its focus issues; the counter manager validates
 * and forwards it to the level above, which sees what was forwarded.
 */
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { PageContainer } from "../../components";
import { useT } from "../../i18n";
import { type ConsolidationList, type ConsolidationView, INFORMATION_API, type InfoEntryList } from "./api";

const KINDS = ["complaint", "surrender", "satisfaction", "productFeedback", "partner", "other"] as const;
const REASONS = ["financialNeed", "productMismatch", "salesMisleading", "serviceDissatisfaction", "betterProductElsewhere", "premiumBurden", "other"] as const;
const STATE_COLOR = { consolidated: "blue", validated: "gold", forwarded: "green" } as const;

export default function InfoFlowPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [week, setWeek] = useState(dayjs());
  const from = week.startOf("week").add(week.day() === 0 ? -6 : 1, "day").format("YYYY-MM-DD");
  const to = dayjs(from).add(6, "day").format("YYYY-MM-DD");
  const [entryForm] = Form.useForm<{ kind: string; surrenderReason?: string; content: string }>();
  const [weekForm] = Form.useForm<{ summary: string; focusIssues?: string }>();
  const kind = Form.useWatch("kind", entryForm);
  const entries = useApi((signal) => api.get<InfoEntryList>(INFORMATION_API.entries, { from, to }, { signal }), [from, to], { enabled: can("information.collect") });
  const weeks = useApi((signal) => api.get<ConsolidationList>(INFORMATION_API.consolidations, {}, { signal }), []);
  const fail = (e: unknown) => void message.error(errorText(e, t));

  const record = async (v: { kind: string; surrenderReason?: string; content: string }) => {
    try {
      await api.post(INFORMATION_API.entries, { kind: v.kind, content: v.content, ...(v.kind === "surrender" && v.surrenderReason ? { surrenderReason: v.surrenderReason } : {}) });
      void message.success(t("information.flow.recorded"));
      entryForm.resetFields();
      void entries.reload();
    } catch (e) {
      fail(e);
    }
  };
  const consolidate = async (v: { summary: string; focusIssues?: string }) => {
    try {
      const focusIssues = (v.focusIssues ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
      await api.post(INFORMATION_API.consolidations, { orgUnitId: me?.user.orgUnitId, date: from, summary: v.summary, focusIssues });
      weekForm.resetFields();
      void entries.reload();
      void weeks.reload();
    } catch (e) {
      fail(e);
    }
  };
  const advance = async (w: ConsolidationView, action: "validate" | "forward") => {
    try {
      await api.post(INFORMATION_API.advance(w.id, action), {});
      void weeks.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <PageContainer title={t("information.flow.title")} subtitle={t("information.flow.subtitle")}>
      <Row gutter={[16, 16]}>
        {can("information.collect") && (
          <Col xs={24} lg={10}>
            <Card size="small" title={t("information.flow.record")}>
              <Form form={entryForm} layout="vertical" onFinish={(v) => void record(v)}>
                <Form.Item name="kind" label={t("information.flow.kind")} rules={[{ required: true }]}>
                  <Select options={KINDS.map((k) => ({ value: k, label: t(`information.infoKind.${k}`) }))} />
                </Form.Item>
                {kind === "surrender" && (
                  <Form.Item name="surrenderReason" label={t("information.flow.reason")} rules={[{ required: true }]}>
                    <Select options={REASONS.map((r) => ({ value: r, label: t(`information.surrenderReason.${r}`) }))} />
                  </Form.Item>
                )}
                <Form.Item name="content" label={t("information.flow.content")} rules={[{ required: true, whitespace: true }]}>
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t("information.flow.save")}
                </Button>
              </Form>
            </Card>
            {can("information.consolidate") && (
              <Card size="small" title={t("information.flow.consolidate", { from, to })} style={{ marginTop: 16 }}>
                <Form form={weekForm} layout="vertical" onFinish={(v) => void consolidate(v)}>
                  <Form.Item name="summary" label={t("information.flow.summary")} rules={[{ required: true, whitespace: true }]}>
                    <Input.TextArea rows={3} maxLength={4000} />
                  </Form.Item>
                  <Form.Item name="focusIssues" label={t("information.flow.focusIssues")}>
                    <Input.TextArea rows={3} placeholder={t("information.flow.focusHint")} />
                  </Form.Item>
                  <Button htmlType="submit">{t("information.flow.consolidateButton")}</Button>
                </Form>
              </Card>
            )}
          </Col>
        )}
        <Col xs={24} lg={can("information.collect") ? 14 : 24}>
          {can("information.collect") && (
            <Card size="small" title={t("information.flow.entries")} extra={<DatePicker picker="week" value={week} allowClear={false} aria-label={t("information.flow.week")} onChange={(d) => d && setWeek(d)} />} styles={{ body: { padding: 0 } }}>
              <Table
                size="small"
                rowKey="id"
                loading={entries.loading}
                dataSource={entries.data?.items ?? []}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: t("information.flow.date"), dataIndex: "businessDate" },
                  { title: t("information.flow.kind"), dataIndex: "kind", render: (k: string, e) => `${t(`information.infoKind.${k}`)}${e.surrenderReason ? `（${t(`information.surrenderReason.${e.surrenderReason}`)}）` : ""}` },
                  { title: t("information.flow.content"), dataIndex: "content" },
                  { title: t("information.flow.by"), dataIndex: "recordedByName" },
                  { title: "", dataIndex: "consolidated", render: (c: boolean) => (c ? <Tag>{t("information.flow.inWeek")}</Tag> : null) },
                ]}
              />
            </Card>
          )}
          <Card size="small" title={t("information.flow.weeks")} style={{ marginTop: can("information.collect") ? 16 : 0 }} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="id"
              loading={weeks.loading}
              dataSource={weeks.data?.items ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              expandable={{ expandedRowRender: (w: ConsolidationView) => (<><Typography.Paragraph>{w.summary}</Typography.Paragraph>{w.focusIssues.length > 0 && <ul>{w.focusIssues.map((f) => <li key={f}>{f}</li>)}</ul>}</>) }}
              columns={[
                { title: t("information.records.unit"), dataIndex: "unitName" },
                { title: t("information.flow.week"), key: "w", render: (_: unknown, w: ConsolidationView) => `${w.weekFrom} — ${w.weekTo}` },
                { title: t("information.flow.count"), dataIndex: "entryCount", align: "right" },
                { title: t("information.flow.state"), dataIndex: "state", render: (s: ConsolidationView["state"]) => <Tag color={STATE_COLOR[s]}>{t(`information.flowState.${s}`)}</Tag> },
                {
                  title: "",
                  key: "a",
                  render: (_: unknown, w: ConsolidationView) =>
                    can("information.validate") && w.state !== "forwarded" ? (
                      <Button size="small" onClick={() => void advance(w, w.state === "consolidated" ? "validate" : "forward")}>
                        {t(w.state === "consolidated" ? "information.flow.validate" : "information.flow.forward")}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
