/**
 * Device accounts (kiosk, hall display, rating pad) bound to a counter. Issue 10 item 9: a new device
 * shows a short pairing code that the manager enters here (the token is never typed); the list shows
 * 在线/离线 and the last time each device was seen. Issue 18: the staff PIN that opens the device's
 * own menu, the rating pad's window and the large-text mode are set here.
 */
import { DesktopOutlined, KeyOutlined, LinkOutlined, PlusOutlined, ReloadOutlined, SettingOutlined, StopOutlined } from "@ant-design/icons";
import type * as C from "@ccms/contracts";
import { Alert, App, Badge, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { CreateDeviceRequest, Device } from "../../api/types";
import { OrgUnitTreeSelect, useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState, ErrorResult } from "../../components/States";
import { useT } from "../../i18n";

type DeviceStatus = z.infer<typeof C.DeviceStatusResponse>;
type DeviceStatusList = z.infer<typeof C.DeviceStatusList>;
type ClaimRequest = z.infer<typeof C.ClaimPairingCodeRequest>;
type QueueWindow = z.infer<typeof C.WindowResponse>;

const KINDS = ["kiosk", "display", "ratingPad"] as const;
const KIND_COLORS: Record<string, string> = { kiosk: "blue", display: "purple", ratingPad: "cyan" };
const REFRESH_MS = 30_000;

/** Windows of a counter (for the rating pad's window), loaded when needed. */
function useWindows(counterId: string | undefined) {
  return useApi(
    async (signal) => (counterId ? (await api.get<{ items: QueueWindow[] }>(`/counters/${encodeURIComponent(counterId)}/windows`, undefined, { signal })).items : []),
    [counterId],
  );
}

function WindowSelect(props: { counterId: string | undefined; value?: string | null; onChange?: (v: string | null) => void; id?: string }) {
  const t = useT();
  const windows = useWindows(props.counterId);
  return (
    <Select
      id={props.id}
      allowClear
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange?.(v ?? null)}
      loading={windows.loading}
      placeholder={t("devices.noWindow")}
      options={(windows.data ?? []).filter((w) => w.active).map((w) => ({ value: w.id, label: t("queue.windowNo", { number: w.number }) }))}
      data-testid="pair-window"
    />
  );
}

export default function DevicesPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const { byId } = useOrgUnits();
  const devices = useApi((signal) => api.get<DeviceStatusList>("/devices", undefined, { signal }), []);
  const [creating, setCreating] = useState(false);
  const [pairing, setPairing] = useState(false);
  const [pinFor, setPinFor] = useState<DeviceStatus | null>(null);
  const [settingsFor, setSettingsFor] = useState<DeviceStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState<Device | null>(null);
  const [form] = Form.useForm<CreateDeviceRequest>();
  const [pairForm] = Form.useForm<ClaimRequest>();
  const [pinForm] = Form.useForm<{ pin: string }>();
  const [settingsForm] = Form.useForm<{ windowId: string | null; largeText: boolean }>();
  const pairCounter = Form.useWatch("orgUnitId", pairForm);
  const pairKind = Form.useWatch("kind", pairForm);

  const { reload } = devices;
  useEffect(() => {
    const id = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(id);
  }, [reload]);

  // Window numbers of the rating pads' counters.
  const padCounters = useMemo(
    () => [...new Set((devices.data?.items ?? []).filter((d) => d.windowId).map((d) => d.orgUnitId))].sort().join(","),
    [devices.data],
  );
  const windowNames = useApi(
    async (signal) => {
      const m = new Map<string, number>();
      for (const c of padCounters ? padCounters.split(",") : []) {
        try {
          const r = await api.get<{ items: QueueWindow[] }>(`/counters/${encodeURIComponent(c)}/windows`, undefined, { signal });
          for (const w of r.items) m.set(w.id, w.number);
        } catch {}
      }
      return m;
    },
    [padCounters],
  );

  const kindLabel = (k: string) => (t.has(`devices.kinds.${k}`) ? t(`devices.kinds.${k}`) : k);

  const submitCreate = async () => {
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

  const submitPair = async () => {
    const v = await pairForm.validateFields();
    setBusy(true);
    try {
      await api.post<DeviceStatus>("/devices/pairing-codes/claim", {
        code: v.code.trim(),
        orgUnitId: v.orgUnitId,
        kind: v.kind,
        name: v.name.trim(),
        ...(v.kind === "ratingPad" && v.windowId ? { windowId: v.windowId } : {}),
      });
      setPairing(false);
      message.success(t("devices.paired"));
      await devices.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const submitPin = async () => {
    if (!pinFor) return;
    const v = await pinForm.validateFields();
    setBusy(true);
    try {
      await api.post(`/devices/${encodeURIComponent(pinFor.id)}/pin`, { pin: v.pin });
      setPinFor(null);
      message.success(t("devices.pinSaved"));
      await devices.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const saveSettings = async (d: DeviceStatus, body: { largeText?: boolean; windowId?: string | null }) => {
    try {
      await api.patch(`/devices/${encodeURIComponent(d.id)}/settings`, body);
      message.success(t("devices.settingsSaved"));
      await devices.reload();
      return true;
    } catch (e) {
      message.error(errorText(e, t));
      return false;
    }
  };

  const revoke = (d: DeviceStatus) =>
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

  const columns: ColumnsType<DeviceStatus> = [
    {
      title: t("devices.name"),
      dataIndex: "name",
      render: (v: string) => (
        <span>
          <DesktopOutlined aria-hidden style={{ color: "#5b6577", marginRight: 6 }} />
          {v}
        </span>
      ),
    },
    { title: t("devices.kind"), dataIndex: "kind", width: 120, render: (k: string) => <Tag color={KIND_COLORS[k]}>{kindLabel(k)}</Tag> },
    { title: t("devices.counter"), dataIndex: "orgUnitId", width: 180, render: (id: string) => byId.get(id)?.name ?? "—" },
    {
      title: t("devices.window"),
      dataIndex: "windowId",
      width: 100,
      render: (id: string | null, d) => (d.kind !== "ratingPad" ? "—" : id ? (windowNames.data?.get(id) !== undefined ? t("queue.windowNo", { number: windowNames.data.get(id)! }) : "…") : t("devices.noWindow")),
    },
    {
      title: (
        <Tooltip title={t("devices.onlineHint", { seconds: devices.data?.onlineSeconds ?? 180 })}>
          <span>{t("devices.status")}</span>
        </Tooltip>
      ),
      key: "status",
      width: 210,
      render: (_, d) =>
        d.revokedAt ? (
          <Tag>
            {t("devices.statusRevoked")} · {dayjs(d.revokedAt).format("MM-DD HH:mm")}
          </Tag>
        ) : (
          <Space direction="vertical" size={0} data-testid={`device-status-${d.id}`} data-online={d.online ? "1" : "0"}>
            <Badge status={d.online ? "success" : "default"} text={d.online ? t("devices.online") : t("devices.offline")} />
            <Typography.Text style={{ fontSize: 13, color: "#4a5568" }}>
              {d.lastSeenAt ? t("devices.lastSeen", { time: dayjs(d.lastSeenAt).format("YYYY-MM-DD HH:mm") }) : t("devices.never")}
            </Typography.Text>
          </Space>
        ),
    },
    {
      title: t("devices.pin"),
      dataIndex: "hasPin",
      width: 90,
      render: (v: boolean) => (v ? <Tag color="green">{t("devices.pinSet")}</Tag> : <Tag color="orange">{t("devices.pinNotSet")}</Tag>),
    },
    {
      title: t("devices.largeText"),
      dataIndex: "largeText",
      width: 110,
      render: (v: boolean, d) => <Switch checked={v} disabled={!!d.revokedAt} aria-label={`${t("devices.largeText")} · ${d.name}`} onChange={(on) => void saveSettings(d, { largeText: on })} />,
    },
    { title: t("common.createdAt"), dataIndex: "createdAt", width: 140, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
    {
      title: t("common.actions"),
      key: "actions",
      width: 260,
      render: (_, d) =>
        !d.revokedAt && (
          <Space size={0} wrap>
            <Button
              type="link"
              size="small"
              icon={<KeyOutlined />}
              onClick={() => {
                pinForm.resetFields();
                setPinFor(d);
              }}
              data-testid={`device-set-pin-${d.id}`}
            >
              {t("devices.setPin")}
            </Button>
            {d.kind === "ratingPad" && (
              <Button
                type="link"
                size="small"
                icon={<SettingOutlined />}
                onClick={() => {
                  settingsForm.setFieldsValue({ windowId: d.windowId, largeText: d.largeText });
                  setSettingsFor(d);
                }}
              >
                {t("devices.settings")}
              </Button>
            )}
            <Button type="link" danger size="small" icon={<StopOutlined />} onClick={() => revoke(d)}>
              {t("devices.revoke")}
            </Button>
          </Space>
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
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ kind: "kiosk" });
              setCreating(true);
            }}
            data-testid="device-create"
          >
            {t("devices.createToken")}
          </Button>
          <Button
            type="primary"
            icon={<LinkOutlined />}
            onClick={() => {
              pairForm.resetFields();
              pairForm.setFieldsValue({ kind: "kiosk" });
              setPairing(true);
            }}
            data-testid="device-pair"
          >
            {t("devices.pair")}
          </Button>
        </>
      }
    >
      <Card>
        {devices.error && !devices.data ? (
          <ErrorResult error={devices.error} onRetry={devices.reload} />
        ) : (
          <Table<DeviceStatus>
            rowKey="id"
            loading={devices.loading && !devices.data}
            dataSource={devices.data?.items ?? []}
            columns={columns}
            scroll={{ x: 1300 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <EmptyState description={t("devices.empty")} /> }}
          />
        )}
      </Card>

      <Modal open={pairing} title={t("devices.pairTitle")} onCancel={() => setPairing(false)} onOk={submitPair} confirmLoading={busy} okText={t("devices.pair")} destroyOnHidden>
        <Form form={pairForm} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="code" label={t("devices.code")} extra={t("devices.codeHint")} rules={[{ required: true, whitespace: true, min: 8, max: 20 }]}>
            <Input
              size="large"
              autoFocus
              autoComplete="off"
              placeholder={t("devices.codePlaceholder")}
              style={{ fontSize: 24, letterSpacing: 4, textTransform: "uppercase", fontFamily: "monospace" }}
              data-testid="pair-code"
            />
          </Form.Item>
          <Form.Item name="orgUnitId" label={t("devices.counter")} extra={t("devices.counterHint")} rules={[{ required: true }]}>
            <OrgUnitTreeSelect selectableKinds={["counter"]} />
          </Form.Item>
          <Form.Item name="kind" label={t("devices.kind")} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} data-testid="pair-kind" />
          </Form.Item>
          <Form.Item name="name" label={t("devices.name")} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} placeholder={t("devices.namePlaceholder")} data-testid="pair-name" />
          </Form.Item>
          {pairKind === "ratingPad" && (
            <Form.Item name="windowId" label={t("devices.window")} extra={t("devices.windowHint")}>
              <WindowSelect counterId={pairCounter} />
            </Form.Item>
          )}
        </Form>
      </Modal>

      <Modal open={!!pinFor} title={pinFor ? t("devices.pinTitle", { name: pinFor.name }) : ""} onCancel={() => setPinFor(null)} onOk={submitPin} confirmLoading={busy} destroyOnHidden>
        <Form form={pinForm} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="pin" label={t("devices.pin")} extra={t("devices.pinHelp")} rules={[{ required: true, pattern: /^\d{4,8}$/, message: t("devices.pinHelp") }]}>
            <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" data-testid="device-pin-input" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!settingsFor}
        title={settingsFor ? t("devices.settingsTitle", { name: settingsFor.name }) : ""}
        onCancel={() => setSettingsFor(null)}
        onOk={async () => {
          if (!settingsFor) return;
          const v = settingsForm.getFieldsValue();
          if (await saveSettings(settingsFor, { windowId: v.windowId ?? null, largeText: !!v.largeText })) setSettingsFor(null);
        }}
        destroyOnHidden
      >
        <Form form={settingsForm} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="windowId" label={t("devices.window")} extra={t("devices.windowHint")}>
            <WindowSelect counterId={settingsFor?.orgUnitId} />
          </Form.Item>
          <Form.Item name="largeText" label={t("devices.largeText")} valuePropName="checked">
            <Switch />
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
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t("devices.tokenUsage")}
            </Typography.Text>
          </>
        )}
      </Modal>

      <Modal open={creating} title={t("devices.createToken")} onCancel={() => setCreating(false)} onOk={submitCreate} confirmLoading={busy} okText={t("common.create")} destroyOnHidden>
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
    </PageContainer>
  );
}
