/** I-06 the task board of a request: department, owner, delegate, limit, due date, status, answer, responsibility. */
import { Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../../i18n";
import { type HqTaskView, TASK_COLOR } from "./api";

export function TaskBoard({ tasks, actions }: { tasks: HqTaskView[]; actions?: (t: HqTaskView) => ReactNode }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="id"
      data-testid="hq-task-board"
      dataSource={tasks}
      pagination={false}
      locale={{ emptyText: t("hqService.noTasks") }}
      columns={[
        { title: t("hqService.department"), dataIndex: "departmentName" },
        { title: t("hqService.owner"), dataIndex: "ownerName" },
        { title: t("hqService.delegate"), dataIndex: "delegateName", render: (n: string | null) => n ?? "" },
        { title: t("hqService.limitDays"), dataIndex: "limitDays", align: "right" },
        { title: t("hqService.dueDate"), dataIndex: "dueDate" },
        { title: t("hqService.state"), dataIndex: "status", render: (s: HqTaskView["status"]) => <Tag color={TASK_COLOR[s]} data-testid="hq-task-status" data-status={s}>{t(`hqService.taskStatus.${s}`)}</Tag> },
        { title: t("hqService.reply"), dataIndex: "reply", render: (r: string | null) => (r ? <Typography.Text>{r}</Typography.Text> : "") },
        {
          title: t("hqService.responsibility"),
          dataIndex: "responsibility",
          render: (r: HqTaskView["responsibility"]) =>
            r ? (
              <>
                <div>{t("hqService.primary", { name: r.primaryName })}</div>
                {r.secondaryName && <div>{t("hqService.secondary", { name: r.secondaryName })}</div>}
              </>
            ) : (
              ""
            ),
        },
        ...(actions ? [{ title: "", key: "a", render: (_: unknown, task: HqTaskView) => actions(task) }] : []),
      ]}
    />
  );
}
