/** Device accounts (kiosk, hall display, rating pad) bound to a counter; the token is shown once. */
import { DesktopOutlined, PlusOutlined, ReloadOutlined, StopOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { CreateDeviceRequest, Device, DeviceList } from "../../api/types";
import { OrgUnitTreeSelect, useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState, ErrorResult } from "../../components/States";
import { useT } from "../../i18n";

const KINDS = ["kiosk", "display", "ratingPad"] as const;
const KIND_COLORS: Record<string, string> = { kiosk: "blue", display: "purple", ratingPad: "cyan" };

export default function DevicesPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const { byId } = useOrgUnits();
  const devices = useApi((signal) => api.get<DeviceList>("/devices", undefined, { signal }), []);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState<Device | null>(null);
  const [form] = Form.useForm<CreateDeviceRequest>();

  const kindLabel = (k: string) => (t.has(`devices.kinds.${k}`) ? t(`devices.kinds.${k}`) : k);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const d = await api.post<Device>("/devices", { ...v, name: v.name.trim() });
      setCreating(false);
      setToken(d);
      await devices.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const revoke = (d: Device) =>
    modal.confirm({
      title: t("devices.revoke"),
      content: t("devices.revokeConfirm", { name: d.name }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await api.post(`/devices/${d.id}/revoke`);
          message.success(t("devices.revokedOk"));
          await devices.reload();
        } catch (e) {
          message.error(errorText(e, t));
        }
      },
    });

  const columns: ColumnsType<Device> = [
    {
      title: t("devices.name"),
      dataIndex: "name",
      render: (v: string) => (
        <span>
          <DesktopOutlined style={{ color: "#8a94a6", marginRight: 6 }} />
          {v}
        </span>
      ),
    },
    { title: t("devices.kind"), dataIndex: "kind", width: 130, render: (k: string) => <Tag color={KIND_COLORS[k]}>{kindLabel(k)}</Tag> },
    { title: t("devices.counter"), dataIndex: "orgUnitId", width: 200, render: (id: string) => byId.get(id)?.name ?? id },
    { title: t("common.createdAt"), dataIndex: "createdAt", width: 150, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
    {
      title: t("devices.status"),
      dataIndex: "revokedAt",
      width: 180,
      render: (v: string | null) =>
        v ? (
          <Tag>
            {t("devices.statusRevoked")} · {dayjs(v).format("MM-DD HH:mm")}
          </Tag>
        ) : (
          <Tag color="green">{t("devices.statusActive")}</Tag>
        ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 100,
      render: (_, d) =>
        !d.revokedAt && (
          <Button type="link" danger size="small" icon={<StopOutlined />} onClick={() => revoke(d)}>
            {t("devices.revoke")}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer
      title={t("devices.title")}
      subtitle={t("devices.subtitle")}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => devices.reload()}>
            {t("common.refresh")}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ kind: "kiosk" });
              setCreating(true);
            }}
            data-testid="device-create"
          >
            {t("devices.create")}
          </Button>
        </>
      }
    >
      <Card>
        {devices.error && !devices.data ? (
          <ErrorResult error={devices.error} onRetry={devices.reload} />
        ) : (
          <Table<Device>
            rowKey="id"
            loading={devices.loading}
            dataSource={devices.data?.items ?? []}
            columns={columns}
            scroll={{ x: 860 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <EmptyState description={t("devices.empty")} /> }}
          />
        )}
      </Card>

      <Modal
        open={creating}
        title={t("devices.create")}
        onCancel={() => setCreating(false)}
        onOk={submit}
        confirmLoading={busy}
        okText={t("common.create")}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="orgUnitId" label={t("devices.counter")} extra={t("devices.counterHint")} rules={[{ required: true }]}>
            <OrgUnitTreeSelect selectableKinds={["counter"]} />
          </Form.Item>
          <Form.Item name="kind" label={t("devices.kind")} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
          </Form.Item>
          <Form.Item name="name" label={t("devices.name")} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} placeholder={t("devices.namePlaceholder")} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!token}
        title={t("devices.tokenTitle")}
        onCancel={() => setToken(null)}
        footer={
          <Button type="primary" onClick={() => setToken(null)}>
            {t("common.close")}
          </Button>
        }
        maskClosable={false}
      >
        {token && (
          <>
            <Alert type="warning" showIcon title={t("devices.tokenText")} style={{ marginBottom: 14 }} />
            <Typography.Paragraph>
              <Typography.Text strong>{token.name}</Typography.Text> · {kindLabel(token.kind)} · {byId.get(token.orgUnitId)?.name}
            </Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: token.token ?? "" }} code style={{ wordBreak: "break-all", fontSize: 13 }} data-testid="device-token">
              {token.token}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("devices.tokenUsage")}
            </Typography.Text>
          </>
        )}
      </Modal>
    </PageContainer>
  );
}
