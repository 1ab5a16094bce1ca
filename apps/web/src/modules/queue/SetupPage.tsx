/**
 * Counter setup for managers: windows (number, business types, VIP, green channel — ORG-03),
 * business types with ticket prefixes (Q-01) and the queue settings (Q-03 anti-starvation, Q-06
 * handling limit, Q-07 waiting targets).
 */
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tabs, Tag } from "antd";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { ErrorResult, PageContainer, PageLoading } from "../../components";
import { useT } from "../../i18n";
import { Q } from "./api";
import { CounterSelect, WindowStateTag, useQueueCounter, useTypeName } from "./shared";
import type { BusinessType, QueueSettings, QueueWindow, UpdateQueueSettingsRequest, WindowList } from "./types";
import { WEEKDAYS } from "./types";
import { ServiceTargetsTab } from "./ServiceTargetsTab";

export default function SetupPage() {
  const t = useT();
  const { counters, counterId, setCounterId, loading, error } = useQueueCounter();
  if (loading && !counters.length) return <PageLoading />;
  if (error) return <ErrorResult error={error} />;
  if (!counterId) return <Empty description={t("queue.noCounter")} />;
  return (
    <PageContainer title={t("queue.setup.title")} subtitle={t("queue.setup.subtitle")} rules="Q-01 · Q-03 · Q-06 · Q-07 · ORG-03" extra={<CounterSelect counters={counters} value={counterId} onChange={setCounterId} />}>
      <Card>
        <Tabs
          items={[
            { key: "windows", label: t("queue.setup.windows"), children: <WindowsTab counterId={counterId} /> },
            { key: "types", label: t("queue.setup.types"), children: <TypesTab counterId={counterId} /> },
            { key: "settings", label: t("queue.setup.settings"), children: <SettingsTab counterId={counterId} /> },
            { key: "targets", label: t("queue.targets.tab"), children: <ServiceTargetsTab counterId={counterId} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

function WindowsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const typeName = useTypeName();
  const windows = useApi(() => api.get<WindowList>(Q.windows(counterId)), [counterId]);
  const types = useApi(async () => (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items, [counterId]);
  const [editing, setEditing] = useState<QueueWindow | "new" | null>(null);
  const [form] = Form.useForm();
  useEffect(() => {
    if (editing && editing !== "new") form.setFieldsValue({ number: editing.number, name: editing.name ?? "", businessTypes: editing.businessTypes, vip: editing.vip, greenChannel: editing.greenChannel });
    else if (editing === "new") form.setFieldsValue({ number: (windows.data?.items.reduce((m, w) => Math.max(m, w.number), 0) ?? 0) + 1, name: "", businessTypes: [], vip: false, greenChannel: false });
  }, [editing, form, windows.data]);
  const patch = async (w: QueueWindow, body: Record<string, unknown>) => {
    try {
      await api.patch(Q.window(w.id), body);
      void windows.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  const typeOptions = (types.data ?? []).map((b) => ({ value: b.code, label: `${b.prefix} · ${typeName(b)}` }));
  const items = [...(windows.data?.items ?? [])].sort((a, b) => a.number - b.number);
  const hasVip = items.some((w) => w.active && w.vip);
  return (
    <>
      {!hasVip && items.length > 0 && <Alert type="warning" showIcon message={t("queue.setup.orgWarning")} style={{ marginBottom: 12 }} />}
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} style={{ marginBottom: 12 }}>
        {t("queue.setup.addWindow")}
      </Button>
      <Table<QueueWindow>
        size="small"
        rowKey="id"
        loading={windows.loading}
        dataSource={items}
        pagination={false}
        columns={[
          { title: t("queue.setup.number"), dataIndex: "number", render: (n: number, w) => <b>{n}{w.name ? ` · ${w.name}` : ""}</b> },
          { title: t("queue.businessType"), dataIndex: "businessTypes", render: (v: string[]) => v.map((c) => <Tag key={c}>{typeName((types.data ?? []).find((b) => b.code === c) ?? { code: c })}</Tag>) },
          { title: t("queue.setup.vip"), dataIndex: "vip", render: (v: boolean, w) => <Switch size="small" checked={v} onChange={(x) => void patch(w, { vip: x })} aria-label={`${t("queue.setup.vip")} · ${w.number}${w.name ? ` ${w.name}` : ""}`} /> },
          { title: t("queue.setup.green"), dataIndex: "greenChannel", render: (v: boolean, w) => <Switch size="small" checked={v} onChange={(x) => void patch(w, { greenChannel: x })} aria-label={`${t("queue.setup.green")} · ${w.number}${w.name ? ` ${w.name}` : ""}`} /> },
          { title: t("queue.setup.active"), dataIndex: "active", render: (v: boolean, w) => <Switch size="small" checked={v} onChange={(x) => void patch(w, { active: x })} aria-label={`${t("queue.setup.active")} · ${w.number}${w.name ? ` ${w.name}` : ""}`} /> },
          { title: t("common.status"), dataIndex: "state", render: (s: QueueWindow["state"], w) => <Space><WindowStateTag state={s} />{w.tellerName}</Space> },
          { title: "", render: (_, w) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(w)} aria-label={t("common.edit")} /> },
        ]}
      />
      <Modal open={!!editing} title={editing === "new" ? t("queue.setup.addWindow") : t("common.edit")} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden forceRender>
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v: { number: number; name?: string; businessTypes: string[]; vip: boolean; greenChannel: boolean }) => {
            try {
              if (editing === "new") {
                await api.post(Q.windows(counterId), { number: v.number, businessTypes: v.businessTypes, vip: v.vip, greenChannel: v.greenChannel, ...(v.name?.trim() ? { name: v.name.trim() } : {}) });
              } else if (editing) {
                await api.patch(Q.window(editing.id), { businessTypes: v.businessTypes, vip: v.vip, greenChannel: v.greenChannel, name: v.name?.trim() ? v.name.trim() : null });
              }
              message.success(t("common.saved"));
              setEditing(null);
              void windows.reload();
            } catch (e) {
              message.error(errorText(e, t));
            }
          }}
        >
          <Form.Item name="number" label={t("queue.setup.number")} rules={[{ required: true }]}>
            <InputNumber min={1} max={999} disabled={editing !== "new"} />
          </Form.Item>
          <Form.Item name="name" label={t("queue.setup.name")}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="businessTypes" label={t("queue.businessType")} rules={[{ required: true, type: "array", min: 1, message: t("common.required") }]}>
            <Select mode="multiple" options={typeOptions} />
          </Form.Item>
          <Space size={32}>
            <Form.Item name="vip" label={t("queue.setup.vip")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="greenChannel" label={t("queue.setup.green")} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}

function TypesTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const types = useApi(async () => (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items, [counterId]);
  const [editing, setEditing] = useState<BusinessType | "new" | null>(null);
  const [form] = Form.useForm();
  useEffect(() => {
    if (editing && editing !== "new") form.setFieldsValue(editing);
    else if (editing === "new") form.setFieldsValue({ code: "", nameZh: "", nameEn: "", prefix: "", servedDays: ["mon", "tue", "wed", "thu", "fri", "sat"], sortOrder: (types.data?.length ?? 0) * 10, active: true });
  }, [editing, form, types.data]);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} style={{ marginBottom: 12 }}>
        {t("queue.setup.addType")}
      </Button>
      <Table<BusinessType>
        size="small"
        rowKey="id"
        loading={types.loading}
        pagination={false}
        dataSource={[...(types.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)}
        columns={[
          { title: t("queue.setup.prefix"), dataIndex: "prefix", render: (p: string) => <Tag color="blue">{p}</Tag> },
          { title: t("queue.setup.code"), dataIndex: "code" },
          { title: t("queue.setup.nameZh"), dataIndex: "nameZh" },
          { title: t("queue.setup.nameEn"), dataIndex: "nameEn" },
          { title: t("queue.setup.servedDays"), dataIndex: "servedDays", render: (d: string[]) => d.map((x) => t(`queue.weekday.${x}`)).join(" ") },
          { title: t("queue.setup.active"), dataIndex: "active", render: (a: boolean) => (a ? <Tag color="green">{t("common.active")}</Tag> : <Tag>{t("common.inactive")}</Tag>) },
          { title: "", render: (_, b) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(b)} aria-label={t("common.edit")} /> },
        ]}
      />
      <Modal open={!!editing} title={editing === "new" ? t("queue.setup.addType") : t("common.edit")} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden forceRender>
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v: BusinessType) => {
            try {
              const body = { nameZh: v.nameZh, nameEn: v.nameEn, prefix: v.prefix.toUpperCase(), servedDays: v.servedDays, sortOrder: v.sortOrder, active: v.active };
              if (editing === "new") await api.post(Q.businessTypes(counterId), { code: v.code, ...body });
              else if (editing) await api.patch(Q.businessType(editing.id), body);
              message.success(t("common.saved"));
              setEditing(null);
              void types.reload();
            } catch (e) {
              message.error(errorText(e, t));
            }
          }}
        >
          <Form.Item name="code" label={t("queue.setup.code")} rules={[{ required: true, pattern: /^[a-z][a-z0-9_]*$/ }]}>
            <Input disabled={editing !== "new"} maxLength={40} />
          </Form.Item>
          <Space>
            <Form.Item name="nameZh" label={t("queue.setup.nameZh")} rules={[{ required: true }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="nameEn" label={t("queue.setup.nameEn")} rules={[{ required: true }]}>
              <Input maxLength={80} />
            </Form.Item>
          </Space>
          <Space>
            <Form.Item name="prefix" label={t("queue.setup.prefix")} rules={[{ required: true, pattern: /^[A-Za-z]{1,3}$/ }]}>
              <Input maxLength={3} style={{ width: 90 }} />
            </Form.Item>
            <Form.Item name="sortOrder" label={t("queue.setup.sortOrder")}>
              <InputNumber min={0} max={1000} />
            </Form.Item>
            <Form.Item name="active" label={t("queue.setup.active")} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item name="servedDays" label={t("queue.setup.servedDays")}>
            <Select mode="multiple" options={WEEKDAYS.map((d) => ({ value: d, label: t(`queue.weekday.${d}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

const SETTING_FIELDS: Array<[keyof UpdateQueueSettingsRequest, number, number]> = [
  ["handlingLimitMinutes", 1, 240],
  ["waitTargetMinutes", 1, 240],
  ["peakWaitLimitMinutes", 1, 480],
  ["alertLeadMinutes", 0, 60],
  ["normalWaitLimitMinutes", 1, 240],
  ["maxConsecutivePriorityCalls", 1, 50],
  ["recallLimit", 0, 10],
];

function SettingsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const settings = useApi(() => api.get<QueueSettings>(Q.settings(counterId)), [counterId]);
  const [form] = Form.useForm();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  if (settings.error) return <ErrorResult error={settings.error} onRetry={() => void settings.reload()} />;
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      wrapperCol={{ span: 6 }}
      style={{ maxWidth: 900 }}
      onFinish={async (v: UpdateQueueSettingsRequest) => {
        try {
          const r = await api.put<QueueSettings>(Q.settings(counterId), v);
          settings.setData(r);
          message.success(t("common.saved"));
        } catch (e) {
          message.error(errorText(e, t));
        }
      }}
    >
      {SETTING_FIELDS.map(([k, min, max]) => (
        <Form.Item key={k} name={k} label={t(`queue.setup.${k}`)} rules={[{ required: true }]}>
          <InputNumber min={min} max={max} />
        </Form.Item>
      ))}
      <Form.Item wrapperCol={{ offset: 10 }}>
        <Button type="primary" htmlType="submit">
          {t("common.save")}
        </Button>
      </Form.Item>
    </Form>
  );
}
