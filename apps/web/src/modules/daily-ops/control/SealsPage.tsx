/**
 * Seals and controlled documents 印章/重要单证 (K-01…K-05): inventory with serial ranges, custody
 * per person (in the safe or out), issue / return / handover only when counted ("已清点"), usage log
 * (document reference required, K-03), losses and the monthly K-04 finding, hand-backs before leave
 * (K-02), and the manual write-off list in duplicate (K-05, printable 重要单证手工核销清单).
 */
import { ExclamationCircleOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, DatePicker, Dropdown, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useFocusedRecord } from "../../../components/FocusedRecord";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useT } from "../../../i18n";
import { ExportButton, PageFrame, PrintButton, PrintModal, fmtTime, useCounter, useRunner, useStaff, userOptions, yuan, IfCan } from "../shared";
import type { ControlItem, ControlItemList, CustodyMovementList, HandBack, HandBackList, LeaveList, LossList, UsageList, WriteOff, WriteOffList } from "../types";

type Action = "issue" | "return" | "handover" | "usage" | "loss";

export default function SealsPage() {
  const t = useT();
  const counter = useCounter();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "items";
  return (
    <PageFrame title={t("dops.seal.title")} rule="K-01 · K-02 · K-03 · K-04 · K-05" counter={counter} testId="seals-page">
      {counter.counterId && (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k })}
          items={[
            { key: "items", label: t("dops.seal.inventory"), children: <ItemsTab counterId={counter.counterId} /> },
            { key: "movements", label: t("dops.seal.movements"), children: <MovementsTab counterId={counter.counterId} /> },
            { key: "usages", label: t("dops.seal.usages"), children: <UsagesTab counterId={counter.counterId} /> },
            { key: "losses", label: t("dops.seal.losses"), children: <LossesTab counterId={counter.counterId} /> },
            { key: "handbacks", label: t("dops.seal.handbacks"), children: <HandBacksTab counterId={counter.counterId} /> },
            { key: "writeoffs", label: t("dops.seal.writeoffs"), children: <WriteOffsTab counterId={counter.counterId} counterName={counter.counter?.name ?? ""} /> },
          ]}
        />
      )}
    </PageFrame>
  );
}

function rangeText(i: { prefix: string | null; serialFrom: string | null; serialTo: string | null }) {
  if (!i.serialFrom) return "—";
  return `${i.prefix ?? ""}${i.serialFrom} – ${i.prefix ?? ""}${i.serialTo}`;
}

function ItemsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const staff = useStaff(counterId);
  const [kind, setKind] = useState<"seal" | "document" | undefined>();
  const [custodianId, setCustodianId] = useState<string | undefined>();
  const query = { counterId, kind, custodianId, status: "active" };
  const list = useApi((signal) => api.get<ControlItemList>("/control/items", query, { signal }), [counterId, kind, custodianId]);
  // 去处理 (issue 10 item 3): `?item=` highlights the seal or document the daily close found out of the safe.
  const focus = useFocusedRecord("item", !!list.data);
  const [regOpen, setRegOpen] = useState(false);
  const [regForm] = Form.useForm();
  const [action, setAction] = useState<{ kind: Action; item: ControlItem } | null>(null);
  const [actForm] = Form.useForm();

  const register = async () => {
    const v = (await regForm.validateFields().catch(() => null)) as Record<string, string | undefined>;
    if (!v) return;
    const body = Object.fromEntries(Object.entries({ counterId, ...v }).filter(([, x]) => x !== undefined && x !== ""));
    const res = await run(() => api.post("/control/items", body));
    if (res) {
      setRegOpen(false);
      void list.reload();
    }
  };
  const doAction = async () => {
    if (!action) return;
    const v = (await actForm.validateFields().catch(() => null)) as Record<string, unknown>;
    if (!v) return;
    const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined && x !== "" && x !== null));
    const id = action.item.id;
    let call: () => Promise<unknown>;
    switch (action.kind) {
      case "issue":
        call = () => api.post(`/control/items/${id}/issue`, clean({ toUserId: v.toUserId, serialFrom: v.serialFrom, serialTo: v.serialTo, counted: v.counted === true ? true : undefined, note: v.note }));
        break;
      case "return":
        call = () => api.post(`/control/items/${id}/return`, clean({ counted: v.counted === true ? true : undefined, note: v.note }));
        break;
      case "handover":
        call = () => api.post(`/control/items/${id}/handover`, clean({ fromUserId: v.fromUserId, toUserId: v.toUserId, counted: v.counted === true ? true : undefined, note: v.note }));
        break;
      case "usage":
        call = () => api.post(`/control/items/${id}/usages`, clean({ documentRef: v.documentRef, purpose: v.purpose, serial: v.serial }));
        break;
      case "loss": {
        const serials = String(v.serials ?? "")
          .split(/[\s,，、]+/)
          .filter(Boolean);
        call = () =>
          api.post(`/control/items/${id}/losses`, {
            ...(serials.length ? { serials } : {}),
            incompleteSet: v.incompleteSet === true,
            responsibleUserIds: v.responsibleUserIds,
            occurredOn: (v.occurredOn as Dayjs | undefined)?.format("YYYY-MM-DD"),
            note: v.note,
          });
        break;
      }
    }
    const res = await run(call);
    if (res) {
      setAction(null);
      void list.reload();
    }
  };
  const openAction = (kind: Action, item: ControlItem) => {
    actForm.resetFields();
    actForm.setFieldsValue({ counted: false, fromUserId: item.custodianId ?? undefined, occurredOn: dayjs(), incompleteSet: false });
    setAction({ kind, item });
  };

  const items = list.data?.items ?? [];
  const outCount = items.filter((i) => !i.inSafe).length;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <IfCan action="seal.manage"><Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            regForm.resetFields();
            regForm.setFieldsValue({ kind: "document" });
            setRegOpen(true);
          }}
        >
          {t("dops.seal.register")}
        </Button></IfCan>
        <Radio.Group
          optionType="button"
          value={kind ?? "all"}
          onChange={(e) => setKind(e.target.value === "all" ? undefined : (e.target.value as "seal" | "document"))}
          options={[
            { value: "all", label: t("dops.ca.all") },
            { value: "seal", label: t("dops.seal.kind.seal") },
            { value: "document", label: t("dops.seal.kind.document") },
          ]}
        />
        <Select allowClear placeholder={t("dops.seal.custodian")} aria-label={t("dops.seal.custodian")} style={{ width: 200 }} value={custodianId} onChange={setCustodianId} options={userOptions(staff.users)} />
        <ExportButton path="/control/items" query={query} fileName="control-items" />
      </Space>
      {outCount > 0 && <Alert type="warning" showIcon message={t("dops.seal.outWarning", { n: outCount })} />}
      <Table<ControlItem>
        rowKey="id"
        rowClassName={focus.rowClassName}
        loading={list.loading}
        dataSource={items}
        scroll={{ x: 920 }}
        columns={[
          { title: t("dops.seal.kindCol"), dataIndex: "kind", width: 90, render: (k: string) => <Tag color={k === "seal" ? "purple" : "blue"}>{t(`dops.seal.kind.${k}`)}</Tag> },
          { title: t("dops.seal.itemType"), dataIndex: "itemType", width: 120 },
          { title: t("dops.seal.name"), dataIndex: "name" },
          { title: t("dops.seal.range"), width: 200, render: (_, r) => rangeText(r) },
          { title: t("dops.seal.qty"), dataIndex: "quantity", width: 70 },
          { title: t("dops.seal.custodian"), dataIndex: "custodianName", width: 100 },
          {
            title: t("dops.seal.where"),
            dataIndex: "inSafe",
            width: 110,
            render: (s: boolean) => (s ? <Tag icon={<LockOutlined />} color="green">{t("dops.seal.inSafe")}</Tag> : <Tag icon={<UnlockOutlined />} color="orange">{t("dops.seal.out")}</Tag>),
          },
          {
            title: "",
            fixed: "right" as const,
            width: 120,
            render: (_, r) => (
              <Dropdown
                trigger={["click"]}
                menu={{
                  items: [
                    { key: "issue", label: t("dops.seal.act.issue"), disabled: !r.inSafe },
                    { key: "return", label: t("dops.seal.act.return"), disabled: r.inSafe },
                    { key: "handover", label: t("dops.seal.act.handover") },
                    { key: "usage", label: t("dops.seal.act.usage"), disabled: r.inSafe },
                    { type: "divider" },
                    { key: "loss", label: t("dops.seal.act.loss"), danger: true },
                  ],
                  onClick: ({ key }) => openAction(key as Action, r),
                }}
              >
                <IfCan action={["seal.manage", "seal.custody"]}><Button>{t("dops.common.actions")}</Button></IfCan>
              </Dropdown>
            ),
          },
        ]}
      />
      <Modal open={regOpen} title={t("dops.seal.register")} onCancel={() => setRegOpen(false)} onOk={() => void register()} width={640}>
        <Form form={regForm} layout="vertical">
          <Form.Item name="kind" label={t("dops.seal.kindCol")} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "seal", label: t("dops.seal.kind.seal") },
                { value: "document", label: t("dops.seal.kind.document") },
              ]}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="itemType" label={t("dops.seal.itemType")} rules={[{ required: true, whitespace: true }]} extra={t("dops.seal.itemTypeHint")}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="name" label={t("dops.seal.name")} rules={[{ required: true, whitespace: true }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
          </Space>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              regForm.getFieldValue("kind") === "document" && (
                <Space wrap>
                  <Form.Item name="prefix" label={t("dops.seal.prefix")}>
                    <Input style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="serialFrom" label={t("dops.seal.serialFrom")} rules={[{ required: true, pattern: /^\d{1,18}$/ }]}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name="serialTo" label={t("dops.seal.serialTo")} rules={[{ required: true, pattern: /^\d{1,18}$/ }]}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
          <Form.Item name="custodianId" label={t("dops.seal.custodian")}>
            <Select allowClear style={{ width: 240 }} options={userOptions(staff.users)} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!action}
        title={action ? `${t(`dops.seal.act.${action.kind}`)} · ${action.item.name}` : ""}
        onCancel={() => setAction(null)}
        onOk={() => void doAction()}
        okButtonProps={{ danger: action?.kind === "loss", ...({ "data-testid": "seal-action-ok" } as Record<string, string>) }}
      >
        {action && (
          <Form form={actForm} layout="vertical">
            <Typography.Paragraph type="secondary">
              {t(`dops.seal.kind.${action.item.kind}`)} · {rangeText(action.item)} · {t("dops.seal.custodian")}：{action.item.custodianName ?? "—"}
            </Typography.Paragraph>
            {(action.kind === "issue" || action.kind === "handover") && (
              <>
                {action.kind === "handover" && (
                  <Form.Item name="fromUserId" label={t("dops.seal.from")}>
                    <Select allowClear options={userOptions(staff.users)} />
                  </Form.Item>
                )}
                <Form.Item name="toUserId" label={t("dops.seal.to")} rules={[{ required: true }]}>
                  <Select options={userOptions(staff.users)} showSearch optionFilterProp="label" />
                </Form.Item>
              </>
            )}
            {action.kind === "issue" && action.item.kind === "document" && (
              <Space wrap>
                <Form.Item name="serialFrom" label={t("dops.seal.subFrom")} rules={[{ pattern: /^\d{1,18}$/ }]}>
                  <Input placeholder={action.item.serialFrom ?? ""} />
                </Form.Item>
                <Form.Item name="serialTo" label={t("dops.seal.subTo")} rules={[{ pattern: /^\d{1,18}$/ }]}>
                  <Input placeholder={action.item.serialTo ?? ""} />
                </Form.Item>
              </Space>
            )}
            {action.kind === "usage" && (
              <>
                <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.seal.k03")} />
                <Form.Item name="documentRef" label={t("dops.seal.documentRef")} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="purpose" label={t("dops.seal.purpose")} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={500} />
                </Form.Item>
                {action.item.kind === "document" && (
                  <Form.Item name="serial" label={t("dops.seal.serial")} rules={[{ pattern: /^\d{1,18}$/ }]}>
                    <Input />
                  </Form.Item>
                )}
              </>
            )}
            {action.kind === "loss" && (
              <>
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t("dops.seal.k04")} />
                {action.item.kind === "document" && (
                  <Form.Item name="serials" label={t("dops.seal.lostSerials")} extra={t("dops.seal.lostSerialsHint")}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                )}
                <Form.Item name="incompleteSet" valuePropName="checked">
                  <Checkbox>{t("dops.seal.incompleteSet")}</Checkbox>
                </Form.Item>
                <Form.Item name="responsibleUserIds" label={t("dops.seal.responsible")} rules={[{ required: true }]}>
                  <Select mode="multiple" options={userOptions(staff.users)} />
                </Form.Item>
                <Form.Item name="occurredOn" label={t("dops.common.date")}>
                  <DatePicker />
                </Form.Item>
              </>
            )}
            {(action.kind === "issue" || action.kind === "return" || action.kind === "handover") && (
              <Form.Item name="counted" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("dops.seal.mustCount")))) }]}>
                <Checkbox data-testid="counted">{t("dops.seal.counted")}</Checkbox>
              </Form.Item>
            )}
            {action.kind !== "usage" && (
              <Form.Item name="note" label={t("dops.common.note")} rules={action.kind === "loss" ? [{ required: true, whitespace: true }] : []}>
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
          </Form>
        )}
      </Modal>
    </Space>
  );
}

function MovementsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const staff = useStaff(counterId);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, "day"), dayjs()]);
  const query = { counterId, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") };
  const list = useApi((signal) => api.get<CustodyMovementList>("/control/movements", query, { signal }), [counterId, query.from, query.to]);
  const items = useApi((signal) => api.get<ControlItemList>("/control/items", { counterId }, { signal }), [counterId]);
  const nameOfItem = (id: string) => items.data?.items.find((i) => i.id === id)?.name ?? "—";
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <ExportButton path="/control/movements" query={query} fileName="custody-movements" />
      </Space>
      <Table
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 860 }}
        columns={[
          { title: t("dops.common.time"), dataIndex: "at", width: 150, render: fmtTime },
          { title: t("dops.seal.name"), dataIndex: "itemId", render: nameOfItem },
          { title: t("dops.seal.movement"), dataIndex: "kind", width: 100, render: (k: string) => <Tag>{t(`dops.seal.mv.${k}`)}</Tag> },
          { title: t("dops.seal.from"), dataIndex: "fromUserId", width: 100, render: (id: string | null) => staff.nameOf(id) },
          { title: t("dops.seal.to"), dataIndex: "toUserId", width: 100, render: (id: string | null) => staff.nameOf(id) },
          { title: t("dops.seal.range"), width: 180, render: (_, r) => (r.serialFrom ? `${r.serialFrom}–${r.serialTo}` : "—") },
          { title: t("dops.seal.countedCol"), dataIndex: "countedMark", width: 90, render: (m: string | null) => (m ? <Tag color="green">{m}</Tag> : "—") },
          { title: t("dops.seal.by"), dataIndex: "byId", width: 100, render: (id: string) => staff.nameOf(id) },
        ]}
      />
    </Space>
  );
}

function UsagesTab({ counterId }: { counterId: string }) {
  const t = useT();
  const staff = useStaff(counterId);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, "day"), dayjs()]);
  const query = { counterId, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") };
  const list = useApi((signal) => api.get<UsageList>("/control/usages", query, { signal }), [counterId, query.from, query.to]);
  const items = useApi((signal) => api.get<ControlItemList>("/control/items", { counterId }, { signal }), [counterId]);
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <ExportButton path="/control/usages" query={query} fileName="usages" />
      </Space>
      <Table
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 760 }}
        columns={[
          { title: t("dops.common.time"), dataIndex: "usedAt", width: 150, render: fmtTime },
          { title: t("dops.seal.name"), dataIndex: "itemId", render: (id: string) => items.data?.items.find((i) => i.id === id)?.name ?? "—" },
          { title: t("dops.seal.documentRef"), dataIndex: "documentRef" },
          { title: t("dops.seal.purpose"), dataIndex: "purpose" },
          { title: t("dops.seal.serial"), dataIndex: "serial", width: 120 },
          { title: t("dops.seal.user"), dataIndex: "userId", width: 100, render: (id: string) => staff.nameOf(id) },
        ]}
      />
    </Space>
  );
}

function LossesTab({ counterId }: { counterId: string }) {
  const t = useT();
  const staff = useStaff(counterId);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const query = { counterId, month: month.format("YYYY-MM") };
  const list = useApi((signal) => api.get<LossList>("/control/losses", query, { signal }), [counterId, query.month]);
  const items = list.data?.items ?? [];
  const docCount = items.filter((l) => l.kind === "document").reduce((n, l) => n + l.quantity, 0);
  const finding = items.find((l) => l.findingId);
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <DatePicker picker="month" value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
        <ExportButton path="/control/losses" query={query} fileName="losses" />
      </Space>
      <Alert
        type={docCount > 2 ? "error" : docCount > 0 ? "warning" : "success"}
        showIcon
        icon={<ExclamationCircleOutlined />}
        message={t("dops.seal.monthCount", { month: query.month, n: docCount })}
        description={docCount > 2 ? t("dops.seal.compensation") + (finding ? ` · ${t("dops.seal.findingRaised")}` : "") : t("dops.seal.k04")}
      />
      <Table
        rowKey="id"
        loading={list.loading}
        dataSource={items}
        scroll={{ x: 760 }}
        columns={[
          { title: t("dops.common.date"), dataIndex: "occurredOn", width: 110 },
          { title: t("dops.seal.kindCol"), dataIndex: "kind", width: 80, render: (k: string) => t(`dops.seal.kind.${k}`) },
          { title: t("dops.seal.lostSerials"), dataIndex: "serials", render: (s: string[], r) => (s.length ? s.join("、") : "—") + (r.incompleteSet ? ` (${t("dops.seal.incompleteSet")})` : "") },
          { title: t("dops.seal.qty"), dataIndex: "quantity", width: 70 },
          { title: t("dops.seal.responsible"), dataIndex: "responsibleUserIds", render: (ids: string[]) => ids.map((id) => staff.nameOf(id)).join("、") },
          { title: t("dops.common.note"), dataIndex: "note", ellipsis: true },
          { title: t("dops.seal.monthTotal"), dataIndex: "monthCount", width: 90, render: (n: number, r) => <Tag color={r.findingId ? "red" : "default"}>{n}</Tag> },
        ]}
      />
    </Space>
  );
}

function HandBacksTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const staff = useStaff(counterId);
  const list = useApi((signal) => api.get<HandBackList>("/control/hand-backs", { counterId }, { signal }), [counterId]);
  // 去处理 (issue 10 item 3): `?handBack=` highlights the hand-back still to be received.
  const focus = useFocusedRecord("handBack", !!list.data);
  const leaves = useApi((signal) => api.get<LeaveList>("/control/leaves", { counterId }, { signal }), [counterId]);
  const [confirming, setConfirming] = useState<HandBack | null>(null);
  const [counted, setCounted] = useState(false);
  const [leaveOpen, setLeaveOpen] = useState(false);
  const [leaveForm] = Form.useForm<{ userId: string; range: [Dayjs, Dayjs]; kind: string; note?: string }>();
  const confirm = async () => {
    if (!confirming || !counted) return;
    const res = await run(() => api.post(`/control/hand-backs/${confirming.id}/confirm`, { counted: true }));
    if (res) {
      setConfirming(null);
      void list.reload();
    }
  };
  const saveLeave = async () => {
    const v = await leaveForm.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/control/leaves", { userId: v.userId, from: v.range[0].format("YYYY-MM-DD"), to: v.range[1].format("YYYY-MM-DD"), kind: v.kind, ...(v.note?.trim() ? { note: v.note.trim() } : {}) }),
    );
    if (res) {
      setLeaveOpen(false);
      void leaves.reload();
      void list.reload();
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Alert type="info" showIcon message={t("dops.seal.k02")} />
      <Card size="small" title={t("dops.seal.handbacks")}>
        <Table<HandBack>
          rowKey="id"
          rowClassName={focus.rowClassName}
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 640 }}
          columns={[
            { title: t("dops.seal.user"), dataIndex: "userName", width: 110 },
            { title: t("dops.seal.dueDate"), dataIndex: "dueDate", width: 110 },
            { title: t("dops.seal.qty"), dataIndex: "itemIds", width: 80, render: (ids: string[]) => ids.length },
            {
              title: t("dops.common.status"),
              dataIndex: "status",
              width: 160,
              render: (s: string, r) => (
                <Space>
                  <Tag color={s === "done" ? "green" : s === "pending" ? "orange" : "default"}>{t(`dops.seal.hb.${s}`)}</Tag>
                  {r.countedMark && <Tag color="green">{r.countedMark}</Tag>}
                </Space>
              ),
            },
            {
              title: "",
              fixed: "right" as const,
              width: 120,
              render: (_, r) =>
                r.status === "pending" && (
                  <IfCan action="seal.manage"><Button
                    type="primary"
                    onClick={() => {
                      setConfirming(r);
                      setCounted(false);
                    }}
                  >
                    {t("dops.seal.receive")}
                  </Button></IfCan>
                ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t("dops.seal.leaves")}
        extra={
          <Space>
            <IfCan action="leave.manage"><Button
              icon={<PlusOutlined />}
              onClick={() => {
                leaveForm.resetFields();
                leaveForm.setFieldsValue({ kind: "annual" });
                setLeaveOpen(true);
              }}
            >
              {t("dops.seal.addLeave")}
            </Button></IfCan>
            <ExportButton path="/control/leaves" query={{ counterId }} fileName="leaves" />
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          loading={leaves.loading}
          dataSource={leaves.data?.items ?? []}
          scroll={{ x: 600 }}
          columns={[
            { title: t("dops.seal.user"), dataIndex: "userName", width: 110 },
            { title: t("dops.seal.leaveRange"), render: (_, r) => `${r.from} – ${r.to}` },
            { title: t("dops.seal.leaveKind"), dataIndex: "kind", width: 100, render: (k: string) => t(`dops.seal.lk.${k}`) },
            { title: t("dops.seal.workingDays"), dataIndex: "workingDays", width: 90 },
          ]}
        />
      </Card>
      <Modal open={!!confirming} title={t("dops.seal.receive")} onCancel={() => setConfirming(null)} onOk={() => void confirm()} okButtonProps={{ disabled: !counted }}>
        <Typography.Paragraph>
          {confirming?.userName} · {t("dops.seal.dueDate")} {confirming?.dueDate} · {t("dops.seal.qty")} {confirming?.itemIds.length}
        </Typography.Paragraph>
        <Checkbox checked={counted} onChange={(e) => setCounted(e.target.checked)}>
          {t("dops.seal.counted")}
        </Checkbox>
      </Modal>
      <Modal open={leaveOpen} title={t("dops.seal.addLeave")} onCancel={() => setLeaveOpen(false)} onOk={() => void saveLeave()}>
        <Form form={leaveForm} layout="vertical">
          <Form.Item name="userId" label={t("dops.seal.user")} rules={[{ required: true }]}>
            <Select options={userOptions(staff.users)} />
          </Form.Item>
          <Form.Item name="range" label={t("dops.seal.leaveRange")} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="kind" label={t("dops.seal.leaveKind")} rules={[{ required: true }]}>
            <Select options={["annual", "sick", "personal", "business_trip", "training", "other"].map((k) => ({ value: k, label: t(`dops.seal.lk.${k}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t("dops.common.note")}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

interface WriteOffLine {
  docType: string;
  serial: string;
  businessRef?: string;
  amountYuan?: number;
  note?: string;
}

function WriteOffsTab({ counterId, counterName }: { counterId: string; counterName: string }) {
  const t = useT();
  const run = useRunner();
  const query = { counterId };
  const list = useApi((signal) => api.get<WriteOffList>("/control/write-offs", query, { signal }), [counterId]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string; lines: WriteOffLine[] }>();
  const [printing, setPrinting] = useState<WriteOff | null>(null);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post<WriteOff>("/control/write-offs", {
        counterId,
        reason: v.reason,
        lines: v.lines.map((l) => ({
          docType: l.docType,
          serial: l.serial,
          ...(l.businessRef?.trim() ? { businessRef: l.businessRef.trim() } : {}),
          ...(l.amountYuan !== undefined && l.amountYuan !== null ? { amountFen: Math.round(l.amountYuan * 100) } : {}),
          ...(l.note?.trim() ? { note: l.note.trim() } : {}),
        })),
      }),
    );
    if (res) {
      setOpen(false);
      setPrinting(res);
      void list.reload();
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <IfCan action="seal.manage"><Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ lines: [{ docType: "", serial: "" }] });
            setOpen(true);
          }}
        >
          {t("dops.seal.newWriteOff")}
        </Button></IfCan>
        <ExportButton path="/control/write-offs" query={query} fileName="write-offs" />
      </Space>
      <Alert type="info" showIcon message={t("dops.seal.k05")} />
      <Table<WriteOff>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 700 }}
        columns={[
          { title: t("dops.seal.listNo"), dataIndex: "listNo", width: 160 },
          { title: t("dops.seal.reason"), dataIndex: "reason" },
          { title: t("dops.seal.lines"), dataIndex: "lines", width: 80, render: (l: unknown[]) => l.length },
          { title: t("dops.seal.preparedBy"), dataIndex: "preparedByName", width: 100 },
          { title: t("dops.common.time"), dataIndex: "createdAt", width: 150, render: fmtTime },
          { title: "", fixed: "right" as const, width: 100, render: (_, r) => <PrintButton onClick={() => setPrinting(r)} label={t("dops.common.print")} /> },
        ]}
      />
      <Modal open={open} width={900} title={t("dops.seal.newWriteOff")} onCancel={() => setOpen(false)} onOk={() => void save()}>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t("dops.seal.reason")} rules={[{ required: true, whitespace: true }]} extra={t("dops.seal.reasonHint")}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: "100%" }}>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, "docType"]} rules={[{ required: true, whitespace: true }]} noStyle>
                      <Input placeholder={t("dops.seal.docType")} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "serial"]} rules={[{ required: true, pattern: /^\d{1,18}$/ }]} noStyle>
                      <Input placeholder={t("dops.seal.serial")} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "businessRef"]} noStyle>
                      <Input placeholder={t("dops.seal.businessRef")} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "amountYuan"]} noStyle>
                      <InputNumber placeholder={t("dops.seal.amount")} min={0} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "note"]} noStyle>
                      <Input placeholder={t("dops.common.note")} style={{ width: 140 }} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)} disabled={fields.length <= 1}>
                      −
                    </Button>
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ docType: "", serial: "" })}>
                  {t("dops.seal.addLine")}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      </Modal>
      <PrintModal open={!!printing} onClose={() => setPrinting(null)} title={t("dops.seal.printWriteOff")} width={900}>
        {printing && <WriteOffPaper w={printing} counterName={counterName} />}
      </PrintModal>
    </Space>
  );
}

/** K-05 一式两份: the same list twice on one page, each copy labelled. */
function WriteOffPaper({ w, counterName }: { w: WriteOff; counterName: string }) {
  const labels = useMemo(() => (w.copyLabels.length === 2 ? w.copyLabels : ["第一联 柜面留存", "第二联 交单证管理部门"]), [w.copyLabels]);
  const total = w.lines.reduce((n, l) => n + (l.amountFen ?? 0), 0);
  return (
    <div data-testid="writeoff-paper">
      {labels.map((label) => (
        <div key={label} className="dops-paper dops-paper-copy" data-testid="writeoff-copy">
          <div className="dops-paper-copylabel">{label}</div>
          <div className="dops-paper-title">重要单证手工核销清单</div>
          <div className="dops-paper-meta">
            <span>单位（柜面）：<b>{w.counterName ?? counterName}</b></span>
            <span>清单编号：<b>{w.listNo}</b></span>
            <span>填制日期：<b>{dayjs(w.createdAt).format("YYYY-MM-DD")}</b></span>
          </div>
          <table className="dops-paper-table grid">
            <thead>
              <tr>
                <th style={{ width: 40 }}>序号</th>
                <th>单证类型</th>
                <th>单证号码</th>
                <th>业务号（保单/批单号）</th>
                <th>金额</th>
                <th>备注</th>
              </tr>
            </thead>
            <tbody>
              {w.lines.map((l, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>{l.docType}</td>
                  <td>{l.serial}</td>
                  <td>{l.businessRef ?? ""}</td>
                  <td>{l.amountFen !== undefined ? yuan(l.amountFen) : ""}</td>
                  <td>{l.note ?? ""}</td>
                </tr>
              ))}
              <tr>
                <td colSpan={2}>合计</td>
                <td>{w.lines.length} 份</td>
                <td></td>
                <td>{total ? yuan(total) : ""}</td>
                <td></td>
              </tr>
            </tbody>
          </table>
          <table className="dops-paper-table" style={{ marginTop: -1 }}>
            <tbody>
              <tr>
                <th>自动核销失败原因</th>
                <td>{w.reason}</td>
              </tr>
            </tbody>
          </table>
          <div className="dops-paper-sign">
            <span>缮制人：{w.preparedByName ?? ""} 签字：__________</span>
            <span>复核人：__________</span>
            <span>柜面主管：__________</span>
          </div>
        </div>
      ))}
    </div>
  );
}
