/**
 * Case page: header (kind, channel, state, handling unit and level, first responder C-05), customer
 * masked by default with an audited unmask (C-11, K-09), deadlines with countdowns, timeline, and the
 * actions allowed in the current state, each a small modal form.
 */
import { ArrowLeftOutlined, EyeOutlined, LockOutlined, ReloadOutlined, UserOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Row,
  Space,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
  message,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, PageContainer, PageLoading, useOrgUnits } from "../../components";
import { useT } from "../../i18n";
import { ACTION_PERMISSION, CASES_API, CASE_PERMS, ORIGIN_ACTIONS, type CaseActionType, type CaseDetail, type CaseEvent, type UnmaskCaseResponse } from "./api";
import { ActionModal } from "./components/ActionModal";
import { CaseLibraryButton } from "./components/CaseLibraryButton";
import { FollowThroughPanel } from "./components/FollowThroughPanel";
import { useCaseCauses } from "./causes";
import { RevealPhoneButton } from "./components/RevealPhoneButton";
import { DeadlineChip, TONE_COLOR, deadlineTone, formatTime, usedPercent, useNow } from "./components/deadlines";
import { CaseKindTag, CaseStateTag, LevelTag } from "./components/tags";

const PRIMARY: readonly CaseActionType[] = ["accept", "reply", "close", "callback", "decide-reconsideration"];

interface Viewer {
  unitId: string | undefined;
  can(p: string): boolean;
  inScope(unitId: string): boolean;
}

/**
 * The allowed actions that make sense with the case's data and the viewer's permissions and level
 * (the server re-checks everything): upper-level decisions are not offered to the unit itself.
 */
function visibleActions(d: CaseDetail, v: Viewer): CaseActionType[] {
  const allowed = new Set(d.allowedActions);
  const handles = v.inScope(d.orgUnitId);
  const out: CaseActionType[] = [];
  for (const a of d.allowedActions as CaseActionType[]) {
    if (!(a in ACTION_PERMISSION) || !v.can(ACTION_PERMISSION[a])) continue;
    if (!handles && !ORIGIN_ACTIONS.has(a)) continue;
    if (a === "approve-extension" && v.unitId === d.orgUnitId) continue;
    if (a === "decide-appeal" && d.ruling && v.unitId === d.ruling.orgUnitId) continue;
    if (a === "approve-extension" && !d.pendingExtension) continue;
    if (a === "request-extension" && d.pendingExtension) continue;
    if (a === "appeal" && (!d.ruling || d.ruling.appealStatus !== "none")) continue;
    if (a === "decide-appeal" && (!d.ruling || d.ruling.appealStatus !== "pending")) continue;
    if (a === "rule" && d.ruling) continue;
    if (a === "complete-rectification" && !d.rectifications.some((r) => r.status === "open")) continue;
    if (a === "callback" && d.state !== "callback" && !d.callbacks.some((c) => c.status === "pending")) continue;
    out.push(a);
  }
  return out.filter((a) => allowed.has(a));
}

/** Server notes may carry instants and category codes: show them in the reader's words. */
function prettyNote(note: string, t: ReturnType<typeof useT>): string {
  return note
    .replace(/dueAt\s+(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/g, (_m, iso: string) => t("cases.countdown.due", { time: formatTime(iso) }))
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, (iso) => formatTime(iso))
    .replace(/^([a-zA-Z]+)$/, (m) => (t.has(`cases.category.${m}`) ? t(`cases.category.${m}`) : m));
}

function eventText(ev: CaseEvent): string | null {
  const data = ev.data;
  if (!data || typeof data !== "object") return typeof data === "string" ? data : null;
  const keys = ["content", "reason", "note", "text", "customerExplanation", "upperNote", "effect", "action", "summary"];
  const parts: string[] = [];
  for (const k of keys) {
    const v = (data as Record<string, unknown>)[k];
    if (typeof v === "string" && v.trim()) parts.push(v);
  }
  return parts.length ? parts.join(" · ") : null;
}

function EventTags({ ev }: { ev: CaseEvent }) {
  const t = useT();
  const data = (ev.data && typeof ev.data === "object" ? ev.data : {}) as Record<string, unknown>;
  const tags: Array<{ text: string; color?: string }> = [];
  const tr = (prefix: string, v: string) => (t.has(`${prefix}.${v}`) ? t(`${prefix}.${v}`) : v);
  if (typeof data.method === "string") tags.push({ text: tr(ev.type === "case.replied" ? "cases.replyMethod" : "cases.contactMethod", data.method) });
  if (typeof data.result === "string") tags.push({ text: tr("cases.field", data.result), color: data.result === "satisfied" ? "green" : "volcano" });
  if (typeof data.metric === "string") tags.push({ text: tr("cases.metric", data.metric) });
  if (ev.type === "case.alert" && typeof data.kind === "string") tags.push({ text: tr("cases.dstatus", data.kind === "breach" ? "breached" : "warning"), color: data.kind === "breach" ? "red" : "orange" });
  if (typeof data.outcome === "string") tags.push({ text: t.has(`cases.outcome.${data.outcome}`) ? t(`cases.outcome.${data.outcome}`) : tr("cases.field", data.outcome) });
  if (typeof data.category === "string") tags.push({ text: tr("cases.category", data.category) });
  if (typeof data.toLevel === "string" && typeof data.fromLevel === "string")
    tags.push({ text: `${tr("cases.level", data.fromLevel)} → ${tr("cases.level", data.toLevel)}`, color: "purple" });
  if (typeof data.days === "number") tags.push({ text: `+${data.days}` });
  if (typeof data.untilDate === "string") tags.push({ text: `→ ${data.untilDate}` });
  return (
    <>
      {tags.map((x) => (
        <Tag key={x.text} bordered={false} color={x.color}>
          {x.text}
        </Tag>
      ))}
    </>
  );
}

function eventColor(ev: CaseEvent): string {
  const data = (ev.data && typeof ev.data === "object" ? ev.data : {}) as Record<string, unknown>;
  if (ev.type === "case.alert") return data.kind === "breach" ? "red" : "orange";
  if (ev.type === "case.finding_raised") return "red";
  if (ev.type === "case.escalated") return "purple";
  if (ev.toState === "closed" || ev.type === "case.replied") return "green";
  if (ev.type === "case.unmasked") return "gray";
  return "blue";
}

function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const sorted = [...events].sort((a, b) => b.seq - a.seq);
  if (!sorted.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((ev) => {
        const text = eventText(ev);
        return {
          color: eventColor(ev),
          children: (
            <div data-testid="timeline-event" data-type={ev.type}>
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text strong>{t.has(`cases.event.${ev.type}`) ? t(`cases.event.${ev.type}`) : ev.type}</Typography.Text>
                {ev.fromState && ev.toState && ev.fromState !== ev.toState && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("cases.event.stateChange", { from: t(`cases.state.${ev.fromState}`), to: t(`cases.state.${ev.toState}`) })}
                  </Typography.Text>
                )}
                <EventTags ev={ev} />
              </Flex>
              {text && <div style={{ marginTop: 2, whiteSpace: "pre-wrap" }}>{text}</div>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(ev.at)} · {ev.actorName ?? t("cases.event.system")}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}

function UnmaskModal(props: { open: boolean; caseId: string; onClose(): void; onDone(c: UnmaskCaseResponse["customer"]): void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const res = await api.post<UnmaskCaseResponse>(CASES_API.unmask(props.caseId), { reason: v.reason.trim() });
      props.onDone(res.customer);
      form.resetFields();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={props.open} title={t("cases.detail.unmaskTitle")} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={busy} okText={t("common.confirm")} destroyOnHidden>
      <Alert type="warning" showIcon message={t("cases.detail.unmaskHint")} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t("cases.detail.unmaskReason")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t("cases.detail.unmaskReasonPlaceholder")} data-testid="unmask-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CustomerCard({ detail, onUnmasked }: { detail: CaseDetail; onUnmasked(): void }) {
  const t = useT();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState<UnmaskCaseResponse["customer"] | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null); // C-11 the handler's call
  const allowed = can(CASE_PERMS.unmask);
  const c = full ?? detail.customer;
  return (
    <Card
      size="small"
      title={
        <Space>
          <UserOutlined />
          {t("cases.detail.customer")}
        </Space>
      }
      extra={
        full ? (
          <Tag color="orange" icon={<EyeOutlined />}>
            {t("cases.detail.unmasked")}
          </Tag>
        ) : (
          <Tooltip title={allowed ? undefined : t("cases.detail.unmaskNoPermission")}>
            <Button size="small" icon={<EyeOutlined />} disabled={!allowed} onClick={() => setOpen(true)} data-testid="unmask">
              {t("cases.detail.unmask")}
            </Button>
          </Tooltip>
        )
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t("cases.detail.customerName")}>
          <span data-testid="customer-name">{c.name}</span>
          {!full && detail.customer.masked && <LockOutlined style={{ marginLeft: 6, color: "#999" }} title={t("cases.detail.masked")} />}
        </Descriptions.Item>
        <Descriptions.Item label={t("cases.detail.customerPhone")}>
          <span data-testid="customer-phone">{revealed ?? c.phone ?? "—"}</span>
          {!full && revealed === null && c.phone && (
            <span style={{ marginLeft: 8 }}>
              <RevealPhoneButton caseId={detail.id} onRevealed={(ph) => setRevealed(ph ?? "—")} />
            </span>
          )}
        </Descriptions.Item>
      </Descriptions>
      <UnmaskModal
        open={open}
        caseId={detail.id}
        onClose={() => setOpen(false)}
        onDone={(cu) => {
          setFull(cu);
          setOpen(false);
          onUnmasked();
        }}
      />
    </Card>
  );
}

function DeadlinesCard({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const now = useNow(15_000);
  const list = [...detail.deadlines].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <Card size="small" title={t("cases.detail.deadlines")} data-testid="case-deadlines">
      {list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cases.countdown.none")} />
      ) : (
        <Flex vertical gap={12}>
          {list.map((d) => {
            const tone = deadlineTone(d, now);
            const strokeColor = tone === "breached" ? "#ff4d4f" : tone === "warning" ? "#faad14" : tone === "ok" ? "#52c41a" : tone === "metLate" ? "#fa541c" : "#1677ff";
            return (
              <div key={d.metric} data-testid="deadline-row" data-metric={d.metric} data-tone={tone}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Space size={6}>
                    <Typography.Text strong>{t(`cases.metric.${d.metric}`)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`cases.clock.${d.clock}`, { amount: d.amount })}
                    </Typography.Text>
                    <Tag color={TONE_COLOR[tone]} bordered={false}>
                      {t(`cases.dstatus.${tone === "ok" ? "running" : tone}`)}
                    </Tag>
                  </Space>
                  <DeadlineChip d={d} now={now} />
                </Flex>
                <Progress aria-label={t("cases.a11y.deadlineBar", { metric: t(`cases.metric.${d.metric}`), percent: usedPercent(d, now) })} percent={usedPercent(d, now)} showInfo={false} size="small" strokeColor={strokeColor} status={tone === "paused" ? "normal" : undefined} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(d.startedAt)} → {formatTime(d.dueAt)}
                  {d.pausedDays > 0 ? ` · ${t("cases.countdown.pausedDays", { n: d.pausedDays })}` : ""}
                  {d.metAt ? ` · ${t("cases.countdown.metAt", { time: formatTime(d.metAt) })}` : ""}
                </Typography.Text>
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

export default function CaseDetailPage() {
  const t = useT();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, reload, setData } = useApi((signal) => api.get<CaseDetail>(CASES_API.one(id), undefined, { signal }), [id]);
  const causes = useCaseCauses(data?.orgUnitId);
  const [action, setAction] = useState<CaseActionType | null>(null);
  const { me, can } = useAuth();
  const { byId, loading: unitsLoading } = useOrgUnits();

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <ErrorResult error={error} onRetry={() => void reload()} />;
  if (!data) return null;
  const d = data;
  const actions = visibleActions(d, { unitId: me?.user.orgUnitId, can, inScope: (id) => unitsLoading || byId.has(id) });
  const primary = actions.filter((a) => PRIMARY.includes(a));
  const secondary = actions.filter((a) => !PRIMARY.includes(a));

  return (
    <PageContainer
      title={
        <Space size={8} wrap>
          <span data-testid="case-number">{t("cases.detail.title", { number: d.number })}</span>
          <CaseKindTag kind={d.kind} />
          <CaseStateTag state={d.state} />
          {d.overdue && <Tag color="error">{t("cases.detail.overdue")}</Tag>}
        </Space>
      }
      subtitle={d.summary.length > 80 ? `${d.summary.slice(0, 80)}…` : d.summary}
      breadcrumb={[{ title: <Link to="/cases">{t("menu.cases.desk")}</Link> }, { title: d.number }]}
      extra={
        <>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/cases")}>
            {t("cases.detail.back")}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading} data-testid="case-refresh">
            {t("cases.detail.refresh")}
          </Button>
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card size="small" title={t("cases.detail.header")}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="case-header">
                <Descriptions.Item label={t("cases.col.kind")}>{t(`cases.kind.${d.kind}`)}</Descriptions.Item>
                <Descriptions.Item label={t("cases.col.channel")}>{t(`cases.channel.${d.channel}`)}</Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.handlingUnit")}>
                  <Space size={4}>
                    <span data-testid="case-unit">{d.orgUnitName}</span>
                    <LevelTag level={d.level} />
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.firstResponder")}>
                  <span data-testid="case-first-responder">{d.firstResponder.name}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.receivedAt")}>{formatTime(d.receivedAt)}</Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.acceptedAt")}>{formatTime(d.acceptedAt)}</Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.repliedAt")}>{formatTime(d.repliedAt)}</Descriptions.Item>
                <Descriptions.Item label={t("cases.detail.closedAt")}>{formatTime(d.closedAt)}</Descriptions.Item>
                {d.cause && <Descriptions.Item label={t("cases.detail.cause")}>{causes.nameOf(d.cause)}</Descriptions.Item>}
                <Descriptions.Item label={t("cases.detail.policy")}>
                  {d.policy.id
                    ? t("cases.detail.policyText", { name: t.has(`cases.policy.presets.${d.policy.preset}`) ? t(`cases.policy.presets.${d.policy.preset}`) : d.policy.name, version: d.policy.version })
                    : `${t.has(`cases.policy.presets.${d.policy.preset}`) ? t(`cases.policy.presets.${d.policy.preset}`) : d.policy.name} · ${t("cases.policy.builtIn")}`}
                </Descriptions.Item>
                {d.ticketId && <Descriptions.Item label={t("cases.detail.ticket")}>{d.ticketId}</Descriptions.Item>}
                {d.parentCaseId && (
                  <Descriptions.Item label={t("cases.detail.parentCase")}>
                    <Link to={`/cases/${d.parentCaseId}`}>{d.parentCaseId}</Link>
                  </Descriptions.Item>
                )}
                {d.repeatOf && (
                  <Descriptions.Item label={t("cases.detail.repeatOf")}>
                    <Link to={`/cases/${d.repeatOf.caseId}`}>{d.repeatOf.number}</Link>
                    {" · "}
                    {t(`cases.detail.repeatReason.${d.repeatOf.reason}`)}
                  </Descriptions.Item>
                )}
                {d.pause !== "none" && <Descriptions.Item label={t("cases.detail.pause")}>{t(`cases.detail.pauseStatus.${d.pause}`)}</Descriptions.Item>}
                <Descriptions.Item label={t("cases.detail.summary")} span={2}>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{d.summary}</Typography.Paragraph>
                </Descriptions.Item>
              </Descriptions>
              {d.reconsiderationUntil && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("cases.detail.reconsiderationUntil", { date: d.reconsiderationUntil })}
                </Typography.Text>
              )}
            </Card>
            <DeadlinesCard detail={d} />
            <Card size="small" title={t("cases.detail.timeline")}>
              <CaseTimeline events={d.events} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t("cases.detail.actions")} data-testid="case-actions">
              {d.pendingExtension && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  message={t("cases.detail.pendingExtension")}
                  description={t("cases.detail.pendingExtensionText", {
                    metric: t(`cases.metric.${d.pendingExtension.metric}`),
                    reason: d.pendingExtension.reason,
                    by: d.pendingExtension.requestedBy ?? "—",
                    at: formatTime(d.pendingExtension.requestedAt),
                    until: d.pendingExtension.untilDate ? ` → ${d.pendingExtension.untilDate}` : "",
                  })}
                />
              )}
              {actions.length === 0 ? (
                <Typography.Text type="secondary">{t("cases.detail.noActions")}</Typography.Text>
              ) : (
                <Flex vertical gap={10}>
                  {primary.length > 0 && (
                    <Flex gap={8} wrap>
                      {primary.map((a) => (
                        <Button key={a} type="primary" onClick={() => setAction(a)} data-testid={`action-${a}`}>
                          {t(`cases.action.${a}`)}
                        </Button>
                      ))}
                    </Flex>
                  )}
                  <Flex gap={8} wrap>
                    {secondary.map((a) => (
                      <Button key={a} onClick={() => setAction(a)} data-testid={`action-${a}`} danger={a === "archive-unsatisfied"}>
                        {t(`cases.action.${a}`)}
                      </Button>
                    ))}
                  </Flex>
                </Flex>
              )}
              {/* I-03 a closed case into the case library (knowledge writers only) */}
              <CaseLibraryButton detail={d} />
            </Card>
            <CustomerCard detail={d} onUnmasked={() => void reload()} />
            {d.callbacks.length > 0 && (
              <Card size="small" title={t("cases.detail.callbacks")}>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="id"
                  dataSource={d.callbacks}
                  columns={[
                    { title: t("cases.callbacks.level"), dataIndex: "level", render: (v: string) => t(`cases.callbacks.levelShort.${v}`) },
                    { title: t("cases.callbacks.dueAt"), dataIndex: "dueAt", render: (v: string | null) => (v ? dayjs(v).format("MM-DD HH:mm") : "—") },
                    {
                      title: t("cases.callbacks.result"),
                      key: "r",
                      render: (_: unknown, c) =>
                        c.status === "pending" ? <Tag color="gold">{t("cases.callbacks.pending")}</Tag> : <Tag color={c.result === "satisfied" ? "green" : "volcano"}>{t(`cases.field.${c.result ?? "satisfied"}`)}</Tag>,
                    },
                  ]}
                />
              </Card>
            )}
            {d.kind === "complaint" && (
              <Card size="small" title={t("cases.detail.ruling")}>
                {d.ruling ? (
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t("cases.field.outcome")}>
                      <Tag color={d.ruling.finalOutcome === "responsible" ? "red" : "green"}>{t(`cases.outcome.${d.ruling.finalOutcome}`)}</Tag>
                    </Descriptions.Item>
                    <Descriptions.Item label={t("cases.field.category")}>{t(`cases.category.${d.ruling.finalCategory}`)}</Descriptions.Item>
                    <Descriptions.Item label={t("cases.rulings.appeal")}>{t(`cases.appealStatus.${d.ruling.appealStatus}`)}</Descriptions.Item>
                    <Descriptions.Item label={t("cases.field.note")}>{d.ruling.note}</Descriptions.Item>
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">{t("cases.detail.noRuling")}</Typography.Text>
                )}
              </Card>
            )}
            {/* C-21 a ruled complaint's follow-through items */}
            {d.kind === "complaint" && d.ruling && <FollowThroughPanel caseId={d.id} />}
            {(d.findings.length > 0 || d.rectifications.length > 0) && (
              <Card size="small" title={`${t("cases.detail.findings")} / ${t("cases.detail.rectifications")}`}>
                <Flex vertical gap={6}>
                  {d.findings.map((f) => (
                    <div key={f.id}>
                      <Tag color="red" bordered={false}>
                        {t(`cases.findingKind.${f.kind}`)}
                      </Tag>
                      {f.metric && <Tag bordered={false}>{t(`cases.metric.${f.metric}`)}</Tag>}
                      <Typography.Text>{prettyNote(f.note, t)}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatTime(f.raisedAt)}
                        </Typography.Text>
                      </div>
                    </div>
                  ))}
                  {d.rectifications.map((r) => (
                    <div key={r.id}>
                      <Tag color={r.status === "done" ? "green" : "blue"} bordered={false}>
                        {t(`cases.rect.${r.status}`)}
                      </Tag>
                      <Typography.Text>
                        {r.action}（{r.ownerName}，{r.dueDate}）
                      </Typography.Text>
                    </div>
                  ))}
                </Flex>
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
      <ActionModal
        caseId={d.id}
        type={action}
        detail={d}
        onClose={() => setAction(null)}
        onDone={(res) => {
          setAction(null);
          setData(res);
        }}
      />
    </PageContainer>
  );
}
