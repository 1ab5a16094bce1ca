/**
 * Morning meeting 晨会 (D-01): scheduled 15–20 minutes before opening (manager and host 5 minutes
 * earlier); attendance, review, topics, case studies (linked cases), focus issues with follow-up.
 * Printable minutes.
 */
import { ClockCircleOutlined, MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Form, Input, Modal, Select, Space, Table, Tag, TimePicker, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { ExportButton, PageFrame, PaperForm, PrintModal, fmtHm, fmtTime, useCounter, useRunner, useStaff, userOptions, IfCan } from "./shared";
import type { Meeting, MeetingList, MeetingSchedule, RecordMeetingRequest } from "./types";
import { FitnessModal } from "./FitnessModal";

interface CaseHit {
  id: string;
  number: string;
  summary: string;
}

interface FormValues {
  businessDate: Dayjs;
  hostId: string;
  startedAt?: Dayjs;
  endedAt?: Dayjs;
  review?: string;
  topics?: string[];
  caseStudies?: Array<{ caseId?: string; title: string; notes?: string }>;
  focusIssues?: Array<{ text: string; ownerId?: string }>;
}

export default function MeetingsPage() {
  const t = useT();
  const { me } = useAuth();
  const counter = useCounter();
  const staff = useStaff(counter.counterId);
  const run = useRunner();
  const [date, setDate] = useState<Dayjs>(dayjs());
  const schedule = useApi(
    (signal) => api.get<MeetingSchedule>("/daily-ops/meetings/schedule", { counterId: counter.counterId, date: date.format("YYYY-MM-DD") }, { signal }),
    [counter.counterId, date.format("YYYY-MM-DD")],
    { enabled: !!counter.counterId },
  );
  const query = { counterId: counter.counterId, from: dayjs().subtract(30, "day").format("YYYY-MM-DD"), to: dayjs().add(1, "day").format("YYYY-MM-DD") };
  const list = useApi((signal) => api.get<MeetingList>("/daily-ops/meetings", query, { signal }), [counter.counterId], { enabled: !!counter.counterId });
  const openFocus = useApi(
    (signal) => api.get<MeetingList>("/daily-ops/meetings", { counterId: counter.counterId, openFocus: "true" }, { signal }),
    [counter.counterId],
    { enabled: !!counter.counterId },
  );
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState(false);
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const [printing, setPrinting] = useState<Meeting | null>(null);
  const [followUp, setFollowUp] = useState<{ meeting: Meeting; index: number } | null>(null);
  const [followNote, setFollowNote] = useState("");
  const [followDone, setFollowDone] = useState(false);
  const [caseHits, setCaseHits] = useState<CaseHit[]>([]);
  const [judging, setJudging] = useState<Meeting | null>(null);

  useEffect(() => {
    setPresent(Object.fromEntries(staff.users.map((u) => [u.id, true])));
  }, [staff.users]);

  const searchCases = async (q: string) => {
    try {
      const res = await api.get<{ items: CaseHit[] }>("/cases", { orgUnitId: counter.counterId, q: q || undefined, limit: 20 });
      setCaseHits(res.items);
    } catch {
      setCaseHits([]);
    }
  };

  const s = schedule.data;
  const startNew = () => {
    const from = s?.meetingFrom ? dayjs(s.meetingFrom) : undefined;
    form.setFieldsValue({
      businessDate: date,
      hostId: me?.user.id,
      startedAt: from,
      endedAt: from ? from.add(15, "minute") : undefined,
      topics: [""],
      caseStudies: [],
      focusIssues: [],
    });
    void searchCases("");
    setOpen(true);
  };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: RecordMeetingRequest = {
      counterId: counter.counterId!,
      businessDate: v.businessDate.format("YYYY-MM-DD"),
      hostId: v.hostId,
      ...(v.startedAt ? { startedAt: v.businessDate.hour(v.startedAt.hour()).minute(v.startedAt.minute()).second(0).toISOString() } : {}),
      ...(v.endedAt ? { endedAt: v.businessDate.hour(v.endedAt.hour()).minute(v.endedAt.minute()).second(0).toISOString() } : {}),
      attendees: staff.users.map((u) => ({ userId: u.id, present: present[u.id] ?? false })),
      ...(v.review?.trim() ? { review: v.review.trim() } : {}),
      topics: (v.topics ?? []).map((x) => x?.trim()).filter((x): x is string => !!x),
      caseStudies: (v.caseStudies ?? []).filter((c) => c?.title?.trim()).map((c) => ({ title: c.title.trim(), ...(c.caseId ? { caseId: c.caseId } : {}), ...(c.notes?.trim() ? { notes: c.notes.trim() } : {}) })),
      focusIssues: (v.focusIssues ?? []).filter((f) => f?.text?.trim()).map((f) => ({ text: f.text.trim(), ...(f.ownerId ? { ownerId: f.ownerId } : {}) })),
    };
    const res = await run(() => api.post<Meeting>("/daily-ops/meetings", body));
    if (res) {
      setOpen(false);
      void list.reload();
      void openFocus.reload();
    }
  };

  const sendFollowUp = async () => {
    if (!followUp || !followNote.trim()) return;
    const res = await run(() => api.post(`/daily-ops/meetings/${followUp.meeting.id}/focus-issues/${followUp.index}/follow-up`, { note: followNote.trim(), done: followDone }));
    if (res) {
      setFollowUp(null);
      void openFocus.reload();
      void list.reload();
    }
  };

  const openIssues = useMemo(
    () => (openFocus.data?.items ?? []).flatMap((m) => m.focusIssues.map((f, index) => ({ meeting: m, index, issue: f }))).filter((x) => !x.issue.done),
    [openFocus.data],
  );

  return (
    <PageFrame
      title={t("dops.mtg.title")}
      rule="D-01"
      counter={counter}
      testId="meetings-page"
      extra={
        <Space wrap>
          <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} />
          <IfCan action="dailyops.meeting"><Button type="primary" size="large" icon={<PlusOutlined />} onClick={startNew} data-testid="new-meeting">
            {t("dops.mtg.new")}
          </Button></IfCan>
          <ExportButton path="/daily-ops/meetings" query={query} fileName="meetings" />
        </Space>
      }
    >
      <Card size="small" title={<Space><ClockCircleOutlined />{t("dops.mtg.schedule")}</Space>}>
        {s && s.workingDay ? (
          <Descriptions column={{ xs: 1, sm: 2, md: 4 }} size="small">
            <Descriptions.Item label={t("dops.mtg.opening")}>{fmtHm(s.openingAt)}</Descriptions.Item>
            <Descriptions.Item label={t("dops.mtg.window")}>
              <Tag color="blue">{fmtHm(s.meetingFrom)} – {fmtHm(s.meetingTo)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("dops.mtg.arriveBy")}>{fmtHm(s.arriveBy)}</Descriptions.Item>
            <Descriptions.Item label={t("dops.common.businessDate")}>{s.date}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{s ? t("dops.mtg.noWorkingDay") : "—"}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t("dops.mtg.openFocus")}>
        {openIssues.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Space direction="vertical" style={{ width: "100%" }}>
            {openIssues.map((x) => (
              <div key={`${x.meeting.id}-${x.index}`} className="dops-check">
                <div className="dops-check-main">
                  <Typography.Text strong>{x.issue.text}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {x.meeting.businessDate} · {t("dops.mtg.owner")}：{staff.nameOf(x.issue.ownerId)} · {t("dops.mtg.followUps", { n: x.issue.followUps.length })}
                    {x.issue.followUps.length > 0 && ` · ${x.issue.followUps[x.issue.followUps.length - 1]!.note}`}
                  </Typography.Text>
                </div>
                <IfCan action="dailyops.meeting"><Button
                  onClick={() => {
                    setFollowUp({ meeting: x.meeting, index: x.index });
                    setFollowNote("");
                    setFollowDone(false);
                  }}
                >
                  {t("dops.mtg.followUp")}
                </Button></IfCan>
              </div>
            ))}
          </Space>
        )}
      </Card>
      <Card>
        <Table<Meeting>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 760 }}
          columns={[
            { title: t("dops.common.businessDate"), dataIndex: "businessDate", width: 110 },
            {
              title: t("dops.mtg.time"),
              width: 170,
              render: (_, m) => {
                const late = m.startedAt && m.scheduledTo && dayjs(m.startedAt).isAfter(dayjs(m.scheduledTo));
                return (
                  <Space size={4}>
                    {fmtHm(m.startedAt)}–{fmtHm(m.endedAt)}
                    {late && <Tag color="orange">{t("dops.mtg.late")}</Tag>}
                  </Space>
                );
              },
            },
            { title: t("dops.mtg.host"), dataIndex: "hostId", width: 100, render: (id: string) => staff.nameOf(id) },
            { title: t("dops.mtg.attendance"), width: 100, render: (_, m) => `${m.attendees.filter((a) => a.present).length}/${m.attendees.length}` },
            { title: t("dops.mtg.topics"), render: (_, m) => m.topics.join("；") || "—", ellipsis: true },
            {
              title: "",
              fixed: "right" as const,
              width: 200,
              render: (_, m) => (
                <Space>
                  <IfCan action="dailyops.fitness">
                    <Button onClick={() => setJudging(m)} data-testid="open-fitness">
                      {t("relief.fitness")}
                    </Button>
                  </IfCan>
                  <Button onClick={() => setPrinting(m)}>{t("dops.common.print")}</Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Modal open={open} width={820} title={t("dops.mtg.new")} onCancel={() => setOpen(false)} onOk={() => void submit()} okText={t("dops.common.submit")}>
        {s?.meetingFrom && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.mtg.ruleHint", { from: fmtHm(s.meetingFrom), to: fmtHm(s.meetingTo), arrive: fmtHm(s.arriveBy) })} />}
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item name="businessDate" label={t("dops.common.businessDate")} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="hostId" label={t("dops.mtg.host")} rules={[{ required: true }]}>
              <Select style={{ width: 200 }} options={userOptions(staff.users)} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="startedAt" label={t("dops.mtg.start")}>
              <TimePicker format="HH:mm" />
            </Form.Item>
            <Form.Item name="endedAt" label={t("dops.mtg.end")}>
              <TimePicker format="HH:mm" />
            </Form.Item>
          </Space>
          <Form.Item label={t("dops.mtg.attendance")}>
            <Space wrap>
              {staff.users.map((u) => (
                <Checkbox key={u.id} checked={present[u.id] ?? false} onChange={(e) => setPresent((p) => ({ ...p, [u.id]: e.target.checked }))}>
                  {u.displayName}
                </Checkbox>
              ))}
            </Space>
          </Form.Item>
          <Form.Item name="review" label={t("dops.mtg.review")}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t("dops.mtg.topics")}>
            <Form.List name="topics">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {fields.map((f) => (
                    <Space key={f.key} style={{ width: "100%" }}>
                      <Form.Item name={f.name} noStyle>
                        <Input style={{ width: 560, maxWidth: "70vw" }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add("")}>
                    {t("dops.mtg.addTopic")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label={t("dops.mtg.cases")}>
            <Form.List name="caseStudies">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {fields.map((f) => (
                    <Space key={f.key} wrap align="start">
                      <Form.Item name={[f.name, "caseId"]} noStyle>
                        <Select
                          allowClear
                          showSearch
                          style={{ width: 220 }}
                          placeholder={t("dops.mtg.linkCase")}
                          filterOption={false}
                          onSearch={(q) => void searchCases(q)}
                          options={caseHits.map((c) => ({ value: c.id, label: `${c.number} ${c.summary}`.slice(0, 60) }))}
                          onChange={(id: string | undefined) => {
                            const hit = caseHits.find((c) => c.id === id);
                            if (hit && !form.getFieldValue(["caseStudies", f.name, "title"])) form.setFieldValue(["caseStudies", f.name, "title"], hit.summary.slice(0, 200));
                          }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, "title"]} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t("dops.mtg.caseTitle")} style={{ width: 240 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, "notes"]} noStyle>
                        <Input placeholder={t("dops.mtg.caseNotes")} style={{ width: 220 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: "" })}>
                    {t("dops.mtg.addCase")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label={t("dops.mtg.focus")}>
            <Form.List name="focusIssues">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {fields.map((f) => (
                    <Space key={f.key} wrap>
                      <Form.Item name={[f.name, "text"]} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input placeholder={t("dops.mtg.focusText")} style={{ width: 420 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, "ownerId"]} noStyle>
                        <Select allowClear placeholder={t("dops.mtg.owner")} style={{ width: 180 }} options={userOptions(staff.users)} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: "" })}>
                    {t("dops.mtg.addFocus")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={!!followUp} title={t("dops.mtg.followUp")} onCancel={() => setFollowUp(null)} onOk={() => void sendFollowUp()} okButtonProps={{ disabled: !followNote.trim() }}>
        <Typography.Paragraph strong>{followUp ? followUp.meeting.focusIssues[followUp.index]?.text : ""}</Typography.Paragraph>
        <Input.TextArea rows={3} aria-label={t("dops.mtg.followUp")} value={followNote} onChange={(e) => setFollowNote(e.target.value)} maxLength={1000} />
        <Checkbox style={{ marginTop: 8 }} checked={followDone} onChange={(e) => setFollowDone(e.target.checked)}>
          {t("dops.mtg.resolved")}
        </Checkbox>
      </Modal>

      <FitnessModal meeting={judging} onClose={() => setJudging(null)} />
      <PrintModal open={!!printing} onClose={() => setPrinting(null)} title={t("dops.mtg.print")}>
        {printing && (
          <PaperForm
            title="晨会会议记录"
            meta={[
              ["柜面", counter.counter?.name ?? ""],
              ["日期", printing.businessDate],
              ["时间", `${fmtHm(printing.startedAt)}–${fmtHm(printing.endedAt)}`],
              ["规定时间", `${fmtHm(printing.scheduledFrom)}–${fmtHm(printing.scheduledTo)}`],
              ["主持人", staff.nameOf(printing.hostId)],
            ]}
            rows={[
              ["出席人员", printing.attendees.filter((a) => a.present).map((a) => a.displayName ?? staff.nameOf(a.userId)).join("、") || "—"],
              ["缺席人员", printing.attendees.filter((a) => !a.present).map((a) => a.displayName ?? staff.nameOf(a.userId)).join("、") || "无"],
              ["回顾总结", printing.review ?? ""],
              ["会议议题", printing.topics.length ? <ol style={{ margin: 0, paddingLeft: 18 }}>{printing.topics.map((x, i) => <li key={i}>{x}</li>)}</ol> : "—"],
              [
                "案例学习",
                printing.caseStudies.length ? (
                  <ol style={{ margin: 0, paddingLeft: 18 }}>
                    {printing.caseStudies.map((c, i) => (
                      <li key={i}>
                        {c.title}
                        {c.notes ? `：${c.notes}` : ""}
                      </li>
                    ))}
                  </ol>
                ) : (
                  "—"
                ),
              ],
              [
                "焦点问题及跟踪",
                printing.focusIssues.length ? (
                  <ol style={{ margin: 0, paddingLeft: 18 }}>
                    {printing.focusIssues.map((f, i) => (
                      <li key={i}>
                        {f.text}（责任人：{staff.nameOf(f.ownerId)}；{f.done ? "已解决" : "跟踪中"}）
                        {f.followUps.map((u, k) => (
                          <div key={k} style={{ fontSize: 12 }}>
                            {fmtTime(u.at)} {u.note}
                          </div>
                        ))}
                      </li>
                    ))}
                  </ol>
                ) : (
                  "—"
                ),
              ],
            ]}
            signatures={["记录人", "主持人"]}
          />
        )}
      </PrintModal>
    </PageFrame>
  );
}
