/** Training and exams: one's own training; a unit's new staff (three stages with a mentor, the 3-month assessment before business permissions), exams and trainings. */
import type { ExamView, OnboardingView, StaffDirectory, TrainingSessionView } from "@ccms/contracts";
import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer, RoleTags } from "../../components";
import { useT } from "../../i18n";
import { TrainingMaterialsCard } from "./TrainingMaterialsCard";

type MyTraining = { onboarding: OnboardingView | null; exams: ExamView[]; sessions: TrainingSessionView[] };
type SessionList = { items: TrainingSessionView[]; attendance: Array<{ userId: string; userName: string; invited: number; attended: number; rate: number }> };
const STATE_COLOR = { open: "processing", passed: "green", failed: "red" } as const;
const BUSINESS_ROLES = ["teller", "guide", "agent", "dutyManager", "counterManager"];

export default function TrainingPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [busy, setBusy] = useState<string | null>(null);
  const [hireOpen, setHireOpen] = useState(false);
  const [examOpen, setExamOpen] = useState(false);
  const [sessionOpen, setSessionOpen] = useState(false);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const read = can("people.read");
  const manage = can("people.training.manage");
  const mine = useApi((signal) => api.get<MyTraining>("/people/training/me", undefined, { signal }), []);
  const onboarding = useApi((signal) => api.get<{ items: OnboardingView[] }>("/people/onboarding", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && read });
  const exams = useApi((signal) => api.get<{ items: ExamView[] }>("/people/exams", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && read });
  const sessions = useApi((signal) => api.get<SessionList>("/people/training-sessions", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && read });
  const people = useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && manage });
  const personOptions = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }));

  const act = async (key: string, fn: () => Promise<unknown>, ok?: string) => {
    setBusy(key);
    try {
      await fn();
      void message.success(ok ?? t("peopleTraining.saved"));
      await Promise.all([mine.reload(), read ? onboarding.reload() : null, read ? exams.reload() : null, read ? sessions.reload() : null]);
      return true;
    } catch (e) {
      void message.error(errorText(e, t));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const examState = (e: ExamView) => (
    <Space size={4} wrap>
      <Tag color={STATE_COLOR[e.state]}>{t(`peopleTraining.examState.${e.state}`)}</Tag>
      {e.state === "open" && <Typography.Text type="secondary">{t("peopleTraining.attemptsLeft", { n: e.attemptsLeft })}</Typography.Text>}
      {e.proposal && <Tag color="red">{t(`peopleTraining.proposal.${e.proposal}`)}</Tag>}
    </Space>
  );
  const examColumns: ColumnsType<ExamView> = [
    { title: t("peopleTraining.person"), dataIndex: "userName", width: 120 },
    { title: t("peopleTraining.examKind"), key: "kind", width: 140, render: (_, e) => t(`peopleTraining.examKindValue.${e.kind}`) },
    { title: t("peopleTraining.exam"), dataIndex: "title" },
    { title: t("peopleTraining.passMark"), dataIndex: "passMark", width: 80 },
    { title: t("peopleTraining.dueOn"), dataIndex: "dueOn", width: 110, render: (d: string | null) => d ?? "—" },
    { title: t("peopleTraining.attempts"), key: "attempts", width: 140, render: (_, e) => e.attempts.map((a) => <Tag key={a.seq} color={a.passed ? "green" : "red"}>{`${a.score}（${a.takenOn}）`}</Tag>) },
    { title: t("peopleTraining.state"), key: "state", width: 200, render: (_, e) => examState(e) },
    ...(manage
      ? [
          {
            title: t("peopleTraining.recordScore"),
            key: "record",
            width: 190,
            render: (_: unknown, e: ExamView) =>
              e.state === "open" ? (
                <Space.Compact>
                  <InputNumber min={0} max={100} value={scores[e.id] ?? null} onChange={(v) => setScores((s) => ({ ...s, [e.id]: v }))} aria-label={t("peopleTraining.score")} style={{ width: 80 }} />
                  <Button
                    disabled={scores[e.id] == null}
                    loading={busy === `score:${e.id}`}
                    onClick={() => void act(`score:${e.id}`, () => api.post(`/people/exams/${encodeURIComponent(e.id)}/attempts`, { score: scores[e.id], takenOn: dayjs().format("YYYY-MM-DD") }))}
                  >
                    {t("peopleTraining.recordScore")}
                  </Button>
                </Space.Compact>
              ) : null,
          },
        ]
      : []),
  ];
  const onboardingColumns: ColumnsType<OnboardingView> = [
    { title: t("peopleTraining.person"), dataIndex: "userName", width: 120 },
    { title: t("peopleTraining.mentor"), dataIndex: "mentorName", width: 110 },
    { title: t("peopleTraining.hiredOn"), dataIndex: "hiredOn", width: 110 },
    { title: t("peopleTraining.stage"), key: "stage", width: 150, render: (_, o) => <Tag color={o.stage === "done" ? "green" : "blue"}>{t(`peopleTraining.stageValue.${o.stage}`)}</Tag> },
    { title: t("peopleTraining.assessmentDue"), key: "assessment", width: 220, render: (_, o) => (o.assessment ? <Space direction="vertical" size={0}>{o.assessmentDueOn}{examState(o.assessment)}</Space> : o.assessmentDueOn) },
    { title: t("peopleTraining.pendingRoles"), key: "roles", width: 140, render: (_, o) => <RoleTags roles={o.pendingRoles} /> },
    { title: t("peopleTraining.state"), key: "state", width: 170, render: (_, o) => <Tag color={o.state === "granted" ? "green" : o.state === "training" ? "gold" : "red"}>{t(`peopleTraining.stateValue.${o.state}`)}</Tag> },
    {
      title: t("peopleTraining.blockers"),
      key: "actions",
      render: (_, o) => (
        <Space wrap>
          {o.state === "training" && o.blockers.map((b) => <Tag key={b}>{t(`peopleTraining.blocker.${b}`)}</Tag>)}
          {o.stage !== "done" && o.state === "training" && (manage || o.mentorUserId === me?.user.id) && (
            <Button size="small" loading={busy === `stage:${o.userId}`} onClick={() => void act(`stage:${o.userId}`, () => api.post(`/people/onboarding/${encodeURIComponent(o.userId)}/stage`))}>
              {t("peopleTraining.signOff")}
            </Button>
          )}
          {o.blockers.length === 0 && can("people.training.approve") && (
            <Popconfirm title={t("peopleTraining.approveConfirm")} onConfirm={() => void act(`approve:${o.userId}`, () => api.post(`/people/onboarding/${encodeURIComponent(o.userId)}/approve`), t("peopleTraining.approved"))}>
              <Button size="small" type="primary" loading={busy === `approve:${o.userId}`}>
                {t("peopleTraining.approve")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  const sessionColumns: ColumnsType<TrainingSessionView> = [
    { title: t("peopleTraining.session"), dataIndex: "title" },
    { title: t("peopleTraining.examKind"), key: "kind", width: 150, render: (_, s) => t(`peopleTraining.sessionKind.${s.kind}`) },
    { title: t("peopleTraining.startsOn"), key: "dates", width: 200, render: (_, s) => `${s.startsOn} – ${s.endsOn}` },
    {
      title: t("peopleTraining.attendees"),
      key: "attendees",
      render: (_, s) => (
        <Space direction="vertical" size={4}>
          {s.reportDueOn && <Typography.Text type="secondary">{t("peopleTraining.reportDue", { date: s.reportDueOn })}</Typography.Text>}
          {s.attendees.map((a) => (
            <Space key={a.userId} wrap size={4}>
              <span>{a.userName}</span>
              <Tag color={a.status === "attended" ? "green" : a.status === "absent" ? "red" : "default"}>{t(`peopleTraining.attendanceValue.${a.status}`)}</Tag>
              {a.reportStatus && <Tag color={a.reportStatus === "overdue" || a.reportStatus === "submitted_late" ? "red" : a.reportStatus === "due" ? "gold" : "green"}>{t(`peopleTraining.reportStatus.${a.reportStatus}`)}</Tag>}
              {manage && a.status === "invited" && (
                <>
                  <Button size="small" onClick={() => void act(`att:${s.id}:${a.userId}`, () => api.post(`/people/training-sessions/${encodeURIComponent(s.id)}/attendance`, { userId: a.userId, status: "attended" }))}>
                    {t("peopleTraining.attendanceValue.attended")}
                  </Button>
                  <Button size="small" danger onClick={() => void act(`att:${s.id}:${a.userId}`, () => api.post(`/people/training-sessions/${encodeURIComponent(s.id)}/attendance`, { userId: a.userId, status: "absent" }))}>
                    {t("peopleTraining.attendanceValue.absent")}
                  </Button>
                </>
              )}
              {manage && s.kind === "external" && a.status === "attended" && !a.reportSubmittedOn && (
                <Button size="small" onClick={() => void act(`rep:${s.id}:${a.userId}`, () => api.post(`/people/training-sessions/${encodeURIComponent(s.id)}/attendance`, { userId: a.userId, status: "attended", reportSubmittedOn: dayjs().format("YYYY-MM-DD") }))}>
                  {t("peopleTraining.reportSubmitted")}
                </Button>
              )}
            </Space>
          ))}
        </Space>
      ),
    },
  ];

  const my = mine.data;
  return (
    <PageContainer title={t("peopleTraining.title")} subtitle={t("peopleTraining.subtitle")} rules="P-01 · P-03 · P-04 · K-08">
      <Space direction="vertical" style={{ width: "100%" }} size={16}>
        {my && (my.onboarding || my.exams.length > 0 || my.sessions.length > 0) && (
          <Card title={t("peopleTraining.mine")}>
            {my.onboarding && (
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t("peopleTraining.mentor")}>{my.onboarding.mentorName}</Descriptions.Item>
                <Descriptions.Item label={t("peopleTraining.stage")}>{t(`peopleTraining.stageValue.${my.onboarding.stage}`)}</Descriptions.Item>
                <Descriptions.Item label={t("peopleTraining.state")}>{t(`peopleTraining.stateValue.${my.onboarding.state}`)}</Descriptions.Item>
                <Descriptions.Item label={t("peopleTraining.assessmentDue")}>{my.onboarding.assessmentDueOn}</Descriptions.Item>
                <Descriptions.Item label={t("peopleTraining.onPostDue")}>{my.onboarding.onPostExamDueOn}</Descriptions.Item>
              </Descriptions>
            )}
            {my.exams.length > 0 && <Table<ExamView> rowKey="id" size="small" pagination={false} dataSource={my.exams} columns={examColumns.filter((c) => c.key !== "record")} />}
          </Card>
        )}
        <TrainingMaterialsCard />
        {read && (
          <Card extra={<OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 240 }} aria-label={t("peopleTraining.unit")} />}>
            <Tabs
              items={[
                {
                  key: "onboarding",
                  label: t("peopleTraining.tabOnboarding"),
                  children: (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {manage && <Button type="primary" onClick={() => setHireOpen(true)}>{t("peopleTraining.hire")}</Button>}
                      <Table<OnboardingView> rowKey="userId" loading={onboarding.loading} dataSource={onboarding.data?.items ?? []} columns={onboardingColumns} pagination={false} locale={{ emptyText: t("peopleTraining.empty") }} scroll={{ x: 1100 }} />
                    </Space>
                  ),
                },
                {
                  key: "exams",
                  label: t("peopleTraining.tabExams"),
                  children: (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {manage && (
                        <Space>
                          <Button type="primary" onClick={() => setExamOpen(true)}>{t("peopleTraining.newExam")}</Button>
                        </Space>
                      )}
                      <Table<ExamView> rowKey="id" loading={exams.loading} dataSource={exams.data?.items ?? []} columns={examColumns} pagination={false} locale={{ emptyText: t("peopleTraining.empty") }} scroll={{ x: 1100 }} />
                    </Space>
                  ),
                },
                {
                  key: "sessions",
                  label: t("peopleTraining.tabSessions"),
                  children: (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {manage && <Button type="primary" onClick={() => setSessionOpen(true)}>{t("peopleTraining.newSession")}</Button>}
                      <Table<TrainingSessionView> rowKey="id" loading={sessions.loading} dataSource={sessions.data?.items ?? []} columns={sessionColumns} pagination={false} locale={{ emptyText: t("peopleTraining.empty") }} />
                      {(sessions.data?.attendance.length ?? 0) > 0 && (
                        <Card size="small" title={t("peopleTraining.attendanceRate")}>
                          <Space wrap>
                            {sessions.data!.attendance.map((a) => (
                              <Tag key={a.userId} color={a.rate < 1 ? "orange" : "green"}>{`${a.userName} ${a.attended}/${a.invited}`}</Tag>
                            ))}
                          </Space>
                        </Card>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        )}
      </Space>
      <Modal open={hireOpen} title={t("peopleTraining.hire")} footer={null} onCancel={() => setHireOpen(false)} destroyOnClose>
        <Form
          layout="vertical"
          initialValues={{ passMark: 60, roles: ["teller"], hiredOn: dayjs() }}
          onFinish={(v: { username: string; password: string; displayName: string; roles: string[]; mentorUserId: string; hiredOn: dayjs.Dayjs; passMark: number }) =>
            void act("hire", () => api.post("/people/onboarding", { ...v, orgUnitId, hiredOn: v.hiredOn.format("YYYY-MM-DD") })).then((ok) => ok && setHireOpen(false))
          }
        >
          <Form.Item name="displayName" label={t("peopleTraining.displayName")} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="username" label={t("peopleTraining.username")} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
          <Form.Item name="password" label={t("peopleTraining.password")} rules={[{ required: true }]}><Input.Password autoComplete="new-password" /></Form.Item>
          <Form.Item name="mentorUserId" label={t("peopleTraining.mentor")} rules={[{ required: true }]}><Select showSearch optionFilterProp="label" options={personOptions} /></Form.Item>
          <Form.Item name="roles" label={t("peopleTraining.roles")} rules={[{ required: true }]}><Select mode="multiple" options={BUSINESS_ROLES.map((r) => ({ value: r, label: t.has(`roles.${r}`) ? t(`roles.${r}`) : r }))} /></Form.Item>
          <Form.Item name="hiredOn" label={t("peopleTraining.hiredOn")} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="passMark" label={t("peopleTraining.passMark")}><InputNumber min={1} max={100} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy === "hire"}>{t("peopleTraining.hire")}</Button>
        </Form>
      </Modal>
      <Modal open={examOpen} title={t("peopleTraining.newExam")} footer={null} onCancel={() => setExamOpen(false)} destroyOnClose>
        <Form
          layout="vertical"
          initialValues={{ kind: "on_post", passMark: 60 }}
          onFinish={(v: { userId: string; kind: string; title: string; passMark: number; dueOn?: dayjs.Dayjs; reason?: string }) =>
            void act("exam", () =>
              v.kind === "standby"
                ? api.post("/people/standby-training", { userId: v.userId, reason: v.reason ?? v.title, startsOn: dayjs().format("YYYY-MM-DD"), endsOn: (v.dueOn ?? dayjs().add(14, "day")).format("YYYY-MM-DD"), passMark: v.passMark })
                : api.post("/people/exams", { userId: v.userId, kind: v.kind, title: v.title, passMark: v.passMark, ...(v.dueOn ? { dueOn: v.dueOn.format("YYYY-MM-DD") } : {}) }),
            ).then((ok) => ok && setExamOpen(false))
          }
        >
          <Form.Item name="userId" label={t("peopleTraining.person")} rules={[{ required: true }]}><Select showSearch optionFilterProp="label" options={personOptions} /></Form.Item>
          <Form.Item name="kind" label={t("peopleTraining.examKind")}><Select options={["pre_job", "on_post", "quarterly", "standby"].map((k) => ({ value: k, label: t(`peopleTraining.examKindValue.${k}`) }))} /></Form.Item>
          <Form.Item name="title" label={t("peopleTraining.examTitle")} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="passMark" label={t("peopleTraining.passMark")}><InputNumber min={1} max={100} /></Form.Item>
          <Form.Item name="dueOn" label={t("peopleTraining.dueOn")}><DatePicker /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy === "exam"}>{t("peopleTraining.newExam")}</Button>
        </Form>
      </Modal>
      <Modal open={sessionOpen} title={t("peopleTraining.newSession")} footer={null} onCancel={() => setSessionOpen(false)} destroyOnClose>
        <Form
          layout="vertical"
          initialValues={{ kind: "on_job" }}
          onFinish={(v: { title: string; kind: string; range: [dayjs.Dayjs, dayjs.Dayjs]; attendeeUserIds: string[] }) =>
            void act("session", () => api.post("/people/training-sessions", { orgUnitId, title: v.title, kind: v.kind, startsOn: v.range[0].format("YYYY-MM-DD"), endsOn: v.range[1].format("YYYY-MM-DD"), attendeeUserIds: v.attendeeUserIds })).then((ok) => ok && setSessionOpen(false))
          }
        >
          <Form.Item name="title" label={t("peopleTraining.session")} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="kind" label={t("peopleTraining.examKind")}><Select options={["on_job", "external", "transfer"].map((k) => ({ value: k, label: t(`peopleTraining.sessionKind.${k}`) }))} /></Form.Item>
          <Form.Item name="range" label={`${t("peopleTraining.startsOn")} – ${t("peopleTraining.endsOn")}`} rules={[{ required: true }]}><DatePicker.RangePicker /></Form.Item>
          <Form.Item name="attendeeUserIds" label={t("peopleTraining.attendees")} rules={[{ required: true }]}><Select mode="multiple" optionFilterProp="label" options={personOptions} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy === "session"}>{t("peopleTraining.newSession")}</Button>
        </Form>
      </Modal>
    </PageContainer>
  );
}
