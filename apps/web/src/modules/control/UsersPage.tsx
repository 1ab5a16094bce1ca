/** K-06, K-07, ORG-01 users in the caller's scope: create, roles, activation, password reset, unlock. */
import { DownOutlined, KeyOutlined, LogoutOutlined, PlusOutlined, ReloadOutlined, UnlockOutlined, UserOutlined } from "@ant-design/icons";
import { App, Button, Card, Checkbox, Col, Dropdown, Flex, Form, Input, Modal, Row, Select, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { type CreateUserRequest, ROLES, type Role, type UpdateUserRequest, type User, type UserList } from "../../api/types";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState, ErrorResult } from "../../components/States";
import { KindTag, RoleTags } from "../../components/Tags";
import { useT } from "../../i18n";
import { generateTemporaryPassword } from "../../lib/password";

const isLocked = (u: User) => !!u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now();

export default function UsersPage() {
  const t = useT();
  const { can, me } = useAuth();
  const { message, modal } = App.useApp();
  const { byId } = useOrgUnits();
  const writable = can("user.write");
  const [unitFilter, setUnitFilter] = useState<string | undefined>();
  const [includeSub, setIncludeSub] = useState(true);
  const [search, setSearch] = useState("");
  const users = useApi(
    (signal) => api.get<UserList>("/users", { orgUnitId: includeSub ? undefined : unitFilter }, { signal }),
    [includeSub, unitFilter],
  );
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [busy, setBusy] = useState(false);
  const [createForm] = Form.useForm<CreateUserRequest>();
  const [editForm] = Form.useForm<Required<UpdateUserRequest>>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();

  const roleOptions = ROLES.map((r: Role) => ({ value: r, label: t(`roles.${r}`) }));

  const rows = useMemo(() => {
    let list = users.data?.items ?? [];
    if (unitFilter && includeSub) {
      const path = byId.get(unitFilter)?.path;
      if (path) list = list.filter((u) => byId.get(u.orgUnitId)?.path.startsWith(path));
    }
    const q = search.trim().toLowerCase();
    if (q) list = list.filter((u) => u.username.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q));
    return list;
  }, [users.data, unitFilter, includeSub, search, byId]);

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await users.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const submitCreate = async () => {
    const v = await createForm.validateFields();
    setBusy(true);
    try {
      const body: CreateUserRequest = { ...v, username: v.username.trim(), displayName: v.displayName.trim() };
      const u = await api.post<User>("/users", body);
      message.success(t("users.createdOk", { name: u.displayName }));
      setCreating(false);
      await users.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const submitEdit = async () => {
    if (!editing) return;
    const v = await editForm.validateFields();
    setBusy(true);
    try {
      const body: UpdateUserRequest = {
        displayName: v.displayName.trim(),
        ...(sameRoles(v.roles, editing.roles) ? {} : { roles: v.roles }),
        ...(v.active !== editing.active ? { active: v.active } : {}),
      };
      await api.patch<User>(`/users/${editing.id}`, body);
      message.success(t("users.updatedOk"));
      setEditing(null);
      await users.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const submitReset = async () => {
    if (!resetting) return;
    const v = await resetForm.validateFields();
    setBusy(true);
    try {
      await api.post(`/users/${resetting.id}/reset-password`, { newPassword: v.newPassword });
      message.success(t("users.resetDone"));
      setResetting(null);
      await users.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<User> = [
    {
      title: t("users.username"),
      dataIndex: "username",
      width: 150,
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: "nowrap" }}>
          {v}
        </Typography.Text>
      ),
      sorter: (a, b) => a.username.localeCompare(b.username),
    },
    { title: t("users.displayName"), dataIndex: "displayName", width: 140, ellipsis: true },
    {
      title: t("users.unit"),
      dataIndex: "orgUnitId",
      width: 200,
      render: (id: string) => {
        const u = byId.get(id);
        return u ? (
          <Flex gap={4} align="center" wrap={false}>
            <Typography.Text ellipsis style={{ maxWidth: 150 }}>
              {u.name}
            </Typography.Text>
            <KindTag kind={u.kind} />
          </Flex>
        ) : (
          // Never a raw unit id on screen (issue 10 item 2); the id stays in the hover hint.
          <Typography.Text type="secondary" title={id}>
            —
          </Typography.Text>
        );
      },
    },
    { title: t("users.roles"), dataIndex: "roles", width: 170, render: (r: string[]) => <RoleTags roles={r} /> },
    {
      title: t("users.status"),
      key: "status",
      width: 130,
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.active ? <Tag color="green">{t("users.statusActive")}</Tag> : <Tag>{t("users.statusInactive")}</Tag>}
          {isLocked(u) && (
            <Tooltip title={t("users.lockedUntil", { time: dayjs(u.lockedUntil).format("MM-DD HH:mm") })}>
              <Tag color="red">{t("users.statusLocked")}</Tag>
            </Tooltip>
          )}
          {u.mustChangePassword && <Tag color="orange">{t("users.statusMustChange")}</Tag>}
        </Flex>
      ),
    },
    {
      title: t("users.createdAt"),
      dataIndex: "createdAt",
      width: 140,
      responsive: ["xl"],
      render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm"),
    },
  ];
  if (writable) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 130,
      fixed: "right",
      render: (_, u) => (
        <Space size={4}>
          <Button
            type="link"
            size="small"
            onClick={() => {
              editForm.setFieldsValue({ displayName: u.displayName, roles: u.roles as Role[], active: u.active });
              setEditing(u);
            }}
            data-testid={`user-edit-${u.username}`}
          >
            {t("common.edit")}
          </Button>
          <Dropdown
            trigger={["click"]}
            menu={{
              items: [
                { key: "reset", icon: <KeyOutlined />, label: t("users.resetPassword") },
                { key: "unlock", icon: <UnlockOutlined />, label: t("users.unlock"), disabled: !isLocked(u) },
                { key: "revoke", icon: <LogoutOutlined />, label: t("users.revokeSessions"), danger: true, disabled: u.id === me?.user.id },
              ],
              onClick: ({ key }) => {
                if (key === "reset") {
                  resetForm.setFieldsValue({ newPassword: generateTemporaryPassword() });
                  setResetting(u);
                } else if (key === "unlock") {
                  void act(() => api.post(`/users/${u.id}/unlock`), t("users.unlocked"));
                } else if (key === "revoke") {
                  modal.confirm({
                    title: t("users.revokeSessions"),
                    content: t("users.revokeSessionsConfirm", { name: u.displayName }),
                    okButtonProps: { danger: true },
                    onOk: () => act(() => api.post(`/users/${u.id}/revoke-sessions`), t("users.revoked")),
                  });
                }
              },
            }}
          >
            <Button type="link" size="small">
              {t("common.more")} <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
        </Space>
      ),
    });
  }

  return (
    <PageContainer
      title={t("users.title")}
      subtitle={t("users.subtitle")} rules="K-06 · K-07 · ORG-01"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => users.reload()}>
            {t("common.refresh")}
          </Button>
          {writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="user-create"
              onClick={() => {
                createForm.resetFields();
                createForm.setFieldsValue({ password: generateTemporaryPassword(), orgUnitId: unitFilter ?? me?.user.orgUnitId, roles: [] });
                setCreating(true);
              }}
            >
              {t("users.create")}
            </Button>
          )}
        </>
      }
    >
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 14 }}>
          <OrgUnitTreeSelect value={unitFilter} onChange={setUnitFilter} allowClear placeholder={t("users.filterUnit")} aria-label={t("users.filterUnit")} style={{ width: 260 }} />
          <Checkbox checked={includeSub} onChange={(e) => setIncludeSub(e.target.checked)}>
            {t("users.includeSub")}
          </Checkbox>
          <Input.Search
            allowClear
            placeholder={t("users.searchPlaceholder")}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
            prefix={<UserOutlined style={{ color: "#c0c6d0" }} />}
          />
          <Typography.Text type="secondary" style={{ marginLeft: "auto" }}>
            {t("users.total", { count: rows.length })}
          </Typography.Text>
        </Flex>
        {users.error && !users.data ? (
          <ErrorResult error={users.error} onRetry={users.reload} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            loading={users.loading}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 960 }}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: <EmptyState description={t("users.empty")} /> }}
            data-testid="users-table"
          />
        )}
      </Card>

      <Modal
        open={creating}
        title={t("users.create")}
        onCancel={() => setCreating(false)}
        onOk={submitCreate}
        confirmLoading={busy}
        okText={t("common.create")}
        okButtonProps={{ "data-testid": "user-create-submit" }}
        width={640}
        destroyOnHidden
      >
        <Form form={createForm} layout="vertical" style={{ marginTop: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="username"
                label={t("users.username")}
                extra={t("users.usernameHint")}
                rules={[{ required: true, min: 3, max: 64 }, { pattern: /^[A-Za-z0-9_.-]+$/, message: t("users.usernameHint") }]}
              >
                <Input autoComplete="off" data-testid="user-create-username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="displayName" label={t("users.displayName")} rules={[{ required: true, whitespace: true, max: 100 }]}>
                <Input data-testid="user-create-displayname" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="orgUnitId" label={t("users.unit")} rules={[{ required: true }]}>
            <OrgUnitTreeSelect />
          </Form.Item>
          <Form.Item name="roles" label={t("users.roles")} extra={t("users.rolesHint")} rules={[{ required: true, type: "array", min: 1 }]}>
            <Select mode="multiple" options={roleOptions} optionFilterProp="label" data-testid="user-create-roles" />
          </Form.Item>
          <Form.Item label={t("users.tempPassword")} extra={t("users.tempPasswordHint")} required>
            <Flex gap={8}>
              <Form.Item name="password" noStyle rules={[{ required: true, min: 10 }]}>
                <Input autoComplete="new-password" data-testid="user-create-password" style={{ fontFamily: "monospace" }} />
              </Form.Item>
              <Button onClick={() => createForm.setFieldsValue({ password: generateTemporaryPassword() })}>{t("common.generate")}</Button>
            </Flex>
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!editing}
        title={editing ? `${t("users.edit")} · ${editing.username}` : ""}
        onCancel={() => setEditing(null)}
        onOk={submitEdit}
        confirmLoading={busy}
        okText={t("common.save")}
        destroyOnHidden
      >
        <Form form={editForm} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="displayName" label={t("users.displayName")} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="roles" label={t("users.roles")} extra={t("users.rolesHint")} rules={[{ required: true, type: "array", min: 1 }]}>
            <Select mode="multiple" options={roleOptions} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="active" label={t("users.active")} valuePropName="checked">
            <Switch disabled={editing?.id === me?.user.id} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!resetting}
        title={resetting ? t("users.resetPasswordTitle", { name: resetting.displayName }) : ""}
        onCancel={() => setResetting(null)}
        onOk={submitReset}
        confirmLoading={busy}
        okText={t("users.resetPassword")}
        destroyOnHidden
      >
        <Form form={resetForm} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item label={t("users.tempPassword")} extra={t("users.tempPasswordHint")} required>
            <Flex gap={8}>
              <Form.Item name="newPassword" noStyle rules={[{ required: true, min: 10 }]}>
                <Input autoComplete="new-password" style={{ fontFamily: "monospace" }} />
              </Form.Item>
              <Button onClick={() => resetForm.setFieldsValue({ newPassword: generateTemporaryPassword() })}>{t("common.generate")}</Button>
            </Flex>
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(",") === [...b].sort().join(",");
}
