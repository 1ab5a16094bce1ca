/**
 * Run an inspection item by item (D-02, D-04, D-05, D-11, P-16): large pass / fail / N/A toggles;
 * a failure needs a comment (and a photo where the template says so), an owner and a due date —
 * on submit each failure becomes a corrective action. Submitted: read-only with the printable 巡视记录表.
 */
import { CameraOutlined, CheckCircleOutlined, DeleteOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Empty, Input, Progress, Radio, Result, Select, Space, Spin, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { RuleHelp } from "../../components/RuleHelp";
import { useT } from "../../i18n";
import { KIND_COLOR, scoreColor } from "./InspectionsPage";
import { DAILY_OPS, PageFrame, PrintButton, PrintModal, fmtTime, photoToDataUrl, useRunner, useStaff, userOptions } from "./shared";
import type { Inspection, InspectionAnswerInput, InspectionTemplate, InspectionTemplateList } from "./types";

type Answer = InspectionAnswerInput;
type Result3 = "pass" | "fail" | "na";

export default function InspectionRunPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const insp = useApi((signal) => api.get<Inspection>(`/daily-ops/inspections/${id}`, undefined, { signal }), [id]);
  const templates = useApi((signal) => api.get<InspectionTemplateList>("/daily-ops/inspection-templates", { all: "true" }, { signal }), []);
  const template = templates.data?.items.find((x) => x.id === insp.data?.templateId);

  if (insp.loading || templates.loading) return <Spin size="large" style={{ display: "block", margin: 80 }} />;
  if (!insp.data || !template) return <Result status="404" title={t("dops.common.notFound")} extra={<Link to={`${DAILY_OPS}/inspections`}>{t("dops.common.back")}</Link>} />;
  return insp.data.status === "submitted" ? (
    <SubmittedView inspection={insp.data} template={template} />
  ) : (
    <Runner inspection={insp.data} template={template} onSubmitted={(v) => insp.setData(v)} />
  );
}

function Runner({ inspection, template, onSubmitted }: { inspection: Inspection; template: InspectionTemplate; onSubmitted(v: Inspection): void }) {
  const t = useT();
  const run = useRunner();
  const staff = useStaff(inspection.counterId);
  const { me } = useAuth();
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(inspection.answers.map((a) => [a.itemKey, { ...a } as Answer])),
  );
  const [busy, setBusy] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [note, setNote] = useState("");
  const items = useMemo(() => template.sections.flatMap((s) => s.items), [template]);
  const defaultDue = dayjs().add(1, "day").format("YYYY-MM-DD");

  const set = (key: string, patch: Partial<Answer>) =>
    setAnswers((prev) => {
      const cur: Answer = prev[key] ?? { itemKey: key, result: "pass" };
      const next: Answer = { ...cur, ...patch, itemKey: key };
      if (patch.result === "fail") {
        // Defaults: the inspector corrects it by the next day (changeable).
        if (!next.dueDate) next.dueDate = defaultDue;
        if (!next.ownerId && me) next.ownerId = me.user.id;
      }
      return { ...prev, [key]: next };
    });

  const problems = (key: string): string[] => {
    const a = answers[key];
    const item = items.find((i) => i.key === key)!;
    const out: string[] = [];
    if (!a) return [t("dops.insp.needAnswer")];
    if (a.result === "fail") {
      if (item.requireCommentOnFail && !a.comment?.trim()) out.push(t("dops.insp.needComment"));
      if (item.requirePhotoOnFail && !(a.photos?.length ?? 0)) out.push(t("dops.insp.needPhoto"));
      if (!a.ownerId) out.push(t("dops.insp.needOwner"));
    }
    return out;
  };
  const answered = items.filter((i) => answers[i.key]).length;
  const applicable = items.filter((i) => answers[i.key] && answers[i.key]!.result !== "na");
  const weightApplicable = applicable.reduce((n, i) => n + i.weight, 0);
  const weightPassed = applicable.filter((i) => answers[i.key]!.result === "pass").reduce((n, i) => n + i.weight, 0);
  const liveScore = weightApplicable ? Math.round((weightPassed / weightApplicable) * 100) : null;
  const failed = items.filter((i) => answers[i.key]?.result === "fail").length;

  const payload = () =>
    Object.values(answers).map((a) => {
      const base: Answer = { itemKey: a.itemKey, result: a.result };
      if (a.comment?.trim()) base.comment = a.comment.trim();
      if (a.result === "fail") {
        if (a.photos?.length) base.photos = a.photos;
        if (a.ownerId) base.ownerId = a.ownerId;
        if (a.dueDate) base.dueDate = a.dueDate;
      }
      return base;
    });

  const save = async () => {
    if (!Object.keys(answers).length) return;
    setBusy(true);
    await run(() => api.put<Inspection>(`/daily-ops/inspections/${inspection.id}/answers`, { answers: payload() }), "dops.insp.progressSaved");
    setBusy(false);
  };
  const submit = async () => {
    const bad = items.filter((i) => problems(i.key).length);
    if (bad.length) {
      setShowErrors(true);
      document.querySelector(`[data-item="${bad[0]!.key}"]`)?.scrollIntoView({ behavior: "smooth", block: "center" });
      return;
    }
    setBusy(true);
    const res = await run(async () => {
      await api.put<Inspection>(`/daily-ops/inspections/${inspection.id}/answers`, { answers: payload() });
      return api.post<Inspection>(`/daily-ops/inspections/${inspection.id}/submit`, note.trim() ? { note: note.trim() } : {});
    }, "dops.insp.submitted");
    setBusy(false);
    if (res) onSubmitted(res);
  };
  const allPass = () =>
    setAnswers((prev) => {
      const next = { ...prev };
      for (const i of items) if (!next[i.key]) next[i.key] = { itemKey: i.key, result: "pass" };
      return next;
    });

  return (
    <PageFrame
      title={inspection.templateName}
      rule={`${t(`dops.kind.${inspection.kind}`)} · ${inspection.businessDate}`}
      testId="inspection-runner"
      extra={
        <Space wrap>
          <Tag color={KIND_COLOR[inspection.kind]}>{t(`dops.kind.${inspection.kind}`)}</Tag>
          <Button onClick={allPass}>{t("dops.insp.restPass")}</Button>
        </Space>
      }
    >
      {inspection.participants.length > 0 && <Alert type="info" showIcon message={`${t("dops.insp.participants")}：${inspection.participants.join("、")}`} />}
      {template.sections.map((section) => (
        <Card key={section.key} title={section.title} size="small">
          <Space direction="vertical" size={10} style={{ width: "100%" }}>
            {section.items.map((item) => {
              const a = answers[item.key];
              const errs = showErrors ? problems(item.key) : [];
              return (
                <div key={item.key} data-item={item.key} data-testid={`item-${item.key}`} className={`dops-item ${a ? `is-${a.result}` : ""}`}>
                  <div className="dops-item-head">
                    <div className="dops-item-text">
                      {item.text}{" "}
                      {item.ruleId && <RuleHelp rules={item.ruleId} />}
                      {item.critical && <Tag color="red">{t("dops.insp.critical")}</Tag>}
                    </div>
                    <Radio.Group
                      aria-label={item.text}
                      className="dops-toggle"
                      optionType="button"
                      buttonStyle="solid"
                      value={a?.result}
                      onChange={(e) => set(item.key, { result: e.target.value as Result3 })}
                    >
                      <Radio.Button value="pass" className="dops-pass" data-testid={`pass-${item.key}`}>
                        {t("dops.insp.pass")}
                      </Radio.Button>
                      <Radio.Button value="fail" className="dops-fail" data-testid={`fail-${item.key}`}>
                        {t("dops.insp.fail")}
                      </Radio.Button>
                      <Radio.Button value="na" className="dops-na" data-testid={`na-${item.key}`}>
                        {t("dops.insp.na")}
                      </Radio.Button>
                    </Radio.Group>
                  </div>
                  {a?.result === "fail" && (
                    <FailureDetails
                      answer={a}
                      requirePhoto={item.requirePhotoOnFail}
                      requireComment={item.requireCommentOnFail}
                      ownerOptions={userOptions(staff.users)}
                      onChange={(p) => set(item.key, p)}
                    />
                  )}
                  {errs.length > 0 && <Alert type="error" showIcon message={errs.join("；")} />}
                </div>
              );
            })}
          </Space>
        </Card>
      ))}
      <Card size="small">
        <Input.TextArea rows={2} placeholder={t("dops.insp.note")} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </Card>
      <div className="dops-sticky-bar">
        <Space size={16} wrap>
          <Progress type="circle" size={52} percent={Math.round((answered / Math.max(1, items.length)) * 100)} />
          <span>
            {t("dops.insp.progress", { done: answered, total: items.length })}
            <br />
            {t("dops.insp.liveScore")}：<Tag color={scoreColor(liveScore)}>{liveScore ?? "—"}</Tag>
            {failed > 0 && <Tag color="red">{t("dops.insp.failedN", { n: failed })}</Tag>}
          </span>
        </Space>
        <Space>
          <Button size="large" icon={<SaveOutlined />} loading={busy} onClick={() => void save()} data-testid="save-progress">
            {t("dops.insp.saveProgress")}
          </Button>
          <Button size="large" type="primary" icon={<CheckCircleOutlined />} loading={busy} disabled={answered < items.length} onClick={() => void submit()} data-testid="submit-inspection">
            {t("dops.insp.submit")}
          </Button>
        </Space>
      </div>
    </PageFrame>
  );
}

function FailureDetails(props: {
  answer: Answer;
  requirePhoto: boolean;
  requireComment: boolean;
  ownerOptions: Array<{ value: string; label: string }>;
  onChange(p: Partial<Answer>): void;
}) {
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const photos = props.answer.photos ?? [];
  const addPhotos = async (files: FileList | null) => {
    if (!files?.length) return;
    setReading(true);
    try {
      const urls: string[] = [];
      for (const f of Array.from(files).slice(0, 4 - photos.length)) urls.push(await photoToDataUrl(f));
      props.onChange({ photos: [...photos, ...urls].slice(0, 4) });
    } finally {
      setReading(false);
      if (fileRef.current) fileRef.current.value = "";
    }
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }} size={8}>
      <Input.TextArea
        rows={2}
        data-testid="fail-comment"
        placeholder={`${t("dops.insp.comment")}${props.requireComment ? ` (${t("dops.common.required")})` : ""}`}
        value={props.answer.comment ?? ""}
        onChange={(e) => props.onChange({ comment: e.target.value })}
        maxLength={1000}
      />
      <Space wrap align="center">
        <input ref={fileRef} type="file" accept="image/*" capture="environment" multiple hidden data-testid="fail-photo" onChange={(e) => void addPhotos(e.target.files)} />
        <Button size="large" icon={<CameraOutlined />} loading={reading} disabled={photos.length >= 4} onClick={() => fileRef.current?.click()}>
          {t("dops.insp.photo")}
          {props.requirePhoto ? ` (${t("dops.common.required")})` : ""}
        </Button>
        {photos.map((p, i) => (
          <span key={i} style={{ position: "relative", display: "inline-block" }}>
            <img src={p} alt="" className="dops-photo" />
            <Button
              size="small"
              shape="circle"
              danger
              icon={<DeleteOutlined />}
              style={{ position: "absolute", top: -8, right: -8 }}
              onClick={() => props.onChange({ photos: photos.filter((_, j) => j !== i) })}
            />
          </span>
        ))}
      </Space>
      <Space wrap>
        <Select
          size="large"
          style={{ minWidth: 220 }}
          data-testid="fail-owner"
          placeholder={t("dops.insp.owner")}
          aria-label={t("dops.insp.owner")}
          value={props.answer.ownerId}
          options={props.ownerOptions}
          onChange={(v: string) => props.onChange({ ownerId: v })}
          showSearch
          optionFilterProp="label"
        />
        <DatePicker
          size="large"
          placeholder={t("dops.insp.due")}
          value={props.answer.dueDate ? dayjs(props.answer.dueDate) : null}
          onChange={(d) => props.onChange({ dueDate: d ? d.format("YYYY-MM-DD") : undefined })}
          allowClear={false}
        />
      </Space>
    </Space>
  );
}

function SubmittedView({ inspection, template }: { inspection: Inspection; template: InspectionTemplate }) {
  const t = useT();
  const navigate = useNavigate();
  const staff = useStaff(inspection.counterId);
  const [printing, setPrinting] = useState(false);
  const byKey = new Map(inspection.answers.map((a) => [a.itemKey, a]));
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <PageFrame
      title={inspection.templateName}
      rule={`${t(`dops.kind.${inspection.kind}`)} · ${inspection.businessDate}`}
      testId="inspection-result"
      extra={
        <Space wrap>
          <PrintButton onClick={() => setPrinting(true)} label={t("dops.insp.printForm")} testId="print-patrol" />
          {inspection.correctiveActionIds.length > 0 && (
            <Button type="primary" onClick={() => navigate(`${DAILY_OPS}/corrective-actions`)} data-testid="goto-actions">
              {t("dops.insp.viewActions", { n: inspection.correctiveActionIds.length })}
            </Button>
          )}
        </Space>
      }
    >
      <Card>
        <Space size={32} wrap>
          <Progress type="dashboard" percent={inspection.score ?? 0} format={(p) => `${p}`} strokeColor={inspection.score !== null && inspection.score >= 90 ? "#52c41a" : inspection.score !== null && inspection.score >= 75 ? "#faad14" : "#ff4d4f"} />
          <Space direction="vertical">
            <Typography.Text>
              {t("dops.insp.inspector")}：{inspection.inspectorName ?? "—"}
            </Typography.Text>
            <Typography.Text>
              {t("dops.insp.submittedAt")}：{fmtTime(inspection.submittedAt)}
            </Typography.Text>
            <Typography.Text data-testid="failed-count">
              {t("dops.insp.failed")}：<Tag color={inspection.failedCount ? "red" : "green"}>{inspection.failedCount}</Tag>
            </Typography.Text>
            {inspection.correctiveActionIds.length > 0 && (
              <Alert type="warning" showIcon message={t("dops.insp.actionsCreated", { n: inspection.correctiveActionIds.length })} data-testid="actions-created" />
            )}
            {inspection.note && <Typography.Text type="secondary">{inspection.note}</Typography.Text>}
          </Space>
        </Space>
      </Card>
      {template.sections.map((s) => (
        <Card key={s.key} title={s.title} size="small">
          {s.items.map((i) => {
            const a = byKey.get(i.key);
            return (
              <div key={i.key} className={`dops-item ${a ? `is-${a.result}` : ""}`} style={{ marginBottom: 8 }}>
                <div className="dops-item-head">
                  <span className="dops-item-text">{i.text}</span>
                  <Tag color={a?.result === "pass" ? "green" : a?.result === "fail" ? "red" : "default"}>{a ? t(`dops.insp.${a.result}`) : "—"}</Tag>
                </div>
                {a?.result === "fail" && (
                  <Space wrap>
                    {a.comment && <Typography.Text>{a.comment}</Typography.Text>}
                    {a.ownerId && <Tag>{t("dops.insp.owner")}：{staff.nameOf(a.ownerId)}</Tag>}
                    {a.dueDate && <Tag>{t("dops.insp.due")}：{a.dueDate}</Tag>}
                    {a.photos?.map((p, k) => <img key={k} src={p} alt="" className="dops-photo" />)}
                  </Space>
                )}
              </div>
            );
          })}
        </Card>
      ))}
      {!template.sections.length && <Empty />}
      <PrintModal open={printing} onClose={() => setPrinting(false)} title={t("dops.insp.printForm")}>
        <div className="dops-paper">
          <div className="dops-paper-title">巡视记录表</div>
          <div className="dops-paper-meta">
            <span>检查类型：<b>{inspection.templateName}</b></span>
            <span>日期：<b>{inspection.businessDate}</b></span>
            <span>检查人：<b>{inspection.inspectorName ?? ""}</b></span>
            {inspection.participants.length > 0 && <span>参加人员：<b>{inspection.participants.join("、")}</b></span>}
            <span>得分：<b>{inspection.score ?? "—"}</b></span>
          </div>
          <table className="dops-paper-table grid">
            <thead>
              <tr>
                <th style={{ width: 40 }}>序号</th>
                <th style={{ width: 110 }}>类别</th>
                <th>检查项目</th>
                <th style={{ width: 60 }}>结果</th>
                <th>问题描述</th>
                <th style={{ width: 110 }}>整改责任人/期限</th>
              </tr>
            </thead>
            <tbody>
              {template.sections.flatMap((s) =>
                s.items.map((i) => {
                  const a = byKey.get(i.key);
                  return (
                    <tr key={i.key}>
                      <td>{template.sections.flatMap((x) => x.items).indexOf(i) + 1}</td>
                      <td>{s.title}</td>
                      <td style={{ textAlign: "left" }}>{i.text}</td>
                      <td>{a?.result === "pass" ? "✓" : a?.result === "fail" ? "✗" : "—"}</td>
                      <td style={{ textAlign: "left" }}>{a?.result === "fail" ? a.comment ?? "" : ""}</td>
                      <td>{a?.result === "fail" ? `${staff.nameOf(a.ownerId)} ${a.dueDate ?? ""}` : ""}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
          {inspection.note && <p>备注：{inspection.note}</p>}
          <div className="dops-paper-sign">
            <span>检查人签字：________________</span>
            <span>柜面主管签字：________________</span>
          </div>
        </div>
      </PrintModal>
    </PageFrame>
  );
}
