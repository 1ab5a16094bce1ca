/**
 * Shift handover 交接班 (D-07): the outgoing lead records work done, important events, problems,
 * pending items with replies and notices; the incoming lead confirms. No handover while an emergency
 * is open (blocked message). Printable 交接班记录表.
 */
import { MinusCircleOutlined, PlusOutlined, WarningOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { DAILY_OPS, ExportButton, PageFrame, PaperForm, PrintModal, fmtTime, useCounter, useRunner, useStaff, userOptions, IfCan } from "./shared";
import type { Handover, HandoverList, IncidentList, RecordHandoverRequest } from "./types";
import { ShiftReliefModal } from "./ShiftReliefModal";

interface FormValues {
  businessDate: Dayjs;
  shift: string;
  incomingLeadId: string;
  workDone: string;
  events?: string;
  problems?: string;
  pendingItems?: Array<{ item: string; reply?: string }>;
  notices?: string;
}

export default function HandoversPage() {
  const t = useT();
  const { me } = useAuth();
  const counter = useCounter();
  const staff = useStaff(counter.counterId);
  const run = useRunner();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState<Handover | null>(null);
  const [confirming, setConfirming] = useState<Handover | null>(null);
  const [confirmNote, setConfirmNote] = useState("");
  const [relieving, setRelieving] = useState<Handover | null>(null);
  const query = { counterId: counter.counterId, from: dayjs().subtract(30, "day").format("YYYY-MM-DD"), to: dayjs().format("YYYY-MM-DD") };
  const list = useApi((signal) => api.get<HandoverList>("/daily-ops/handovers", query, { signal }), [counter.counterId], { enabled: !!counter.counterId });
  const incidents = useApi(
    (signal) => api.get<IncidentList>("/daily-ops/incidents", { counterId: counter.counterId, status: "open" }, { signal }),
    [counter.counterId],
    { enabled: !!counter.counterId },
  );
  const openIncidents = incidents.data?.items ?? [];

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: RecordHandoverRequest = {
      counterId: counter.counterId!,
      businessDate: v.businessDate.format("YYYY-MM-DD"),
      shift: v.shift,
      incomingLeadId: v.incomingLeadId,
      workDone: v.workDone,
      pendingItems: (v.pendingItems ?? []).filter((p) => p?.item?.trim()).map((p) => ({ item: p.item.trim(), ...(p.reply?.trim() ? { reply: p.reply.trim() } : {}) })),
      ...(v.events?.trim() ? { events: v.events.trim() } : {}),
      ...(v.problems?.trim() ? { problems: v.problems.trim() } : {}),
      ...(v.notices?.trim() ? { notices: v.notices.trim() } : {}),
    };
    const res = await run(() => api.post<Handover>("/daily-ops/handovers", body));
    if (res) {
      setOpen(false);
      form.resetFields();
      void list.reload();
    } else void incidents.reload();
  };
  const confirm = async () => {
    if (!confirming) return;
    const res = await run(() => api.post(`/daily-ops/handovers/${confirming.id}/confirm`, confirmNote.trim() ? { note: confirmNote.trim() } : {}), "dops.ho.confirmed");
    if (res) {
      setConfirming(null);
      void list.reload();
    }
  };

  return (
    <PageFrame
      title={t("dops.ho.title")}
      rule="D-07"
      counter={counter}
      testId="handovers-page"
      extra={
        <Space wrap>
          <IfCan action="dailyops.handover"><Button
            type="primary"
            size="large"
            icon={<PlusOutlined />}
            disabled={openIncidents.length > 0}
            onClick={() => {
              form.setFieldsValue({ businessDate: dayjs(), shift: "", pendingItems: [] });
              setOpen(true);
            }}
            data-testid="new-handover"
          >
            {t("dops.ho.new")}
          </Button></IfCan>
          <ExportButton path="/daily-ops/handovers" query={query} fileName="handovers" />
        </Space>
      }
    >
      {openIncidents.length > 0 && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          data-testid="handover-blocked"
          message={t("dops.ho.blocked")}
          description={
            <Space direction="vertical">
              {t("dops.ho.blockedHint")}
              {openIncidents.map((i) => (
                <Link key={i.id} to={`${DAILY_OPS}/incidents`}>
                  <Tag color="red">{i.level}</Tag>
                  {i.title} · {fmtTime(i.occurredAt)}
                </Link>
              ))}
            </Space>
          }
        />
      )}
      <Card>
        <Table<Handover>
          rowKey="id"
          rowClassName={(r) => (r.id === new URLSearchParams(window.location.search).get("id") ? "ant-table-row-selected" : "")}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 820 }}
          columns={[
            { title: t("dops.common.businessDate"), dataIndex: "businessDate", width: 110 },
            { title: t("dops.ho.shift"), dataIndex: "shift", width: 100 },
            { title: t("dops.ho.outgoing"), dataIndex: "outgoingLeadName", width: 100 },
            { title: t("dops.ho.incoming"), dataIndex: "incomingLeadName", width: 100 },
            { title: t("dops.ho.workDone"), dataIndex: "workDone", ellipsis: true },
            {
              title: t("dops.common.status"),
              dataIndex: "status",
              width: 100,
              render: (s: string) => <Tag color={s === "confirmed" ? "green" : "orange"}>{t(`dops.ho.status.${s}`)}</Tag>,
            },
            {
              title: "",
              fixed: "right" as const,
              width: 300,
              render: (_, r) => (
                <Space>
                  {r.status === "pending" && r.incomingLeadId === me?.user.id && (
                    <IfCan action="dailyops.handover"><Button
                      type="primary"
                      onClick={() => {
                        setConfirming(r);
                        setConfirmNote("");
                      }}
                    >
                      {t("dops.ho.confirm")}
                    </Button></IfCan>
                  )}
                  <Button onClick={() => setRelieving(r)} data-testid="open-relief">{t("relief.open")}</Button>
                  <Button onClick={() => setPrinting(r)}>{t("dops.common.print")}</Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={open} title={t("dops.ho.new")} width={760} onCancel={() => setOpen(false)} onOk={() => void submit()} okText={t("dops.common.submit")}>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.ho.rule")} />
        <Form form={form} layout="vertical">
          <Space wrap style={{ width: "100%" }}>
            <Form.Item name="businessDate" label={t("dops.common.businessDate")} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="shift" label={t("dops.ho.shift")} rules={[{ required: true, whitespace: true }]}>
              <Input placeholder={t("dops.ho.shiftHint")} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="incomingLeadId" label={t("dops.ho.incoming")} rules={[{ required: true }]}>
              <Select style={{ width: 220 }} options={userOptions(staff.users.filter((u) => u.id !== me?.user.id))} showSearch optionFilterProp="label" />
            </Form.Item>
          </Space>
          <Form.Item name="workDone" label={t("dops.ho.workDone")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="events" label={t("dops.ho.events")}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item name="problems" label={t("dops.ho.problems")}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t("dops.ho.pending")}>
            <Form.List name="pendingItems">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {fields.map((f) => (
                    <Space key={f.key} align="start" style={{ width: "100%" }} wrap>
                      <Form.Item name={[f.name, "item"]} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t("dops.ho.pendingItem")} style={{ width: 300 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, "reply"]} noStyle>
                        <Input placeholder={t("dops.ho.pendingReply")} style={{ width: 260 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} style={{ fontSize: 20, padding: 6 }} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: "" })}>
                    {t("dops.ho.addPending")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="notices" label={t("dops.ho.notices")}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!confirming} title={t("dops.ho.confirm")} onCancel={() => setConfirming(null)} onOk={() => void confirm()}>
        <Alert type="info" showIcon message={t("dops.ho.confirmHint")} style={{ marginBottom: 12 }} />
        <Input.TextArea rows={3} placeholder={t("dops.ho.confirmNote")} value={confirmNote} onChange={(e) => setConfirmNote(e.target.value)} />
      </Modal>
      <ShiftReliefModal
        handover={relieving}
        onClose={(changed) => {
          setRelieving(null);
          if (changed) void list.reload();
        }}
      />
      <PrintModal open={!!printing} onClose={() => setPrinting(null)} title={t("dops.ho.print")}>
        {printing && (
          <PaperForm
            title="交接班记录表"
            meta={[
              ["柜面", counter.counter?.name ?? ""],
              ["日期", printing.businessDate],
              ["班次", printing.shift],
            ]}
            rows={[
              ["交班值班长", printing.outgoingLeadName ?? ""],
              ["接班值班长", printing.incomingLeadName ?? ""],
              ["本班工作情况", printing.workDone],
              ["重要情况", printing.events ?? ""],
              ["发现的问题", printing.problems ?? ""],
              [
                "遗留问题 / 待回复问题",
                printing.pendingItems.length ? (
                  <ol style={{ margin: 0, paddingLeft: 18 }}>
                    {printing.pendingItems.map((p, i) => (
                      <li key={i}>
                        {p.item}
                        {p.reply ? `（答复：${p.reply}）` : ""}
                      </li>
                    ))}
                  </ol>
                ) : (
                  "无"
                ),
              ],
              ["重要通知", printing.notices ?? ""],
              ["交班时间", fmtTime(printing.createdAt)],
              ["接班确认", printing.status === "confirmed" ? `已确认 ${fmtTime(printing.confirmedAt)} ${printing.confirmNote ?? ""}` : "待确认"],
            ]}
            footer={<p style={{ fontSize: 12 }}>注：接班检查时发现的问题由交班班组负责落实处理；交接班后发现的问题由接班班组负责。存在未处理完毕的突发情况时不得交班。</p>}
            signatures={["交班人签字", "接班人签字"]}
          />
        )}
      </PrintModal>
    </PageFrame>
  );
}
