/**
 * Emergencies 突发事件 (D-09): report with facts → suggested level with the matched level-I criteria;
 * level I notifies HQ, province and the local company at once (reporting chain); timeline,
 * close-out; drills, risk reviews and warnings are recorded.
 */
import { AlertOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tabs, Tag, Timeline, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { ExportButton, PageFrame, fmtTime, useCounter, useRunner, useStaff, yuan, IfCan } from "./shared";
import { useFocusedRecord } from "../../components/FocusedRecord";
import type { Drill, DrillList, Incident, IncidentFacts, IncidentLevel, IncidentLevelSuggestion, IncidentList } from "./types";

const LEVEL_COLOR: Record<IncidentLevel, string> = { I: "red", II: "volcano", III: "orange", IV: "gold" };
const LEVELS: IncidentLevel[] = ["I", "II", "III", "IV"];

interface ReportForm {
  title: string;
  description: string;
  occurredAt: Dayjs;
  level?: IncidentLevel;
  /** D-14 important or urgent: reported upward at once. */
  urgent?: boolean;
  surrenderCount: number;
  surrenderAmountYuan: number;
  gatheringCount: number;
  deaths: number;
  countersAffected: number;
  naturalDisaster: boolean;
}

export default function IncidentsPage() {
  const t = useT();
  const counter = useCounter();
  return (
    <PageFrame title={t("dops.inc.title")} rule="D-09" counter={counter} testId="incidents-page">
      {counter.counterId && (
        <Tabs
          items={[
            { key: "incidents", label: t("dops.inc.incidents"), children: <IncidentsTab counterId={counter.counterId} /> },
            { key: "drills", label: t("dops.inc.drills"), children: <DrillsTab counterId={counter.counterId} /> },
          ]}
        />
      )}
    </PageFrame>
  );
}

function factsOf(v: Partial<ReportForm>): IncidentFacts {
  return {
    surrenderCount: v.surrenderCount ?? 0,
    surrenderAmountFen: Math.round((v.surrenderAmountYuan ?? 0) * 100),
    gatheringCount: v.gatheringCount ?? 0,
    deaths: v.deaths ?? 0,
    countersAffected: v.countersAffected ?? 0,
    naturalDisaster: v.naturalDisaster ?? false,
  };
}

function IncidentsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const staff = useStaff(counterId);
  const [status, setStatus] = useState<"open" | "closed" | undefined>();
  const query = { counterId, status };
  const list = useApi((signal) => api.get<IncidentList>("/daily-ops/incidents", query, { signal }), [counterId, status]);
  const [form] = Form.useForm<ReportForm>();
  const [open, setOpen] = useState(false);
  const [suggestion, setSuggestion] = useState<IncidentLevelSuggestion | null>(null);
  const [facts, setFacts] = useState<IncidentFacts | null>(null);
  const [detail, setDetail] = useState<Incident | null>(null);
  // 去处理 (issue 10 item 3): `?id=` highlights the incident and opens its details once loaded.
  const focus = useFocusedRecord("id", !!list.data);
  useEffect(() => {
    const hit = focus.focusId ? list.data?.items.find((i) => i.id === focus.focusId) : undefined;
    if (hit) setDetail(hit);
  }, [focus.focusId, list.data]);
  const [entry, setEntry] = useState("");
  const [entryLevel, setEntryLevel] = useState<IncidentLevel | undefined>();
  const [summary, setSummary] = useState("");

  useEffect(() => {
    if (!facts) return;
    const h = setTimeout(() => {
      api
        .post<IncidentLevelSuggestion>("/daily-ops/incidents/suggest-level", { facts })
        .then(setSuggestion)
        .catch(() => setSuggestion(null));
    }, 300);
    return () => clearTimeout(h);
  }, [facts]);

  const report = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post<Incident>("/daily-ops/incidents", {
        counterId,
        title: v.title,
        description: v.description,
        occurredAt: v.occurredAt.toISOString(),
        facts: factsOf(v),
        ...(v.level ? { level: v.level } : {}),
        ...(v.urgent ? { urgent: true } : {}),
      }),
    );
    if (res) {
      setOpen(false);
      setDetail(res);
      void list.reload();
    }
  };
  const addEntry = async () => {
    if (!detail || !entry.trim()) return;
    const res = await run(() => api.post<Incident>(`/daily-ops/incidents/${detail.id}/timeline`, { note: entry.trim(), ...(entryLevel ? { level: entryLevel } : {}) }));
    if (res) {
      setDetail(res);
      setEntry("");
      setEntryLevel(undefined);
      void list.reload();
    }
  };
  const close = async () => {
    if (!detail || !summary.trim()) return;
    const res = await run(() => api.post<Incident>(`/daily-ops/incidents/${detail.id}/close`, { summary: summary.trim() }));
    if (res) {
      setDetail(res);
      setSummary("");
      void list.reload();
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <IfCan action="incident.manage"><Button
          danger
          type="primary"
          size="large"
          icon={<AlertOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ occurredAt: dayjs(), surrenderCount: 0, surrenderAmountYuan: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false });
            setSuggestion(null);
            setFacts(factsOf({}));
            setOpen(true);
          }}
          data-testid="report-incident"
        >
          {t("dops.inc.report")}
        </Button></IfCan>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t("dops.common.status")}
          aria-label={t("dops.common.status")}
          value={status}
          onChange={setStatus}
          options={[
            { value: "open", label: t("dops.inc.status.open") },
            { value: "closed", label: t("dops.inc.status.closed") },
          ]}
        />
        <ExportButton path="/daily-ops/incidents" query={query} fileName="incidents" />
      </Space>
      <Table<Incident>
        rowKey="id"
        rowClassName={focus.rowClassName}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 760 }}
        onRow={(r) => ({ onClick: () => setDetail(r), style: { cursor: "pointer" } })}
        columns={[
          { title: t("dops.inc.occurredAt"), dataIndex: "occurredAt", width: 150, render: fmtTime },
          { title: t("dops.inc.level"), dataIndex: "level", width: 80, render: (l: IncidentLevel) => <Tag color={LEVEL_COLOR[l]}>{t(`dops.inc.levels.${l}`)}</Tag> },
          { title: t("dops.inc.titleField"), dataIndex: "title" },
          { title: t("dops.common.status"), dataIndex: "status", width: 100, render: (s: string) => <Tag color={s === "open" ? "red" : "green"}>{t(`dops.inc.status.${s}`)}</Tag> },
          { title: t("dops.inc.notified"), width: 160, render: (_, r) => r.notifications.map((n) => <Tag key={n.id}>{t(`dops.inc.target.${n.targetLevel}`)}</Tag>) },
        ]}
      />

      <Modal open={open} width={760} title={t("dops.inc.report")} onCancel={() => setOpen(false)} onOk={() => void report()} okText={t("dops.common.submit")} okButtonProps={{ danger: true }}>
        <Form form={form} layout="vertical" onValuesChange={(_, all) => setFacts(factsOf(all))}>
          <Form.Item name="title" label={t("dops.inc.titleField")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t("dops.inc.description")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="occurredAt" label={t("dops.inc.occurredAt")} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Typography.Title level={5}>{t("dops.inc.facts")}</Typography.Title>
          <Space wrap>
            <Form.Item name="surrenderCount" label={t("dops.inc.f.surrenderCount")}>
              <InputNumber min={0} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="surrenderAmountYuan" label={t("dops.inc.f.surrenderAmount")}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="gatheringCount" label={t("dops.inc.f.gathering")}>
              <InputNumber min={0} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="deaths" label={t("dops.inc.f.deaths")}>
              <InputNumber min={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="countersAffected" label={t("dops.inc.f.counters")}>
              <InputNumber min={0} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="naturalDisaster" label={t("dops.inc.f.disaster")} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          {suggestion && (
            <Alert
              type={suggestion.level === "I" ? "error" : "info"}
              showIcon
              data-testid="level-suggestion"
              message={suggestion.level ? t("dops.inc.suggested", { level: t(`dops.inc.levels.${suggestion.level}`) }) : t("dops.inc.noLevelI")}
              description={
                suggestion.matched.length > 0 && (
                  <Space direction="vertical" size={2}>
                    {t("dops.inc.matched")}
                    {suggestion.matched.map((m) => (
                      <span key={m}>• {t(`dops.inc.criteria.${m}`)}</span>
                    ))}
                    {suggestion.level === "I" && <b>{t("dops.inc.levelIChain")}</b>}
                  </Space>
                )
              }
              style={{ marginBottom: 12 }}
            />
          )}
          <Form.Item name="level" label={t("dops.inc.level")} extra={t("dops.inc.levelHint")}>
            <Select allowClear style={{ width: 200 }} options={LEVELS.map((l) => ({ value: l, label: t(`dops.inc.levels.${l}`) }))} />
          </Form.Item>
          <Form.Item name="urgent" label={t("relief.urgent")} valuePropName="checked">
            <Switch data-testid="incident-urgent" />
          </Form.Item>
        </Form>
      </Modal>

      <Drawer open={!!detail} width={Math.min(640, window.innerWidth)} title={detail?.title} onClose={() => setDetail(null)}>
        {detail && (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t("dops.inc.level")}>
                <Tag color={LEVEL_COLOR[detail.level]}>{t(`dops.inc.levels.${detail.level}`)}</Tag>
                {detail.suggestion.matched.map((m) => (
                  <Tag key={m}>{t(`dops.inc.criteria.${m}`)}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t("dops.common.status")}>
                <Tag color={detail.status === "open" ? "red" : "green"}>{t(`dops.inc.status.${detail.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t("dops.inc.occurredAt")}>{fmtTime(detail.occurredAt)}</Descriptions.Item>
              <Descriptions.Item label={t("dops.inc.description")}>{detail.description}</Descriptions.Item>
              <Descriptions.Item label={t("dops.inc.facts")}>
                {t("dops.inc.f.surrenderCount")} {detail.facts.surrenderCount} · {t("dops.inc.f.surrenderAmount")} {yuan(detail.facts.surrenderAmountFen)} · {t("dops.inc.f.gathering")}{" "}
                {detail.facts.gatheringCount} · {t("dops.inc.f.deaths")} {detail.facts.deaths} · {t("dops.inc.f.counters")} {detail.facts.countersAffected}
                {detail.facts.naturalDisaster ? ` · ${t("dops.inc.f.disaster")}` : ""}
              </Descriptions.Item>
              <Descriptions.Item label={t("dops.inc.notified")}>
                {detail.notifications.length === 0
                  ? t("dops.inc.noNotification")
                  : detail.notifications.map((n) => (
                      <div key={n.id}>
                        <Tag color="red">{t(`dops.inc.target.${n.targetLevel}`)}</Tag> {fmtTime(n.notifiedAt)}
                      </div>
                    ))}
              </Descriptions.Item>
              {detail.summary && <Descriptions.Item label={t("dops.inc.summary")}>{detail.summary}</Descriptions.Item>}
            </Descriptions>
            <Card size="small" title={t("dops.inc.timeline")}>
              <Timeline
                items={detail.timeline.map((e) => ({
                  color: e.kind === "closed" ? "green" : e.kind === "reported" ? "red" : "blue",
                  children: (
                    <>
                      <Typography.Text type="secondary">{fmtTime(e.at)} · {e.byId ? staff.nameOf(e.byId) : t("dops.inc.system")}</Typography.Text>
                      <div>{e.note}</div>
                    </>
                  ),
                }))}
              />
              {detail.status === "open" && (
                <Space direction="vertical" style={{ width: "100%" }}>
                  <Input.TextArea rows={2} placeholder={t("dops.inc.entry")} value={entry} onChange={(e) => setEntry(e.target.value)} />
                  <Space wrap>
                    <Select allowClear style={{ width: 180 }} placeholder={t("dops.inc.changeLevel")} aria-label={t("dops.inc.changeLevel")} value={entryLevel} onChange={setEntryLevel} options={LEVELS.map((l) => ({ value: l, label: t(`dops.inc.levels.${l}`) }))} />
                    <IfCan action="incident.manage"><Button icon={<PlusOutlined />} disabled={!entry.trim()} onClick={() => void addEntry()}>
                      {t("dops.inc.addEntry")}
                    </Button></IfCan>
                  </Space>
                </Space>
              )}
            </Card>
            {detail.status === "open" && (
              <Card size="small" title={t("dops.inc.closeOut")}>
                <Input.TextArea rows={3} placeholder={t("dops.inc.summary")} value={summary} onChange={(e) => setSummary(e.target.value)} />
                <IfCan action="incident.manage"><Button type="primary" style={{ marginTop: 8 }} disabled={!summary.trim()} onClick={() => void close()} data-testid="close-incident">
                  {t("dops.inc.closeOut")}
                </Button></IfCan>
              </Card>
            )}
          </Space>
        )}
      </Drawer>
    </Space>
  );
}

function DrillsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const run = useRunner();
  const query = { counterId };
  const list = useApi((signal) => api.get<DrillList>("/daily-ops/drills", query, { signal }), [counterId]);
  const [form] = Form.useForm<{ date: Dayjs; kind: Drill["kind"]; scenario: string; participants?: string; notes?: string }>();
  const [open, setOpen] = useState(false);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/daily-ops/drills", {
        counterId,
        date: v.date.format("YYYY-MM-DD"),
        kind: v.kind,
        scenario: v.scenario,
        participants: (v.participants ?? "").split(/[,，、\n]/).map((s) => s.trim()).filter(Boolean),
        ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
      }),
    );
    if (res) {
      setOpen(false);
      void list.reload();
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Space>
        <IfCan action="incident.manage"><Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ date: dayjs(), kind: "drill" });
            setOpen(true);
          }}
        >
          {t("dops.inc.newDrill")}
        </Button></IfCan>
        <ExportButton path="/daily-ops/drills" query={query} fileName="drills" />
      </Space>
      <Table<Drill>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 700 }}
        columns={[
          { title: t("dops.common.date"), dataIndex: "date", width: 110 },
          { title: t("dops.inc.drillKind"), dataIndex: "kind", width: 110, render: (k: string) => <Tag>{t(`dops.inc.drillKinds.${k}`)}</Tag> },
          { title: t("dops.inc.scenario"), dataIndex: "scenario" },
          { title: t("dops.inc.participants"), dataIndex: "participants", render: (p: string[]) => p.join("、") },
          { title: t("dops.common.note"), dataIndex: "notes", ellipsis: true },
        ]}
      />
      <Modal open={open} title={t("dops.inc.newDrill")} onCancel={() => setOpen(false)} onOk={() => void save()}>
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item name="date" label={t("dops.common.date")} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="kind" label={t("dops.inc.drillKind")} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={(["drill", "risk_review", "warning"] as const).map((k) => ({ value: k, label: t(`dops.inc.drillKinds.${k}`) }))} />
            </Form.Item>
          </Space>
          <Form.Item name="scenario" label={t("dops.inc.scenario")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="participants" label={t("dops.inc.participants")} extra={t("dops.insp.participantsHint")}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="notes" label={t("dops.common.note")}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
