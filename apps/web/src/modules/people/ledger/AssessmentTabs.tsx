/** seed 000 §七(一)4 skill assessments, §七(二)2 service-quality checks, Q-12 standard and forbidden phrases. */
import type { StaffDirectory } from "@ccms/contracts";
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { OrgUnitTreeSelect } from "../../../components";
import { useT } from "../../../i18n";

const DIMENSIONS = ["customerService", "computerOperation", "professionalKnowledge", "ruleCompliance", "riskIdentification"] as const;
type Dimension = (typeof DIMENSIONS)[number];
interface Skill {
  id: string;
  userName: string;
  period: string;
  scores: Record<Dimension, number>;
  average: number;
  assessedByName: string;
}
interface Check {
  id: string;
  userName: string;
  method: "cctv" | "post_review" | "interview";
  checkedOn: string;
  score: number;
  passed: boolean;
  findings: string[];
  forbiddenPhrases: Array<{ code: string; text: string }>;
  checkedByName: string;
}
interface Phrase {
  code: string;
  kind: "standard" | "forbidden";
  process: string;
  text: string;
}

const quarterOf = (d: Dayjs) => `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
const periods = () => {
  const now = dayjs();
  return [0, 1, 2, 3, 4].map((i) => quarterOf(now.subtract(i * 3, "month")));
};

function usePeople(orgUnitId: string | undefined) {
  const { can } = useAuth();
  return useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && can("people.ledger.record") });
}

export function SkillsTab() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [period, setPeriod] = useState<string>(quarterOf(dayjs()));
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const list = useApi((signal) => api.get<{ items: Skill[] }>("/people/skill-assessments", { orgUnitId, period }, { signal }), [orgUnitId, period], { enabled: !!orgUnitId });
  const people = usePeople(orgUnitId);
  const save = async () => {
    const v = (await form.validateFields()) as { userId: string } & Record<Dimension, number>;
    setBusy(true);
    try {
      await api.post("/people/skill-assessments", { userId: v.userId, period, scores: Object.fromEntries(DIMENSIONS.map((d) => [d, v[d]])) });
      void message.success(t("ledger.savedOk"));
      setAdding(false);
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const columns: ColumnsType<Skill> = [
    { title: t("ledger.person"), dataIndex: "userName", width: 120 },
    ...DIMENSIONS.map((d) => ({ title: t(`ledger.skill.${d}`), key: d, width: 100, render: (_: unknown, s: Skill) => s.scores[d] })),
    { title: t("ledger.skill.average"), dataIndex: "average", width: 80 },
    { title: t("ledger.skill.assessedBy"), dataIndex: "assessedByName", width: 120 },
  ];
  return (
    <Space direction="vertical" style={{ width: "100%" }} size={12}>
      <Space wrap>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 240 }} aria-label={t("ledger.unit")} />
        <Select value={period} onChange={setPeriod} style={{ minWidth: 120 }} aria-label={t("ledger.skill.period")} options={periods().map((p) => ({ value: p, label: p }))} />
        {can("people.ledger.record") && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t("ledger.skill.add")}
          </Button>
        )}
      </Space>
      <Table<Skill> rowKey="id" size="small" loading={list.loading} columns={columns} dataSource={list.data?.items ?? []} pagination={false} locale={{ emptyText: t("ledger.empty") }} scroll={{ x: 900 }} />
      <Modal open={adding} title={`${t("ledger.skill.add")} · ${period}`} onCancel={() => setAdding(false)} onOk={() => void save()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={Object.fromEntries(DIMENSIONS.map((d) => [d, 80]))}>
          <Form.Item name="userId" label={t("ledger.person")} rules={[{ required: true, message: t("common.required") }]}>
            <Select showSearch optionFilterProp="label" options={(people.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.displayName} · ${p.orgUnitName}` }))} />
          </Form.Item>
          {DIMENSIONS.map((d) => (
            <Form.Item key={d} name={d} label={t(`ledger.skill.${d}`)} rules={[{ required: true, message: t("common.required") }]}>
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Space>
  );
}

export function QualityTab() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const list = useApi((signal) => api.get<{ items: Check[] }>("/people/quality-checks", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId });
  const phrases = useApi((signal) => api.get<{ items: Phrase[] }>("/people/service-phrases", undefined, { signal }), []);
  const people = usePeople(orgUnitId);
  const save = async () => {
    const v = (await form.validateFields()) as { userId: string; method: Check["method"]; checkedOn: Dayjs; score: number; findings?: string; forbiddenPhrases?: string[] };
    setBusy(true);
    try {
      const findings = (v.findings ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
      await api.post("/people/quality-checks", { userId: v.userId, method: v.method, checkedOn: v.checkedOn.format("YYYY-MM-DD"), score: v.score, findings, forbiddenPhrases: v.forbiddenPhrases ?? [] });
      void message.success(t("ledger.savedOk"));
      setAdding(false);
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const columns: ColumnsType<Check> = [
    { title: t("ledger.quality.checkedOn"), dataIndex: "checkedOn", width: 110 },
    { title: t("ledger.person"), dataIndex: "userName", width: 120 },
    { title: t("ledger.quality.method"), dataIndex: "method", width: 110, render: (m: string) => t(`ledger.quality.methodValue.${m}`) },
    { title: t("ledger.quality.score"), dataIndex: "score", width: 70 },
    { title: t("ledger.quality.passed"), dataIndex: "passed", width: 80, render: (p: boolean) => <Tag color={p ? "green" : "red"}>{p ? t("ledger.quality.passedYes") : t("ledger.quality.passedNo")}</Tag> },
    { title: t("ledger.quality.findings"), key: "findings", render: (_, c) => c.findings.join("；") || "—" },
    { title: t("ledger.quality.forbidden"), key: "fb", render: (_, c) => c.forbiddenPhrases.map((f) => <Tag key={f.code} color="red">{f.text}</Tag>) },
    { title: t("ledger.quality.checkedBy"), dataIndex: "checkedByName", width: 120 },
  ];
  return (
    <Space direction="vertical" style={{ width: "100%" }} size={12}>
      <Space wrap>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 240 }} aria-label={t("ledger.unit")} />
        {can("people.ledger.record") && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t("ledger.quality.add")}
          </Button>
        )}
      </Space>
      <Table<Check> rowKey="id" size="small" loading={list.loading} columns={columns} dataSource={list.data?.items ?? []} pagination={{ pageSize: 20 }} locale={{ emptyText: t("ledger.empty") }} scroll={{ x: 1000 }} />
      <Modal open={adding} title={t("ledger.quality.add")} onCancel={() => setAdding(false)} onOk={() => void save()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ method: "cctv", checkedOn: dayjs(), score: 90 }}>
          <Form.Item name="userId" label={t("ledger.person")} rules={[{ required: true, message: t("common.required") }]}>
            <Select showSearch optionFilterProp="label" options={(people.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.displayName} · ${p.orgUnitName}` }))} />
          </Form.Item>
          <Form.Item name="method" label={t("ledger.quality.method")} rules={[{ required: true, message: t("common.required") }]}>
            <Select options={["cctv", "post_review", "interview"].map((m) => ({ value: m, label: t(`ledger.quality.methodValue.${m}`) }))} />
          </Form.Item>
          <Form.Item name="checkedOn" label={t("ledger.quality.checkedOn")} rules={[{ required: true, message: t("common.required") }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="score" label={t("ledger.quality.score")} rules={[{ required: true, message: t("common.required") }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="findings" label={t("ledger.quality.findings")} extra={t("ledger.quality.findingsHint")}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="forbiddenPhrases" label={t("ledger.quality.forbidden")}>
            <Select mode="multiple" optionFilterProp="label" options={(phrases.data?.items ?? []).filter((p) => p.kind === "forbidden").map((p) => ({ value: p.code, label: p.text }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

export function PhrasesTab() {
  const t = useT();
  const phrases = useApi((signal) => api.get<{ items: Phrase[] }>("/people/service-phrases", undefined, { signal }), []);
  const columns: ColumnsType<Phrase> = [
    { title: t("ledger.phrase.kind"), dataIndex: "kind", width: 110, render: (k: string) => <Tag color={k === "forbidden" ? "red" : "green"}>{t(`ledger.phrase.kindValue.${k}`)}</Tag> },
    { title: t("ledger.phrase.process"), dataIndex: "process", width: 120, render: (p: string) => (t.has(`ledger.phrase.processValue.${p}`) ? t(`ledger.phrase.processValue.${p}`) : p) },
    { title: t("ledger.phrase.text"), dataIndex: "text" },
  ];
  return <Table<Phrase> rowKey="code" size="small" loading={phrases.loading} columns={columns} dataSource={phrases.data?.items ?? []} pagination={false} />;
}
