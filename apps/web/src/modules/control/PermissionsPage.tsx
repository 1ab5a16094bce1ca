/** K-07 the post-permission table (岗位权限设置表): roles × actions; every change has a reason. */
import { LockOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { PermissionTable, SetPermissionRequest } from "../../api/types";
import { useAuth } from "../../auth";
import { PageContainer } from "../../components/PageContainer";
import { ErrorResult } from "../../components/States";
import { useT } from "../../i18n";

interface Row {
  action: string;
  group: string;
  groupSpan: number;
}

interface Pending {
  role: string;
  action: string;
  granted: boolean;
}

/** Actions grouped by their prefix (`calendar.write` → calendar), groups in first-seen order. */
export function groupActions(actions: readonly string[]): Row[] {
  const groups = new Map<string, string[]>();
  for (const a of actions) {
    const g = a.includes(".") ? a.slice(0, a.indexOf(".")) : "other";
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  return [...groups.entries()].flatMap(([group, list]) => list.map((action, i) => ({ action, group, groupSpan: i === 0 ? list.length : 0 })));
}

export default function PermissionsPage() {
  const t = useT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const writable = can("permission.write");
  const table = useApi((signal) => api.get<PermissionTable>("/permissions", undefined, { signal }), []);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const grants = useMemo(() => new Set((table.data?.grants ?? []).map((g) => `${g.role}|${g.action}`)), [table.data]);
  const rows = useMemo(() => groupActions(table.data?.actions ?? []), [table.data]);
  const roles = table.data?.roles ?? [];

  const actionLabel = (a: string) => (t.has(`actions.${a}`) ? t(`actions.${a}`) : a);
  const roleLabel = (r: string) => (t.has(`roles.${r}`) ? t(`roles.${r}`) : r);
  const groupLabel = (g: string) =>
    t.has(`permissions.group.${g}`) ? t(`permissions.group.${g}`) : t.has(`menu.group.${g}`) ? t(`menu.group.${g}`) : g;

  const submit = async () => {
    if (!pending) return;
    const v = await form.validateFields();
    setBusy(true);
    try {
      const body: SetPermissionRequest = { role: pending.role as SetPermissionRequest["role"], action: pending.action, granted: pending.granted, reason: v.reason.trim() };
      const res = await api.put<{ changed: boolean }>("/permissions", body);
      message.success(res.changed ? t("permissions.changedOk") : t("permissions.unchanged"));
      setPending(null);
      await table.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<Row> = [
    {
      title: "",
      dataIndex: "group",
      width: 96,
      fixed: "left",
      onCell: (r) => ({ rowSpan: r.groupSpan, className: "ccms-matrix-groupcell" }),
      render: (g: string) => <Typography.Text strong>{groupLabel(g)}</Typography.Text>,
    },
    {
      title: t("permissions.action"),
      dataIndex: "action",
      width: 220,
      fixed: "left",
      // The action's words; its code only as a hover hint for administrators (issue 10 item 4).
      render: (a: string) => <span title={a}>{actionLabel(a)}</span>,
    },
    ...roles.map((role) => ({
      title: <span style={{ whiteSpace: "normal" }}>{roleLabel(role)}</span>,
      key: role,
      width: 92,
      align: "center" as const,
      render: (_: unknown, r: Row) => {
        const granted = grants.has(`${role}|${r.action}`);
        return (
          <Checkbox
            checked={granted}
            disabled={!writable}
            aria-label={`${roleLabel(role)}：${actionLabel(r.action)}`}
            data-testid={`perm-${role}-${r.action}`}
            onChange={() => {
              form.resetFields();
              setPending({ role, action: r.action, granted: !granted });
            }}
          />
        );
      },
    })),
  ];

  return (
    <PageContainer
      title={t("permissions.title")}
      subtitle={t("permissions.subtitle")} rules="K-07"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => table.reload()}>
          {t("common.refresh")}
        </Button>
      }
    >
      {!writable && <Alert type="info" showIcon icon={<LockOutlined />} title={t("permissions.readOnly")} style={{ marginBottom: 16 }} />}
      <Card styles={{ body: { padding: 0 } }}>
        {table.error && !table.data ? (
          <ErrorResult error={table.error} onRetry={table.reload} />
        ) : (
          <Table<Row>
            className="ccms-matrix"
            rowKey="action"
            size="small"
            bordered
            loading={table.loading}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 320 + roles.length * 92 }}
            sticky
            data-testid="permission-matrix"
          />
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 10, fontSize: 12 }}>
        {t("permissions.legend")}
      </Typography.Paragraph>

      <Modal
        open={!!pending}
        title={pending?.granted ? t("permissions.grantTitle") : t("permissions.revokeTitle")}
        onCancel={() => setPending(null)}
        onOk={submit}
        confirmLoading={busy}
        okText={t("common.confirm")}
        okButtonProps={{ danger: pending ? !pending.granted : false }}
        destroyOnHidden
      >
        {pending && (
          <Typography.Paragraph>
            {t(pending.granted ? "permissions.grantConfirm" : "permissions.revokeConfirm", {
              action: actionLabel(pending.action),
              role: roleLabel(pending.role),
            })}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t("permissions.reason")} rules={[{ required: true, whitespace: true, message: t("permissions.reasonRequired") }, { max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t("common.reasonPlaceholder")} data-testid="perm-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
