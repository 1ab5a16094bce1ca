/** Leave and shift-swap requests: file one's own, decide those awaiting me, see the unit's (with their approval chain). */
import { PlusOutlined } from "@ant-design/icons";
import type { DecideRequest, FileRequest, RequestList, RequestView, StaffDirectory } from "@ccms/contracts";
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space, Steps, Table, Tabs, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { ApprovalChainsCard } from "./ApprovalChainsCard";

const LEAVE_KINDS = ["personal", "sick", "annual", "marriage", "maternity", "bereavement"] as const;
const STATE_COLOR: Record<RequestView["state"], string> = { pending: "orange", approved: "green", rejected: "red", cancelled: "default" };
const day = (d: Dayjs) => d.format("YYYY-MM-DD");

interface FileForm {
  kind: "leave" | "swap";
  leaveKind: (typeof LEAVE_KINDS)[number];
  range?: [Dayjs, Dayjs];
  halfDay?: "am" | "pm" | "";
  sudden?: boolean;
  certificateRef?: string;
  delegateUserId?: string;
  date?: Dayjs;
  withUserId?: string;
  fromShift: "day" | "night";
  toShift: "day" | "night";
  exception?: boolean;
  reason?: string;
}

function useRequests(query: Record<string, string | undefined>, enabled: boolean) {
  return useApi((signal) => api.get<RequestList>("/people/requests", query, { signal }), [JSON.stringify(query)], { enabled });
}

export default function RequestsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [tab, setTab] = useState<string>(can("people.request") ? "mine" : "awaiting");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const mine = useRequests({}, tab === "mine" && can("people.request"));
  const awaiting = useRequests({ awaitingMe: "true" }, tab === "awaiting");
  const unit = useRequests({ orgUnitId }, tab === "unit" && !!orgUnitId && can("people.read"));
  const colleagues = useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId: me?.user.orgUnitId, subtree: "false" }, { signal }), [me?.user.orgUnitId], { enabled: !!me && can("people.request") });
  const [form] = Form.useForm<FileForm>();
  const [filing, setFiling] = useState(false);
  const [deciding, setDeciding] = useState<{ req: RequestView; decision: DecideRequest["decision"] } | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch("kind", form);
  const leaveKind = Form.useWatch("leaveKind", form);

  const reloadAll = async () => {
    await Promise.all([mine.reload(), awaiting.reload(), unit.reload()].map((p) => p.catch(() => undefined)));
  };
  const others = (colleagues.data?.items ?? []).filter((u) => u.active && u.id !== me?.user.id).map((u) => ({ value: u.id, label: u.displayName }));

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const reason = v.reason?.trim() ? { reason: v.reason.trim() } : {};
    const body: FileRequest =
      v.kind === "leave"
        ? {
            kind: "leave",
            leaveKind: v.leaveKind,
            from: day(v.range![0]),
            to: day(v.halfDay ? v.range![0] : v.range![1]),
            ...(v.halfDay ? { halfDay: v.halfDay } : {}),
            ...(v.sudden ? { sudden: true } : {}),
            ...(v.certificateRef?.trim() ? { certificateRef: v.certificateRef.trim() } : {}),
            ...(v.delegateUserId ? { delegateUserId: v.delegateUserId } : {}),
            ...reason,
          }
        : { kind: "swap", date: day(v.date!), withUserId: v.withUserId!, fromShift: v.fromShift, toShift: v.toShift, ...(v.exception ? { exception: true } : {}), ...reason };
    setBusy(true);
    try {
      await api.post("/people/requests", body);
      void message.success(t("people.req.filedOk"));
      setFiling(false);
      await reloadAll();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const sendDecision = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      await api.post(`/people/requests/${encodeURIComponent(deciding.req.id)}/decision`, { decision: deciding.decision, ...(note.trim() ? { note: note.trim() } : {}) });
      void message.success(t("people.req.decidedOk"));
      setDeciding(null);
      await reloadAll();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const what = (r: RequestView) =>
    r.kind === "leave"
      ? `${t(`people.req.leaveKind.${r.leaveKind}`)} · ${r.days} ${t("people.req.daysUnit")}`
      : `${t("people.req.swap")} · ${r.swapWithName ?? "—"} · ${t(`people.req.shift.${r.fromShift}`)}→${t(`people.req.shift.${r.toShift}`)}`;
  const columns = (withDecide: boolean): ColumnsType<RequestView> => [
    { title: t("people.req.person"), dataIndex: "userName", width: 120 },
    { title: t("people.req.what"), key: "what", width: 220, render: (_, r) => what(r) },
    { title: t("people.req.when"), key: "when", width: 190, render: (_, r) => (r.from === r.to ? `${r.from}${r.halfDay ? ` ${t(`people.req.half.${r.halfDay}`)}` : ""}` : `${r.from} ~ ${r.to}`) },
    {
      title: t("people.req.chain"),
      key: "chain",
      render: (_, r) => (
        <Steps
          size="small"
          current={r.steps.findIndex((s) => s.decision === null)}
          status={r.state === "rejected" ? "error" : r.state === "approved" ? "finish" : "process"}
          items={r.steps.map((s) => ({
            title: t(`people.req.level.${s.level}`),
            description: s.byName ? `${s.byName}${s.note ? `：${s.note}` : ""}` : undefined,
            status: s.decision === "approved" ? "finish" : s.decision === "rejected" ? "error" : undefined,
          }))}
        />
      ),
    },
    {
      title: t("people.req.notes"),
      key: "notes",
      width: 220,
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          {r.warnings.map((w) => (
            <Tag key={w} color="gold">
              {t(`people.req.warning.${w}`)}
            </Tag>
          ))}
          {r.delegateName && <span>{t("people.req.delegateIs", { name: r.delegateName })}</span>}
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
        </Space>
      ),
    },
    { title: t("people.req.state"), dataIndex: "state", width: 90, render: (s: RequestView["state"]) => <Tag color={STATE_COLOR[s]}>{t(`people.req.stateValue.${s}`)}</Tag> },
    ...(withDecide
      ? [
          {
            title: "",
            key: "decide",
            width: 170,
            render: (_: unknown, r: RequestView) =>
              r.canDecide ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => { setNote(""); setDeciding({ req: r, decision: "approve" }); }}>
                    {t("people.req.approve")}
                  </Button>
                  <Button size="small" danger onClick={() => { setNote(""); setDeciding({ req: r, decision: "reject" }); }}>
                    {t("people.req.reject")}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  const table = (data: RequestList | undefined, loading: boolean, withDecide: boolean) => (
    <Table<RequestView> rowKey="id" loading={loading} dataSource={data?.items ?? []} columns={columns(withDecide)} scroll={{ x: 1200 }} locale={{ emptyText: t("people.req.empty") }} />
  );

  const items = [
    ...(can("people.request") ? [{ key: "mine", label: t("people.req.mine"), children: table(mine.data, mine.loading, false) }] : []),
    { key: "awaiting", label: t("people.req.awaiting"), children: table(awaiting.data, awaiting.loading, true) },
    ...(can("people.read")
      ? [
          {
            key: "unit",
            label: t("people.req.unit"),
            children: (
              <Space direction="vertical" style={{ width: "100%" }}>
                <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 260 }} aria-label={t("people.staff.unit")} />
                {table(unit.data, unit.loading, true)}
              </Space>
            ),
          },
          {
            key: "chains",
            label: t("peopleSettings.chains.title"),
            children: (
              <Space direction="vertical" style={{ width: "100%" }}>
                <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 260 }} aria-label={t("people.staff.unit")} />
                {orgUnitId && tab === "chains" && <ApprovalChainsCard orgUnitId={orgUnitId} editable={can("people.manage")} />}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t("people.req.title")}
      subtitle={t("people.req.subtitle")}
      rules="P-06 · P-07 · P-08 · P-10 · K-02"
      extra={
        can("people.request") && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setFiling(true);
            }}
          >
            {t("people.req.file")}
          </Button>
        )
      }
    >
      <Card>
        <Tabs activeKey={tab} onChange={setTab} items={items} />
      </Card>

      <Modal open={filing} title={t("people.req.file")} onCancel={() => setFiling(false)} onOk={() => void submit()} confirmLoading={busy} destroyOnHidden width={560}>
        <Form form={form} layout="vertical" initialValues={{ kind: "leave", leaveKind: "personal", fromShift: "day", toShift: "day", halfDay: "" }}>
          <Form.Item name="kind" label={t("people.req.kind")}>
            <Radio.Group optionType="button" options={[{ value: "leave", label: t("people.req.leave") }, { value: "swap", label: t("people.req.swap") }]} />
          </Form.Item>
          {kind !== "swap" ? (
            <>
              <Form.Item name="leaveKind" label={t("people.req.leaveKindLabel")} extra={t(`people.req.noticeHint.${leaveKind === "annual" || leaveKind === "marriage" || leaveKind === "maternity" ? "month" : leaveKind === "bereavement" ? "none" : "three"}`)}>
                <Select options={LEAVE_KINDS.map((k) => ({ value: k, label: t(`people.req.leaveKind.${k}`) }))} />
              </Form.Item>
              <Form.Item name="range" label={t("people.req.when")} rules={[{ required: true, message: t("common.required") }]}>
                <DatePicker.RangePicker />
              </Form.Item>
              <Form.Item name="halfDay" label={t("people.req.halfDayLabel")}>
                <Radio.Group options={[{ value: "", label: t("people.req.half.none") }, { value: "am", label: t("people.req.half.am") }, { value: "pm", label: t("people.req.half.pm") }]} />
              </Form.Item>
              {leaveKind === "sick" && (
                <>
                  <Form.Item name="sudden" valuePropName="checked">
                    <Checkbox>{t("people.req.sudden")}</Checkbox>
                  </Form.Item>
                  <Form.Item name="certificateRef" label={t("people.req.certificate")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </>
              )}
              <Form.Item name="delegateUserId" label={t("people.req.delegate")} extra={t("people.req.delegateHint")}>
                <Select allowClear showSearch optionFilterProp="label" options={others} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="date" label={t("people.req.swapDate")} rules={[{ required: true, message: t("common.required") }]} extra={t("people.req.swapHint")}>
                <DatePicker disabledDate={(d) => d.isBefore(dayjs(), "day")} />
              </Form.Item>
              <Form.Item name="withUserId" label={t("people.req.swapWith")} rules={[{ required: true, message: t("common.required") }]}>
                <Select showSearch optionFilterProp="label" options={others} />
              </Form.Item>
              <Space wrap>
                <Form.Item name="fromShift" label={t("people.req.fromShift")}>
                  <Radio.Group options={[{ value: "day", label: t("people.req.shift.day") }, { value: "night", label: t("people.req.shift.night") }]} />
                </Form.Item>
                <Form.Item name="toShift" label={t("people.req.toShift")}>
                  <Radio.Group options={[{ value: "day", label: t("people.req.shift.day") }, { value: "night", label: t("people.req.shift.night") }]} />
                </Form.Item>
              </Space>
              <Form.Item name="exception" valuePropName="checked">
                <Checkbox>{t("people.req.exception")}</Checkbox>
              </Form.Item>
            </>
          )}
          <Form.Item name="reason" label={t("people.req.reason")}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!deciding}
        title={deciding ? `${t(deciding.decision === "approve" ? "people.req.approve" : "people.req.reject")} · ${deciding.req.userName} · ${what(deciding.req)}` : ""}
        onCancel={() => setDeciding(null)}
        onOk={() => void sendDecision()}
        confirmLoading={busy}
        okButtonProps={{ danger: deciding?.decision === "reject" }}
        destroyOnHidden
      >
        {deciding?.req.warnings.map((w) => (
          <Tag key={w} color="gold" style={{ marginBottom: 8 }}>
            {t(`people.req.warning.${w}`)}
          </Tag>
        ))}
        <Input.TextArea rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("people.req.notePlaceholder")} aria-label={t("people.req.notePlaceholder")} />
      </Modal>
    </PageContainer>
  );
}
