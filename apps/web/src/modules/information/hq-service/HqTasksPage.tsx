/** I-06 a department's task list: answer within the limit; delegate when away more than half a working day (第十条(二)). */
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Switch, Typography, message } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { type HqDepartmentList, type HqTaskList, type HqTaskView, HQ_API, type UserList } from "./api";
import { TaskBoard } from "./TaskBoard";

export default function HqTasksPage() {
  const t = useT();
  const { me } = useAuth();
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [mine, setMine] = useState(false);
  const [replying, setReplying] = useState<HqTaskView | null>(null);
  const [delegating, setDelegating] = useState<HqTaskView | null>(null);
  const [replyForm] = Form.useForm<{ reply: string }>();
  const [delegateForm] = Form.useForm<{ delegateId: string; range: [Dayjs, Dayjs] }>();
  const departments = useApi((signal) => api.get<HqDepartmentList>(HQ_API.departments, {}, { signal }), []);
  const tasks = useApi((signal) => api.get<HqTaskList>(HQ_API.tasks, { ...(department ? { departmentCode: department } : {}), ...(mine ? { mine: "1" } : {}) }, { signal }), [department, mine]);
  const staff = useApi((signal) => api.get<UserList>(HQ_API.users, { orgUnitId: me?.user.orgUnitId }, { signal }), [me?.user.orgUnitId], { enabled: !!me });
  const fail = (e: unknown) => void message.error(errorText(e, t));

  const reply = async (v: { reply: string }) => {
    try {
      await api.post(HQ_API.reply(replying!.id), v);
      void message.success(t("hqService.replied"));
      setReplying(null);
      replyForm.resetFields();
      void tasks.reload();
    } catch (e) {
      fail(e);
    }
  };
  const delegate = async (v: { delegateId: string; range: [Dayjs, Dayjs] }) => {
    try {
      await api.post(HQ_API.delegate(delegating!.id), { delegateId: v.delegateId, absentFrom: v.range[0].toISOString(), absentTo: v.range[1].toISOString() });
      void message.success(t("hqService.delegated"));
      setDelegating(null);
      delegateForm.resetFields();
      void tasks.reload();
    } catch (e) {
      fail(e);
    }
  };
  const open = (x: HqTaskView) => x.status === "open" || x.status === "overdue";

  return (
    <PageContainer title={t("hqService.tasksTitle")} subtitle={t("hqService.tasksSubtitle")}>
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={
          <Space>
            <Select allowClear style={{ width: 180 }} aria-label={t("hqService.department")} placeholder={t("hqService.allDepartments")} value={department} onChange={setDepartment} options={(departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))} />
            <Space>
              <Switch checked={mine} onChange={setMine} aria-label={t("hqService.mine")} />
              <Typography.Text>{t("hqService.mine")}</Typography.Text>
            </Space>
          </Space>
        }
      >
        <TaskBoard
          tasks={tasks.data?.items ?? []}
          actions={(x) =>
            open(x) ? (
              <Space>
                <Button size="small" type="primary" data-testid="hq-task-reply" onClick={() => setReplying(x)}>{t("hqService.replyButton")}</Button>
                {x.ownerId === me?.user.id && <Button size="small" onClick={() => setDelegating(x)}>{t("hqService.delegateButton")}</Button>}
              </Space>
            ) : null
          }
        />
      </Card>
      <Modal open={!!replying} title={replying ? `${replying.departmentName} · ${replying.requestSubject}` : ""} onCancel={() => setReplying(null)} onOk={() => replyForm.submit()} okText={t("hqService.replyButton")} destroyOnHidden>
        <Form form={replyForm} layout="vertical" onFinish={(v) => void reply(v)}>
          <Form.Item name="reply" label={t("hqService.reply")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="hq-reply-text" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!delegating} title={t("hqService.delegateButton")} onCancel={() => setDelegating(null)} onOk={() => delegateForm.submit()} okText={t("hqService.delegateButton")} destroyOnHidden>
        <Form form={delegateForm} layout="vertical" onFinish={(v) => void delegate(v)}>
          <Form.Item name="delegateId" label={t("hqService.delegate")} rules={[{ required: true }]}>
            <Select options={(staff.data?.items ?? []).filter((u) => u.active && u.id !== me?.user.id).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
          <Form.Item name="range" label={`${t("hqService.absentFrom")} — ${t("hqService.absentTo")}`} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
