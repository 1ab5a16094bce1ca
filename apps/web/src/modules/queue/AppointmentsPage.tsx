/**
 * Appointments (Q-10): elderly customers book slots (capacity per slot); agents book the VIP room at
 * least 7 days ahead, the counter head approves, the plan is confirmed to the agent at least 2 days
 * ahead; check-in on the day turns the appointment into a priority ticket. Slot settings for managers.
 */
import { CalendarOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Switch, Table, Tabs, Tag, TimePicker, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, PageContainer, PageLoading } from "../../components";
import { useT } from "../../i18n";
import { UnmaskRecordButton } from "../control/UnmaskRecordButton";
import { Q } from "./api";
import { dateIn, dateTime } from "./format";
import { CounterSelect, useQueueCounter, useTypeName } from "./shared";
import type {
  Appointment,
  AppointmentKind,
  AppointmentList,
  AppointmentSlot,
  AppointmentSlotList,
  AppointmentStatus,
  Availability,
  BusinessType,
  CheckInResponse,
} from "./types";
import { WEEKDAYS } from "./types";

/** Phone numbers are shown masked (K-09): 138****1234. */
function maskPhone(v: string): string {
  return v.length >= 7 ? `${v.slice(0, 3)}****${v.slice(-4)}` : "****";
}

const STATUS_COLORS: Record<AppointmentStatus, string> = { pending: "orange", approved: "blue", confirmed: "green", rejected: "red", cancelled: "default", checkedIn: "purple" };

export default function AppointmentsPage() {
  const t = useT();
  const { can } = useAuth();
  const { counters, counterId, counter, setCounterId, loading, error } = useQueueCounter();
  const types = useApi(async () => (counterId ? (await api.get<{ items: BusinessType[] }>(Q.businessTypes(counterId))).items : []), [counterId]);
  const [listKey, setListKey] = useState(0);

  if (loading && !counters.length) return <PageLoading />;
  if (error) return <ErrorResult error={error} />;
  if (!counterId) return <Empty description={t("queue.noCounter")} />;

  const items = [
    ...(can("appointment.book")
      ? [
          { key: "elderly", label: t("queue.appointments.elderly"), children: <Booking counterId={counterId} kind="elderly" types={types.data ?? []} onBooked={() => setListKey((k) => k + 1)} /> },
          { key: "vipRoom", label: t("queue.appointments.vipRoom"), children: <Booking counterId={counterId} kind="vipRoom" types={types.data ?? []} onBooked={() => setListKey((k) => k + 1)} /> },
        ]
      : []),
    { key: "list", label: t("queue.appointments.list"), children: <AppointmentTable key={listKey} counterId={counterId} timeZone={counter?.timeZone} /> },
    ...(can("queue.manage") ? [{ key: "slots", label: t("queue.appointments.slots"), children: <SlotSettings counterId={counterId} types={types.data ?? []} /> }] : []),
  ];
  return (
    <PageContainer title={t("queue.appointments.title")} subtitle={t("queue.appointments.subtitle")} rules="Q-10" extra={<CounterSelect counters={counters} value={counterId} onChange={setCounterId} />}>
      <Card>
        <Tabs items={items} />
      </Card>
    </PageContainer>
  );
}

function Booking(props: { counterId: string; kind: AppointmentKind; types: BusinessType[]; onBooked(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const typeName = useTypeName();
  const minDate = props.kind === "vipRoom" ? dayjs().add(7, "day").startOf("day") : dayjs().startOf("day");
  const [date, setDate] = useState<Dayjs>(minDate);
  const avail = useApi(() => api.get<Availability>(Q.availability(props.counterId), { date: date.format("YYYY-MM-DD"), kind: props.kind }), [props.counterId, date.format("YYYY-MM-DD"), props.kind]);
  const [slot, setSlot] = useState<Availability["items"][number] | null>(null);
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);

  return (
    <>
      {props.kind === "vipRoom" && <Alert type="info" showIcon message={t("queue.appointments.vipRule")} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }}>
        <CalendarOutlined />
        <span>{t("queue.appointments.date")}</span>
        <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} disabledDate={(d) => d.isBefore(minDate, "day") || d.isAfter(dayjs().add(90, "day"))} />
      </Space>
      {avail.error ? (
        <ErrorResult error={avail.error} onRetry={() => void avail.reload()} />
      ) : !avail.data ? (
        <PageLoading />
      ) : !avail.data.workingDay ? (
        <Alert type="warning" showIcon message={t("queue.appointments.notWorkingDay")} />
      ) : avail.data.items.length === 0 ? (
        <Empty description={t("queue.appointments.noSlots")} />
      ) : (
        <Row gutter={[12, 12]}>
          {avail.data.items.map((s) => (
            <Col key={s.slotId} xs={12} md={8} lg={6}>
              <Card size="small" hoverable={s.remaining > 0} onClick={() => s.remaining > 0 && setSlot(s)} style={s.remaining > 0 ? undefined : { background: "#f5f5f5" }} aria-disabled={s.remaining === 0}>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {s.startTime}–{s.endTime}
                </Typography.Title>
                <Space style={{ marginTop: 6 }}>
                  {s.remaining > 0 ? <Tag color="green">{`${t("queue.appointments.remaining")} ${s.remaining}/${s.capacity}`}</Tag> : <Tag color="red">{t("queue.appointments.slotFull")}</Tag>}
                  {s.businessType && <Tag>{typeName(props.types.find((b) => b.code === s.businessType) ?? { code: s.businessType })}</Tag>}
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Modal
        open={!!slot}
        title={`${t("queue.appointments.book")} · ${t(`queue.appointments.kind.${props.kind}`)} · ${date.format("YYYY-MM-DD")} ${slot?.startTime ?? ""}–${slot?.endTime ?? ""}`}
        onCancel={() => setSlot(null)}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v: { customerName: string; customerPhone?: string; businessType?: string; note?: string }) => {
            if (!slot) return;
            setBusy(true);
            try {
              await api.post<Appointment>(Q.appointments(props.counterId), {
                slotId: slot.slotId,
                date: date.format("YYYY-MM-DD"),
                customerName: v.customerName,
                ...(v.customerPhone ? { customerPhone: v.customerPhone } : {}),
                ...(v.businessType ? { businessType: v.businessType } : {}),
                ...(v.note ? { note: v.note } : {}),
              });
              message.success(t("queue.appointments.booked_ok"));
              setSlot(null);
              form.resetFields();
              props.onBooked();
              void avail.reload();
            } catch (e) {
              message.error(errorText(e, t));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item name="customerName" label={t("queue.appointments.customerName")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="customerPhone" label={t("queue.appointments.customerPhone")} rules={[{ min: 5, max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="businessType" label={t("queue.businessType")}>
            <Select allowClear options={props.types.filter((b) => b.active).map((b) => ({ value: b.code, label: typeName(b) }))} />
          </Form.Item>
          <Form.Item name="note" label={t("queue.appointments.note")}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function AppointmentTable({ counterId, timeZone }: { counterId: string; timeZone: string | undefined }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const { can } = useAuth();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(), dayjs().add(30, "day")]);
  const [status, setStatus] = useState<AppointmentStatus | undefined>();
  const list = useApi(
    () => api.get<AppointmentList>(Q.appointments(counterId), { from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD"), status }),
    [counterId, range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD"), status],
  );
  const act = async (label: string, fn: () => Promise<unknown>) => {
    try {
      const r = await fn();
      const tk = (r as Partial<CheckInResponse>).ticket;
      message.success(tk ? t("queue.appointments.checkedIn", { number: tk.number }) : label);
      void list.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  const today = dateIn(timeZone);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t("common.status")}
          aria-label={t("common.status")}
          value={status}
          onChange={setStatus}
          options={(Object.keys(STATUS_COLORS) as AppointmentStatus[]).map((s) => ({ value: s, label: t(`queue.appointments.statusName.${s}`) }))}
        />
      </Space>
      <Table<Appointment>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t("queue.appointments.date"), render: (_, a) => `${a.date} ${a.startTime}–${a.endTime}` },
          { title: t("queue.appointments.kindLabel"), dataIndex: "kind", render: (k: AppointmentKind) => <Tag color={k === "vipRoom" ? "gold" : "cyan"}>{t(`queue.appointments.kind.${k}`)}</Tag> },
          { title: t("queue.appointments.customerName"), dataIndex: "customerName" },
          { title: t("queue.appointments.customerPhone"), dataIndex: "customerPhone", render: (v: string | null) => (v ? maskPhone(v) : "—") },
          {
            // K-09 masked by the server; one record in full with a reason (audited)
            key: "unmask",
            width: 120,
            render: (_: unknown, r: { id: string }) => (
              <UnmaskRecordButton
                path={`/appointments/${encodeURIComponent(r.id)}/unmask`}
                fields={[
                  { key: "customerName", label: t("queue.appointments.customerName") },
                  { key: "customerPhone", label: t("queue.appointments.customerPhone") },
                  { key: "note", label: t("queue.appointments.note") },
                ]}
              />
            ),
          },
          { title: t("queue.appointments.bookedBy"), render: (_, a) => `${a.bookedByName ?? "—"} · ${dateTime(a.bookedAt)}` },
          { title: t("common.status"), dataIndex: "status", render: (s: AppointmentStatus, a) => <Space><Tag color={STATUS_COLORS[s]}>{t(`queue.appointments.statusName.${s}`)}</Tag>{a.rejectedReason && <Typography.Text type="secondary">{a.rejectedReason}</Typography.Text>}</Space> },
          {
            title: t("common.actions"),
            render: (_, a) => (
              <Space size={4} wrap>
                {a.kind === "vipRoom" && a.status === "pending" && can("appointment.approve") && (
                  <Button size="small" type="primary" onClick={() => void act(t("queue.appointments.approve"), () => api.post(Q.appointmentAction(a.id, "approve")))}>
                    {t("queue.appointments.approve")}
                  </Button>
                )}
                {a.kind === "vipRoom" && (a.status === "pending" || a.status === "approved") && can("appointment.approve") && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      let reason = "";
                      modal.confirm({
                        title: t("queue.appointments.reject"),
                        content: <Input.TextArea rows={2} maxLength={500} placeholder={t("queue.appointments.rejectReason")} onChange={(e) => (reason = e.target.value)} />,
                        onOk: () => (reason.trim() ? act(t("queue.appointments.reject"), () => api.post(Q.appointmentAction(a.id, "reject"), { reason: reason.trim() })) : Promise.reject(new Error("reason"))),
                      });
                    }}
                  >
                    {t("queue.appointments.reject")}
                  </Button>
                )}
                {a.kind === "vipRoom" && a.status === "approved" && can("appointment.approve") && (
                  <Button size="small" onClick={() => void act(t("queue.appointments.confirm"), () => api.post(Q.appointmentAction(a.id, "confirm")))}>
                    {t("queue.appointments.confirm")}
                  </Button>
                )}
                {a.status === "confirmed" && a.date === today && can("queue.issue") && (
                  <Button size="small" type="primary" onClick={() => void act(t("queue.appointments.checkIn"), () => api.post(Q.appointmentAction(a.id, "check-in"), {}))}>
                    {t("queue.appointments.checkIn")}
                  </Button>
                )}
                {(a.status === "pending" || a.status === "approved" || a.status === "confirmed") && (
                  <Popconfirm title={t("queue.appointments.cancel")} onConfirm={() => act(t("queue.appointments.cancel"), () => api.post(Q.appointmentAction(a.id, "cancel"), {}))}>
                    <Button size="small">{t("queue.appointments.cancel")}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function SlotSettings({ counterId, types }: { counterId: string; types: BusinessType[] }) {
  const t = useT();
  const { message } = App.useApp();
  const typeName = useTypeName();
  const slots = useApi(() => api.get<AppointmentSlotList>(Q.slots(counterId)), [counterId]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const update = async (s: AppointmentSlot, body: Record<string, unknown>) => {
    try {
      await api.patch(Q.slot(s.id), body);
      void slots.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
        {t("queue.appointments.addSlot")}
      </Button>
      <Table<AppointmentSlot>
        size="small"
        rowKey="id"
        loading={slots.loading}
        dataSource={slots.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t("queue.appointments.slot"), render: (_, s) => `${s.startTime}–${s.endTime}` },
          { title: t("queue.appointments.kindLabel"), dataIndex: "kind", render: (k: AppointmentKind) => <Tag color={k === "vipRoom" ? "gold" : "cyan"}>{t(`queue.appointments.kind.${k}`)}</Tag> },
          { title: t("queue.appointments.weekdays"), dataIndex: "weekdays", render: (w: string[]) => w.map((d) => t(`queue.weekday.${d}`)).join(" ") },
          { title: t("queue.businessType"), dataIndex: "businessType", render: (c: string | null) => (c ? typeName(types.find((b) => b.code === c) ?? { code: c }) : "—") },
          { title: t("queue.appointments.capacity"), dataIndex: "capacity", render: (c: number, s) => <InputNumber size="small" min={1} max={500} defaultValue={c} aria-label={`${t("queue.appointments.capacity")} · ${s.startTime}–${s.endTime}`} onBlur={(e) => Number(e.target.value) !== c && void update(s, { capacity: Number(e.target.value) })} /> },
          { title: t("common.active"), dataIndex: "active", render: (a: boolean, s) => <Switch size="small" checked={a} aria-label={`${t("common.active")} · ${s.startTime}–${s.endTime}`} onChange={(v) => void update(s, { active: v })} /> },
        ]}
      />
      <Modal open={open} title={t("queue.appointments.addSlot")} onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: "elderly", weekdays: ["mon", "tue", "wed", "thu", "fri"], capacity: 4 }}
          onFinish={async (v: { kind: AppointmentKind; weekdays: string[]; time: [Dayjs, Dayjs]; capacity: number; businessType?: string }) => {
            try {
              await api.post(Q.slots(counterId), {
                kind: v.kind,
                weekdays: v.weekdays,
                startTime: v.time[0].format("HH:mm"),
                endTime: v.time[1].format("HH:mm"),
                capacity: v.capacity,
                ...(v.businessType ? { businessType: v.businessType } : {}),
              });
              setOpen(false);
              void slots.reload();
            } catch (e) {
              message.error(errorText(e, t));
            }
          }}
        >
          <Form.Item name="kind" label={t("queue.appointments.title")}>
            <Select options={(["elderly", "vipRoom"] as const).map((k) => ({ value: k, label: t(`queue.appointments.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="weekdays" label={t("queue.appointments.weekdays")} rules={[{ required: true }]}>
            <Select mode="multiple" options={WEEKDAYS.map((d) => ({ value: d, label: t(`queue.weekday.${d}`) }))} />
          </Form.Item>
          <Form.Item name="time" label={t("queue.appointments.slot")} rules={[{ required: true }]}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
          <Form.Item name="capacity" label={t("queue.appointments.capacity")} rules={[{ required: true }]}>
            <InputNumber min={1} max={500} />
          </Form.Item>
          <Form.Item name="businessType" label={t("queue.businessType")}>
            <Select allowClear options={types.map((b) => ({ value: b.code, label: typeName(b) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
