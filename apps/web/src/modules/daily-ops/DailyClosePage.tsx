/**
 * Daily close wizard 日清日结 (D-03, D-04, D-06, C-03, K-01, K-02): per counter and business date,
 * every check with its status (passed / failed / unavailable) and whether it blocks, a link to fix
 * it, re-run, complete; the counter manager may override a blocked close with a reason (audited).
 * Printable 日清日结记录.
 */
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, DatePicker, Input, Result, Space, Spin, Steps, Switch, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api, isApiError } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { RuleHelp } from "../../components/RuleHelp";
import { CONTROL, DAILY_OPS, ExportButton, PageFrame, PrintButton, PrintModal, fmtTime, useCounter, useRunner } from "./shared";
import type { CloseCheck, CloseCheckCode, ClosePreview, DailyClose, DailyCloseList } from "./types";

/** Where each check can be fixed (the list page; `fixLink` narrows it to the exact record). */
const FIX_LINK: Record<CloseCheckCode, string> = {
  tickets_finished: "/queue/monitor",
  tellers_signed_out: "/queue/monitor",
  items_in_safe: `${CONTROL}/seals`,
  hand_backs_done: `${CONTROL}/seals?tab=handbacks`,
  special_matters_recorded: "/cases",
  equipment_faults: `${DAILY_OPS}/equipment`,
  security_check_done: `${DAILY_OPS}/inspections`,
  handover_confirmed: `${DAILY_OPS}/handovers`,
  incidents_open: `${DAILY_OPS}/incidents`,
  security_items_fixed: `${DAILY_OPS}/corrective-actions`,
  off_duty_operations: `${CONTROL}/findings`,
  lunch_duty_served: "/queue/monitor",
  post_review_backlog: `${CONTROL}/post-review`,
  hall_equipment_counted: `${CONTROL}/assets?tab=hall`,
};

const firstId = (v: unknown, key = "id"): string | null => {
  if (!Array.isArray(v) || v.length === 0) return null;
  const x = v[0] as unknown;
  if (typeof x === "string") return x;
  const id = x && typeof x === "object" ? (x as Record<string, unknown>)[key] : null;
  return typeof id === "string" ? id : null;
};

/** 去处理 goes to the exact record the check found (the first one), else to the list. */
export function fixLink(c: CloseCheck): string {
  const d = (c.details ?? {}) as Record<string, unknown>;
  const withId = (base: string, param: string, id: string | null) => (id ? `${base}${base.includes("?") ? "&" : "?"}${param}=${encodeURIComponent(id)}` : base);
  switch (c.code) {
    case "special_matters_recorded": {
      const id = firstId(d.cases);
      return id ? `/cases/${id}` : FIX_LINK[c.code];
    }
    case "security_items_fixed": {
      const id = firstId(d.items, "inspectionId");
      return id ? `${DAILY_OPS}/inspections/${id}` : FIX_LINK[c.code];
    }
    case "items_in_safe":
      return withId(FIX_LINK[c.code], "item", firstId(d.items));
    case "hand_backs_done":
      return withId(FIX_LINK[c.code], "handBack", firstId(d.handBacks));
    case "equipment_faults":
      return withId(FIX_LINK[c.code], "equipment", firstId(d.faults, "equipmentId"));
    case "handover_confirmed":
      return withId(FIX_LINK[c.code], "id", firstId(d.handoverIds));
    case "incidents_open":
      return withId(FIX_LINK[c.code], "id", firstId(d.incidentIds));
    case "off_duty_operations":
      return withId(FIX_LINK[c.code], "id", firstId(d.findings));
    case "tickets_finished":
    case "tellers_signed_out":
    case "security_check_done":
    case "lunch_duty_served":
    case "post_review_backlog":
    case "hall_equipment_counted":
      return FIX_LINK[c.code];
  }
}
const CHECK_RULE: Record<CloseCheckCode, string> = {
  tickets_finished: "Q-04",
  tellers_signed_out: "D-03",
  items_in_safe: "K-01",
  hand_backs_done: "K-02",
  special_matters_recorded: "C-03",
  equipment_faults: "D-08",
  security_check_done: "D-04",
  handover_confirmed: "D-07",
  incidents_open: "D-09",
  security_items_fixed: "D-04",
  off_duty_operations: "D-06",
  lunch_duty_served: "CAL-03",
  post_review_backlog: "K-12",
  hall_equipment_counted: "K-13",
};

export function CheckIcon({ c }: { c: CloseCheck }) {
  if (c.status === "passed") return <CheckCircleFilled style={{ color: "#52c41a", fontSize: 26 }} />;
  if (c.status === "unavailable") return <QuestionCircleFilled style={{ color: "#bfbfbf", fontSize: 26 }} />;
  return <CloseCircleFilled style={{ color: c.blocking ? "#ff4d4f" : "#faad14", fontSize: 26 }} />;
}

/** Short human summary of a check's details (counts; lists are shown by their count only). */
export function detailText(c: CloseCheck, t: ReturnType<typeof useT>): string {
  const d = c.details ?? {};
  const parts: string[] = [];
  if (typeof d.count === "number" && d.count > 0) parts.push(t("dops.close.count", { n: d.count }));
  if (typeof d.submitted === "number") parts.push(t("dops.close.submitted", { n: d.submitted }));
  if (typeof d.toRecord === "number" && d.toRecord > 0) parts.push(t("dops.close.toRecord", { n: d.toRecord }));
  if (typeof d.created === "number") parts.push(t("dops.close.created", { n: d.created }));
  if (d.reason === "queue_module_unavailable" || d.reason === "cases_module_unavailable") parts.push(t("dops.close.moduleMissing"));
  if (c.code === "lunch_duty_served" && d.window && typeof d.window === "object") {
    const w = d.window as { from?: string; to?: string };
    parts.push(t("dops.close.lunchWindow", { from: w.from ?? "", to: w.to ?? "" }));
    if (d.lunchStatus === "uncovered") parts.push(t("dops.close.lunchNobody"));
    if (d.lunchStatus === "pending") parts.push(t("dops.close.lunchPending"));
  }
  return parts.join(" · ");
}

export default function DailyClosePage() {
  const t = useT();
  const counter = useCounter();
  const { can } = useAuth();
  const run = useRunner();
  const { modal } = App.useApp();
  const [reopenReason, setReopenReason] = useState("");
  const [date, setDate] = useState<Dayjs>(dayjs());
  const businessDate = date.format("YYYY-MM-DD");
  const preview = useApi(
    (signal) => api.get<ClosePreview>("/daily-ops/closes/preview", { counterId: counter.counterId, date: businessDate }, { signal }),
    [counter.counterId, businessDate],
    { enabled: !!counter.counterId },
  );
  const historyQuery = { counterId: counter.counterId, from: dayjs().subtract(60, "day").format("YYYY-MM-DD"), to: dayjs().format("YYYY-MM-DD") };
  const history = useApi((signal) => api.get<DailyCloseList>("/daily-ops/closes", historyQuery, { signal }), [counter.counterId], { enabled: !!counter.counterId });
  const [notes, setNotes] = useState("");
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<DailyClose | null>(null);
  const [blockedMsg, setBlockedMsg] = useState<string | null>(null);

  const p = preview.data;
  const closedRecord = history.data?.items.find((c) => c.businessDate === businessDate);
  const failingBlocking = p?.checks.filter((c) => c.blocking && c.status === "failed") ?? [];
  const mayOverride = can("dailyops.closeOverride");

  /** The close is irreversible for the day: ask first (issue 10 item 3). */
  const confirmComplete = () =>
    modal.confirm({
      title: t("dops.close.confirmTitle", { date: businessDate }),
      content: t("dops.close.confirmBody"),
      okText: t("dops.close.confirmOk"),
      onOk: () => complete(),
    });

  /** D-06 the counter manager reopens a closed day with a reason (audited). */
  const reopen = async (closeId: string) => {
    const res = await run(() => api.post(`/daily-ops/closes/${closeId}/reopen`, { reason: reopenReason.trim() }), "dops.close.reopened");
    if (res) {
      setReopenReason("");
      await history.reload();
      await preview.reload();
    }
  };

  const complete = async () => {
    if (!counter.counterId) return;
    setBusy(true);
    setBlockedMsg(null);
    try {
      const res = await run(async () => {
        try {
          return await api.post<DailyClose>("/daily-ops/closes", {
            counterId: counter.counterId,
            businessDate,
            ...(notes.trim() ? { notes: notes.trim() } : {}),
            ...(override && failingBlocking.length ? { override: { reason: reason.trim() } } : {}),
          });
        } catch (e) {
          if (isApiError(e) && e.code === "close_blocked") setBlockedMsg(t("dops.close.blockedNow"));
          throw e;
        }
      }, "dops.close.done");
      if (res) {
        setPrinting(res);
        await history.reload();
      }
      await preview.reload();
    } finally {
      setBusy(false);
    }
  };

  const step = !p ? 0 : p.alreadyClosed || closedRecord ? 2 : 1;
  return (
    <PageFrame
      title={t("dops.close.title")}
      rule="D-03 · D-04 · D-06 · C-03 · K-01 · K-02"
      counter={counter}
      testId="close-page"
      extra={<DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} size="large" />}
    >
      <Card size="small">
        <Steps
          current={step}
          items={[{ title: t("dops.close.step1") }, { title: t("dops.close.step2") }, { title: t("dops.close.step3") }]}
        />
      </Card>
      {preview.loading && !p && <Spin size="large" />}
      {preview.error !== undefined && <Alert type="error" showIcon message={t("dops.common.loadFailed")} />}
      {p && (
        <Card
          title={
            <Space wrap>
              {t("dops.close.checksFor", { date: p.businessDate })}
              {p.alreadyClosed ? <Tag color="green">{t("dops.close.closed")}</Tag> : p.canClose ? <Tag color="green">{t("dops.close.ready")}</Tag> : <Tag color="red">{t("dops.close.blocked")}</Tag>}
            </Space>
          }
          extra={
            <Button size="large" icon={<ReloadOutlined />} loading={preview.loading} onClick={() => void preview.reload()} data-testid="rerun-checks">
              {t("dops.close.rerun")}
            </Button>
          }
        >
          <Space direction="vertical" size={10} style={{ width: "100%" }}>
            {p.checks.map((c) => (
              <div key={c.code} className={`dops-check ${c.status} ${c.blocking ? "blocking" : ""}`} data-testid={`check-${c.code}`} data-status={c.status}>
                <CheckIcon c={c} />
                <div className="dops-check-main">
                  <Typography.Text strong>{t(`dops.close.check.${c.code}`)}</Typography.Text>{" "}
                  {/* rule ids only behind the supervisors' help icon (issue 10 item 6) */}
                  <RuleHelp rules={CHECK_RULE[c.code]} />
                  {c.blocking ? <Tag color="red">{t("dops.close.blocking")}</Tag> : <Tag>{t("dops.close.info")}</Tag>}
                  <br />
                  <Typography.Text type="secondary">
                    {t(`dops.close.status.${c.status}`)}
                    {detailText(c, t) ? ` · ${detailText(c, t)}` : ""}
                  </Typography.Text>
                </div>
                {c.status === "failed" && (
                  <Link to={fixLink(c)}>
                    <Button size="large">{t("dops.close.fix")}</Button>
                  </Link>
                )}
              </div>
            ))}
          </Space>
        </Card>
      )}
      {p && !p.alreadyClosed && (
        <Card title={t("dops.close.step3")}>
          <Space direction="vertical" style={{ width: "100%" }} size={12}>
            {blockedMsg && <Alert type="error" showIcon message={blockedMsg} />}
            <Input.TextArea rows={3} placeholder={t("dops.close.notes")} aria-label={t("dops.close.notes")} data-testid="close-notes" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={4000} />
            {!p.canClose && (
              <Alert
                type="warning"
                showIcon
                message={t("dops.close.blockedHint", { n: failingBlocking.length })}
                description={
                  mayOverride ? (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      <Space>
                        <Switch checked={override} onChange={setOverride} data-testid="override-switch" aria-label={t("dops.close.override")} />
                        {t("dops.close.override")}
                      </Space>
                      {override && <Input.TextArea rows={2} placeholder={t("dops.close.overrideReason")} aria-label={t("dops.close.overrideReason")} data-testid="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
                    </Space>
                  ) : (
                    t("dops.close.overrideNotAllowed")
                  )
                }
              />
            )}
            <Button
              type="primary"
              size="large"
              block
              loading={busy}
              disabled={!p.canClose && !(override && reason.trim())}
              onClick={confirmComplete}
              data-testid="complete-close"
            >
              {override && !p.canClose ? t("dops.close.completeOverride") : t("dops.close.complete")}
            </Button>
          </Space>
        </Card>
      )}
      {p?.alreadyClosed && (
        <Result
          status="success"
          title={t("dops.close.closedTitle", { date: p.businessDate })}
          subTitle={closedRecord ? `${closedRecord.closedByName ?? ""} · ${fmtTime(closedRecord.closedAt)}${closedRecord.overridden ? ` · ${t("dops.close.overridden")}` : ""}` : undefined}
          extra={
            closedRecord && (
              <Space direction="vertical">
                <PrintButton onClick={() => setPrinting(closedRecord)} label={t("dops.close.print")} testId="print-close" />
                {can("dailyops.reopenDay") && (
                  <Space.Compact style={{ width: 420 }}>
                    <Input placeholder={t("dops.close.reopenReason")} value={reopenReason} onChange={(e) => setReopenReason(e.target.value)} maxLength={1000} data-testid="reopen-reason" />
                    <Button danger disabled={reopenReason.trim().length < 2} onClick={() => void reopen(closedRecord.id)} data-testid="reopen-day">
                      {t("dops.close.reopen")}
                    </Button>
                  </Space.Compact>
                )}
              </Space>
            )
          }
          data-testid="close-completed"
        />
      )}
      <Card title={t("dops.close.history")} size="small" extra={<ExportButton path="/daily-ops/closes" query={historyQuery} fileName="daily-closes" />}>
        <Table<DailyClose>
          rowKey="id"
          size="small"
          scroll={{ x: 700 }}
          loading={history.loading}
          dataSource={history.data?.items ?? []}
          columns={[
            { title: t("dops.common.businessDate"), dataIndex: "businessDate", width: 120 },
            { title: t("dops.close.closedBy"), dataIndex: "closedByName", width: 110 },
            { title: t("dops.close.closedAt"), dataIndex: "closedAt", width: 150, render: fmtTime },
            {
              title: t("dops.close.result"),
              render: (_, r) => (
                <Space size={4} wrap>
                  {r.overridden ? <Tag color="orange">{t("dops.close.overridden")}</Tag> : <Tag color="green">{t("dops.close.normal")}</Tag>}
                  {r.checks.filter((c) => c.status === "failed").map((c) => (
                    <Tag key={c.code} color={c.blocking ? "red" : "gold"}>{t(`dops.close.check.${c.code}`)}</Tag>
                  ))}
                </Space>
              ),
            },
            { title: "", fixed: "right" as const, width: 90, render: (_, r) => <Button size="small" onClick={() => setPrinting(r)}>{t("dops.common.print")}</Button> },
          ]}
        />
      </Card>
      <PrintModal open={!!printing} onClose={() => setPrinting(null)} title={t("dops.close.print")}>
        {printing && <ClosePaper close={printing} counterName={counter.counter?.name ?? ""} />}
      </PrintModal>
    </PageFrame>
  );
}

/** C-03 matters recorded at close: "登记 N 件" (with their numbers when given), "跳过 M 件". */
function specialMattersText(sm: unknown): string {
  if (!sm || typeof sm !== "object") return "—";
  const o = sm as { created?: unknown; skipped?: unknown };
  const created = Array.isArray(o.created) ? o.created : [];
  const names = created.map((c) => (c && typeof c === "object" && "number" in c ? String((c as { number: unknown }).number) : "")).filter(Boolean);
  const skipped = typeof o.skipped === "number" ? o.skipped : Array.isArray(o.skipped) ? o.skipped.length : 0;
  return `登记 ${created.length} 件${names.length ? `（${names.slice(0, 10).join("、")}）` : ""}；已登记过/无需登记 ${skipped} 件`;
}

function ClosePaper({ close, counterName }: { close: DailyClose; counterName: string }) {
  const t = useT();
  // D-06 off-duty / departed staff operating that day: computed by the server at the close (with its
  // rights), so the printed record says the same to everyone who may print it.
  const offDutyCheck = close.checks.find((c) => c.code === "off_duty_operations");
  const offDuty = offDutyCheck
    ? ((offDutyCheck.details?.findings ?? []) as Array<{ title: string; subjectNames: string[] }>).map((f) => `${f.title}${f.subjectNames.length ? `（${f.subjectNames.join("、")}）` : ""}`)
    : null;
  return (
    <div className="dops-paper" data-testid="close-paper">
      <div className="dops-paper-title">日清日结记录</div>
      <div className="dops-paper-meta">
        <span>柜面：<b>{counterName}</b></span>
        <span>营业日期：<b>{close.businessDate}</b></span>
        <span>日结人：<b>{close.closedByName ?? ""}</b></span>
        <span>日结时间：<b>{fmtTime(close.closedAt)}</b></span>
      </div>
      <table className="dops-paper-table grid">
        <thead>
          <tr>
            <th style={{ width: 40 }}>序号</th>
            <th>检查事项</th>
            <th style={{ width: 80 }}>结果</th>
            <th>情况说明</th>
          </tr>
        </thead>
        <tbody>
          {close.checks.map((c, i) => (
            <tr key={c.code}>
              <td>{i + 1}</td>
              <td style={{ textAlign: "left" }}>{t(`dops.close.check.${c.code}`)}</td>
              <td>{c.status === "passed" ? "正常" : c.status === "failed" ? "异常" : "无数据"}</td>
              <td style={{ textAlign: "left" }}>{detailText(c, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="dops-paper-table" style={{ marginTop: -1 }}>
        <tbody>
          <tr>
            {/* D-03 */}
            <th>柜员签退</th>
            <td>{close.checks.some((c) => c.code === "tellers_signed_out" && c.status === "failed") ? "存在未签退窗口，需核查" : "全部签退"}</td>
          </tr>
          <tr>
            {/* D-06 */}
            <th>离司/离岗人员系统操作核查</th>
            <td>{offDuty === null ? "—（该记录日结时未核查此项）" : offDuty.length ? `发现 ${offDuty.length} 起，已报省公司业务管理中心：${offDuty.join("；")}` : "未发现"}</td>
          </tr>
          <tr>
            {/* C-03 */}
            <th>超时限事项登记</th>
            <td>{specialMattersText(close.specialMatters)}</td>
          </tr>
          <tr>
            <th>强制日结</th>
            <td>{close.overridden ? `是，原因：${close.overrideReason ?? ""}` : "否"}</td>
          </tr>
          <tr>
            <th>备注</th>
            <td>{close.notes ?? ""}</td>
          </tr>
        </tbody>
      </table>
      <div className="dops-paper-sign">
        <span>日结人签字：________________</span>
        <span>柜面主管签字：________________</span>
      </div>
    </div>
  );
}
