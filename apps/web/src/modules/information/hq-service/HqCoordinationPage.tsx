/**
 * I-06 the HQ coordination point (seed 004 第七条, 第九条, 第十一条): a branch files a request or an
 * enquiry; the coordination point splits it into departmental tasks with the time-limit table's
 * limits and named owners, follows the task board and answers the branch; periodic quality checks
 * with published results.
 */
import { Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Table, Tag, Typography, message } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { type HqDepartmentList, type HqQualityCheckList, type HqQualityCheckView, type HqRequestList, type HqRequestView, HQ_API, STATE_COLOR, type UserList } from "./api";
import { TaskBoard } from "./TaskBoard";

export default function HqCoordinationPage() {
  const t = useT();
  const { me, can } = useAuth();
  const coordinate = can("information.hq.coordinate");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [fileForm] = Form.useForm<{ kind: "request" | "enquiry"; subject: string; content: string }>();
  const [splitForm] = Form.useForm<{ tasks: Array<{ departmentCode?: string; ownerId?: string }> }>();
  const [answerForm] = Form.useForm<{ answer: string }>();
  const [qualityForm] = Form.useForm<{ period: [Dayjs, Dayjs]; conclusion: string }>();
  const requests = useApi((signal) => api.get<HqRequestList>(HQ_API.requests, {}, { signal }), []);
  const departments = useApi((signal) => api.get<HqDepartmentList>(HQ_API.departments, {}, { signal }), []);
  const staff = useApi((signal) => api.get<UserList>(HQ_API.users, { orgUnitId: me?.user.orgUnitId }, { signal }), [me?.user.orgUnitId], { enabled: coordinate && !!me });
  const checks = useApi((signal) => api.get<HqQualityCheckList>(HQ_API.qualityChecks, {}, { signal }), []);
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const selected = requests.data?.items.find((r) => r.id === selectedId) ?? null;

  const run = async (f: () => Promise<unknown>, ok: string, after?: () => void) => {
    try {
      await f();
      void message.success(ok);
      after?.();
      void requests.reload();
    } catch (e) {
      fail(e);
    }
  };

  const file = (v: { kind: "request" | "enquiry"; subject: string; content: string }) =>
    run(async () => {
      const r = await api.post<HqRequestView>(HQ_API.requests, v);
      setSelectedId(r.id);
      return r;
    }, t("hqService.submit"), () => fileForm.resetFields());
  const split = (v: { tasks: Array<{ departmentCode?: string; ownerId?: string }> }) =>
    run(() => api.post(HQ_API.split(selected!.id), { tasks: v.tasks.filter((x) => x.departmentCode && x.ownerId) }), t("hqService.splitDone"), () => splitForm.resetFields());
  const answer = (v: { answer: string }) => run(() => api.post(HQ_API.answer(selected!.id), v), t("hqService.answered"), () => answerForm.resetFields());
  const runCheck = async (v: { period: [Dayjs, Dayjs]; conclusion: string }) => {
    try {
      await api.post(HQ_API.qualityChecks, { from: v.period[0].format("YYYY-MM-DD"), to: v.period[1].format("YYYY-MM-DD"), conclusion: v.conclusion });
      qualityForm.resetFields();
      void checks.reload();
    } catch (e) {
      fail(e);
    }
  };
  const publish = async (c: HqQualityCheckView) => {
    try {
      await api.post(HQ_API.publish(c.id), {});
      void checks.reload();
    } catch (e) {
      fail(e);
    }
  };

  const deptOptions = (departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));
  const ownerOptions = (staff.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }));
  const allAnswered = !!selected && selected.tasks.length > 0 && selected.tasks.every((x) => x.status === "answered" || x.status === "answeredLate");

  return (
    <PageContainer title={t("hqService.title")} subtitle={t("hqService.subtitle")}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          {can("information.hq.request") && (
            <Card size="small" title={t("hqService.file")} style={{ marginBottom: 16 }}>
              <Form form={fileForm} layout="vertical" initialValues={{ kind: "request" }} onFinish={(v) => void file(v)}>
                <Form.Item name="kind" label={t("hqService.kind")} rules={[{ required: true }]}>
                  <Select aria-label={t("hqService.kind")} options={(["request", "enquiry"] as const).map((k) => ({ value: k, label: t(`hqService.kindValue.${k}`) }))} />
                </Form.Item>
                <Form.Item name="subject" label={t("hqService.subject")} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={200} data-testid="hq-file-subject" />
                </Form.Item>
                <Form.Item name="content" label={t("hqService.content")} rules={[{ required: true, whitespace: true }]}>
                  <Input.TextArea rows={3} maxLength={4000} data-testid="hq-file-content" />
                </Form.Item>
                <Button type="primary" htmlType="submit" data-testid="hq-file-submit">
                  {t("hqService.submit")}
                </Button>
              </Form>
            </Card>
          )}
          <Card size="small" title={t("hqService.limits")} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={departments.data?.items ?? []}
              columns={[
                { title: t("hqService.department"), dataIndex: "name" },
                { title: t("hqService.taskDays"), dataIndex: "taskDays", align: "right" },
                { title: t("hqService.enquiryDays"), dataIndex: "enquiryDays", align: "right" },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t("hqService.requests")} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="id"
              data-testid="hq-requests"
              loading={requests.loading}
              dataSource={requests.data?.items ?? []}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              rowClassName={(r) => (r.id === selectedId ? "ant-table-row-selected" : "")}
              columns={[
                { title: t("hqService.subject"), dataIndex: "subject" },
                { title: t("hqService.kind"), dataIndex: "kind", render: (k: HqRequestView["kind"]) => t(`hqService.kindValue.${k}`) },
                { title: t("hqService.fromUnit"), dataIndex: "fromUnitName" },
                { title: t("hqService.dueDate"), dataIndex: "dueDate", render: (d: string, r: HqRequestView) => (<Space>{d}{r.overdue && <Tag color="red">{t("hqService.overdue")}</Tag>}</Space>) },
                { title: t("hqService.state"), dataIndex: "state", render: (s: HqRequestView["state"]) => <Tag color={STATE_COLOR[s]} data-testid="hq-request-state" data-state={s}>{t(`hqService.stateValue.${s}`)}</Tag> },
                { title: "", key: "o", render: (_: unknown, r: HqRequestView) => <Button size="small" data-testid="hq-open-request" onClick={() => setSelectedId(r.id)}>{t("hqService.open")}</Button> },
              ]}
            />
          </Card>
          <Card size="small" title={selected ? selected.subject : t("hqService.noRequest")} style={{ marginTop: 16 }} data-testid="hq-request-detail">
            {selected && (
              <>
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label={t("hqService.fromUnit")}>{selected.fromUnitName}</Descriptions.Item>
                  <Descriptions.Item label={t("hqService.createdBy")}>{selected.createdByName}</Descriptions.Item>
                  <Descriptions.Item label={t("hqService.receivedOn")}>{selected.receivedOn}</Descriptions.Item>
                  <Descriptions.Item label={t("hqService.dueDate")}>{selected.dueDate}</Descriptions.Item>
                  <Descriptions.Item label={t("hqService.content")} span={2}>{selected.content}</Descriptions.Item>
                  {selected.answer && <Descriptions.Item label={t("hqService.answerText")} span={2}>{selected.answer}</Descriptions.Item>}
                </Descriptions>
                {coordinate && selected.state === "received" && (
                  <Card size="small" type="inner" title={t("hqService.split")} extra={<Typography.Text type="secondary">{t("hqService.splitHint")}</Typography.Text>} style={{ marginBottom: 12 }}>
                    <Form form={splitForm} initialValues={{ tasks: [{}] }} onFinish={(v) => void split(v)}>
                      <Form.List name="tasks">
                        {(fields, { add, remove }) => (
                          <>
                            {fields.map((f) => (
                              <Space key={f.key} align="baseline" wrap>
                                <Form.Item name={[f.name, "departmentCode"]} rules={[{ required: true }]}>
                                  <Select style={{ width: 160 }} aria-label={t("hqService.department")} placeholder={t("hqService.department")} options={deptOptions} data-testid={`hq-split-dept-${f.name}`} />
                                </Form.Item>
                                <Form.Item name={[f.name, "ownerId"]} rules={[{ required: true }]}>
                                  <Select style={{ width: 180 }} aria-label={t("hqService.owner")} placeholder={t("hqService.owner")} options={ownerOptions} showSearch optionFilterProp="label" data-testid={`hq-split-owner-${f.name}`} />
                                </Form.Item>
                                {fields.length > 1 && <Button size="small" onClick={() => remove(f.name)}>{t("hqService.removeTask")}</Button>}
                              </Space>
                            ))}
                            <Space>
                              <Button data-testid="hq-split-add" onClick={() => add({})}>{t("hqService.addTask")}</Button>
                              <Button type="primary" htmlType="submit" data-testid="hq-split-submit">{t("hqService.splitButton")}</Button>
                            </Space>
                          </>
                        )}
                      </Form.List>
                    </Form>
                  </Card>
                )}
                <Typography.Title level={5}>{t("hqService.board")}</Typography.Title>
                <TaskBoard tasks={selected.tasks} />
                {coordinate && selected.state === "split" && allAnswered && (
                  <Form form={answerForm} layout="vertical" style={{ marginTop: 12 }} onFinish={(v) => void answer(v)}>
                    <Form.Item name="answer" label={t("hqService.answer")} rules={[{ required: true, whitespace: true }]}>
                      <Input.TextArea rows={3} maxLength={4000} data-testid="hq-answer-text" />
                    </Form.Item>
                    <Button type="primary" htmlType="submit" data-testid="hq-answer-submit">{t("hqService.answerButton")}</Button>
                  </Form>
                )}
              </>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t("hqService.quality")} extra={<Typography.Text type="secondary">{t("hqService.qualityHint")}</Typography.Text>}>
            {coordinate && (
              <Form form={qualityForm} layout="inline" onFinish={(v) => void runCheck(v)} style={{ marginBottom: 12 }}>
                <Form.Item name="period" label={t("hqService.period")} rules={[{ required: true }]}>
                  <DatePicker.RangePicker />
                </Form.Item>
                <Form.Item name="conclusion" label={t("hqService.conclusion")} rules={[{ required: true, whitespace: true }]}>
                  <Input style={{ width: 320 }} maxLength={4000} />
                </Form.Item>
                <Button htmlType="submit">{t("hqService.check")}</Button>
              </Form>
            )}
            <Table
              size="small"
              rowKey="id"
              dataSource={checks.data?.items ?? []}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              expandable={{
                expandedRowRender: (c: HqQualityCheckView) => (
                  <Table
                    size="small"
                    rowKey="departmentCode"
                    pagination={false}
                    dataSource={c.figures}
                    columns={[
                      { title: t("hqService.department"), dataIndex: "departmentName" },
                      { title: t("hqService.tasks"), dataIndex: "tasks", align: "right" },
                      { title: t("hqService.onTime"), dataIndex: "answeredOnTime", align: "right" },
                      { title: t("hqService.late"), dataIndex: "answeredLate", align: "right" },
                      { title: t("hqService.overdueOpen"), dataIndex: "overdue", align: "right" },
                      { title: t("hqService.openCount"), dataIndex: "open", align: "right" },
                      { title: t("hqService.onTimeRate"), dataIndex: "onTimeRate", align: "right", render: (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`) },
                    ]}
                  />
                ),
              }}
              columns={[
                { title: t("hqService.period"), key: "p", render: (_: unknown, c: HqQualityCheckView) => `${c.from} — ${c.to}` },
                { title: t("hqService.conclusion"), dataIndex: "conclusion" },
                { title: t("hqService.state"), dataIndex: "state", render: (s: HqQualityCheckView["state"]) => <Tag color={s === "published" ? "green" : "default"}>{t(`hqService.${s}`)}</Tag> },
                { title: "", key: "a", render: (_: unknown, c: HqQualityCheckView) => (coordinate && c.state === "draft" ? <Button size="small" onClick={() => void publish(c)}>{t("hqService.publish")}</Button> : null) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
