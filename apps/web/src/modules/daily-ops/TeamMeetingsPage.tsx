/**
 * Weekly team meeting 班组例会 (D-12): the shift lead's meeting with performance analysis and drills
 * (岗位练兵); weeks without one are shown.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import type { RecordTeamMeetingRequest, TeamMeeting, TeamMeetingList } from "./relief-types";
import { IfCan, PageFrame, useCounter, useRunner, useStaff, userOptions } from "./shared";

interface FormValues {
  heldOn: Dayjs;
  attendeeIds: string[];
  performance: string;
  drills?: Array<{ title: string; result?: string }>;
  topics?: string;
}

export default function TeamMeetingsPage() {
  const t = useT();
  const counter = useCounter();
  const staff = useStaff(counter.counterId);
  const run = useRunner();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState(false);
  const list = useApi((signal) => api.get<TeamMeetingList>("/daily-ops/team-meetings", { counterId: counter.counterId }, { signal }), [counter.counterId], { enabled: !!counter.counterId });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: RecordTeamMeetingRequest = {
      counterId: counter.counterId!,
      heldOn: v.heldOn.format("YYYY-MM-DD"),
      attendeeIds: v.attendeeIds ?? [],
      performance: v.performance.trim(),
      drills: (v.drills ?? []).filter((d) => d?.title?.trim()).map((d) => ({ title: d.title.trim(), ...(d.result?.trim() ? { result: d.result.trim() } : {}) })),
      ...(v.topics?.trim() ? { topics: v.topics.trim() } : {}),
    };
    const res = await run(() => api.post<TeamMeeting>("/daily-ops/team-meetings", body));
    if (res) {
      setOpen(false);
      form.resetFields();
      void list.reload();
    }
  };
  const missing = list.data?.weeksWithout ?? [];

  return (
    <PageFrame
      title={t("relief.teamTitle")}
      subtitle={t("relief.teamPurpose")}
      rule="D-12"
      counter={counter}
      testId="team-meetings-page"
      extra={
        <IfCan action="dailyops.teamMeeting">
          <Button
            type="primary"
            size="large"
            icon={<PlusOutlined />}
            onClick={() => {
              form.setFieldsValue({ heldOn: dayjs(), attendeeIds: staff.users.map((u) => u.id), drills: [] });
              setOpen(true);
            }}
            data-testid="new-team-meeting"
          >
            {t("relief.teamNew")}
          </Button>
        </IfCan>
      }
    >
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="team-weeks-without"
          message={t("relief.weeksWithout")}
          description={missing.map((w) => t("relief.weekOf", { date: w })).join("、")}
        />
      )}
      <Card>
        <Table<TeamMeeting>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 820 }}
          columns={[
            { title: t("relief.heldOn"), dataIndex: "heldOn", width: 110 },
            { title: t("relief.host"), dataIndex: "hostName", width: 110 },
            { title: t("relief.attendees"), width: 200, render: (_, m) => m.attendees.map((a) => a.displayName ?? "—").join("、") },
            { title: t("relief.performance"), dataIndex: "performance", ellipsis: true },
            {
              title: t("relief.drills"),
              width: 220,
              render: (_, m) =>
                m.drills.length === 0
                  ? "—"
                  : m.drills.map((d, i) => (
                      <div key={i}>
                        {d.title}
                        {d.result ? `：${d.result}` : ""}
                      </div>
                    )),
            },
          ]}
        />
      </Card>
      <Modal open={open} width={760} title={t("relief.teamNew")} onCancel={() => setOpen(false)} onOk={() => void submit()} okText={t("dops.common.submit")} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="heldOn" label={t("relief.heldOn")} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
          <Form.Item name="attendeeIds" label={t("relief.attendees")}>
            <Select mode="multiple" options={userOptions(staff.users)} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="performance" label={t("relief.performance")} rules={[{ required: true, whitespace: true }]} extra={t("relief.performanceHint")}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t("relief.drills")}>
            <Form.List name="drills">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {fields.map((f) => (
                    <Space key={f.key} wrap>
                      <Form.Item name={[f.name, "title"]} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t("relief.drillTitle")} style={{ width: 260 }} maxLength={200} />
                      </Form.Item>
                      <Form.Item name={[f.name, "result"]} noStyle>
                        <Input placeholder={t("relief.drillResult")} style={{ width: 300 }} maxLength={1000} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: "" })}>
                    {t("relief.add")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="topics" label={t("relief.topics")}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </PageFrame>
  );
}
