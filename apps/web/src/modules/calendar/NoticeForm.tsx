/**
 * CAL-01/CAL-06 typing the State Council notice: rows of (festival, first day, last day) and make-up
 * working days → preview (days that change, every open time limit that moves) → import. A 400
 * invalid_holiday_notice puts the offending dates back on their rows.
 */
import { ArrowRightOutlined, DeleteOutlined, EyeOutlined, ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Flex, Input, Popconfirm, Row, Table, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { ApiError, api, errorText } from "../../api/client";
import type { CalendarDay } from "../../api/types";
import { useI18n } from "../../i18n";
import { type HolidayRow, type MakeUpRow, type NoticeProblem, type RowIssue, buildNotice, noticeProblemsOf, rowsFromDays, rowsWithProblems } from "./notice-form";
import type { DeadlineMove, LoadYearResponse, YearPreviewResponse } from "./types";

const EMPTY_HOLIDAY: HolidayRow = { name: "", first: null, last: null };
const EMPTY_MAKEUP: MakeUpRow = { date: null, name: "" };
const toDay = (d: string | null): Dayjs | null => (d ? dayjs(d) : null);
const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format("YYYY-MM-DD") : null);
const localTime = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

export function NoticeForm({ year, days, onImported }: { year: number; days: readonly CalendarDay[]; onImported: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [holidays, setHolidays] = useState<HolidayRow[]>([{ ...EMPTY_HOLIDAY }]);
  const [makeUps, setMakeUps] = useState<MakeUpRow[]>([{ ...EMPTY_MAKEUP }]);
  const [issues, setIssues] = useState<RowIssue[]>([]);
  const [problems, setProblems] = useState<NoticeProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ key: string; result: YearPreviewResponse } | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);

  const built = useMemo(() => buildNotice(year, holidays, makeUps), [year, holidays, makeUps]);
  const key = JSON.stringify(built.body);
  const stale = preview !== null && preview.key !== key;
  const badRows = useMemo(() => rowsWithProblems(holidays, makeUps, problems), [holidays, makeUps, problems]);
  const rowIssue = (list: RowIssue["list"], i: number) => issues.filter((x) => x.list === list && x.index === i);

  const edit = () => {
    setIssues([]);
  };
  const setHoliday = (i: number, patch: Partial<HolidayRow>) => {
    edit();
    setHolidays((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const setMakeUp = (i: number, patch: Partial<MakeUpRow>) => {
    edit();
    setMakeUps((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const fill = () => {
    const rows = rowsFromDays(days);
    setHolidays(rows.holidays.length ? rows.holidays : [{ ...EMPTY_HOLIDAY }]);
    setMakeUps(rows.makeUpWorkdays.length ? rows.makeUpWorkdays : [{ ...EMPTY_MAKEUP }]);
    setIssues([]);
    setProblems([]);
    setPreview(null);
  };
  const clear = () => {
    setHolidays([{ ...EMPTY_HOLIDAY }]);
    setMakeUps([{ ...EMPTY_MAKEUP }]);
    setIssues([]);
    setProblems([]);
    setPreview(null);
    setError(null);
  };

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === "invalid_holiday_notice") {
      setProblems(noticeProblemsOf(e.details));
      setError(null);
    } else setError(e);
  };

  const runPreview = async () => {
    setError(null);
    setProblems([]);
    if (built.issues.length > 0) {
      setIssues(built.issues);
      return;
    }
    setBusy("preview");
    try {
      const result = await api.post<YearPreviewResponse>("/calendar/years/preview", built.body);
      setPreview({ key, result });
    } catch (e) {
      setPreview(null);
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    if (!preview || stale) return;
    setBusy("import");
    setError(null);
    try {
      const r = await api.put<LoadYearResponse>("/calendar/years", built.body);
      message.success(t("calendar.notice.imported", { year, count: r.moves.length }));
      clear();
      onImported();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const issueText = (list: RowIssue[]) => list.map((x) => t(`calendar.notice.rowIssues.${x.code}`, { year })).join(t("common.listSep"));
  const problemText = (p: NoticeProblem) =>
    t.has(`calendar.notice.problems.${p.code}`) ? t(`calendar.notice.problems.${p.code}`, { dates: p.dates.join(t("common.listSep")), name: p.name ?? "" }) : `${p.code}: ${p.dates.join(", ")}`;

  return (
    <Card id="notice" title={t("calendar.notice.title")} data-testid="notice-form">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t("calendar.notice.hint")}
      </Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t("calendar.notice.holidays")}</Typography.Text>
            <Flex gap={4}>
              {days.some((d) => d.provisional) && (
                <Tooltip title={t("calendar.notice.fillFromProvisionalHint")}>
                  <Button size="small" onClick={fill} data-testid="notice-fill">
                    {t("calendar.notice.fillFromProvisional")}
                  </Button>
                </Tooltip>
              )}
              <Button size="small" type="text" onClick={clear}>
                {t("calendar.notice.clear")}
              </Button>
            </Flex>
          </Flex>
          <Flex vertical gap={6}>
            {holidays.map((r, i) => {
              const own = rowIssue("holidays", i);
              const server = badRows.get(`holidays:${i}`);
              const bad = own.length > 0 || server !== undefined;
              return (
                <div key={i} className={bad ? "ccms-notice-row-bad" : undefined} data-testid="notice-holiday-row">
                  <Flex gap={6} align="center" wrap>
                    <Input
                      value={r.name}
                      onChange={(e) => setHoliday(i, { name: e.target.value })}
                      placeholder={t("calendar.notice.holidayName")}
                      aria-label={t("calendar.notice.holidayName")}
                      maxLength={50}
                      style={{ width: 130 }}
                      data-testid="notice-holiday-name"
                    />
                    <DatePicker
                      value={toDay(r.first)}
                      onChange={(d) => setHoliday(i, { first: fromDay(d), last: r.last && fromDay(d) && r.last < fromDay(d)! ? fromDay(d) : r.last })}
                      placeholder={t("calendar.notice.firstDay")}
                      aria-label={t("calendar.notice.firstDay")}
                      defaultPickerValue={dayjs(`${year}-01-01`)}
                      style={{ width: 140 }}
                      data-testid="notice-holiday-first"
                    />
                    <ArrowRightOutlined style={{ color: "#8a94a6" }} />
                    <DatePicker
                      value={toDay(r.last)}
                      onChange={(d) => setHoliday(i, { last: fromDay(d) })}
                      placeholder={t("calendar.notice.lastDay")}
                      aria-label={t("calendar.notice.lastDay")}
                      defaultPickerValue={r.first ? dayjs(r.first) : dayjs(`${year}-01-01`)}
                      style={{ width: 140 }}
                      data-testid="notice-holiday-last"
                    />
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t("common.remove")}
                      disabled={holidays.length === 1}
                      onClick={() => {
                        edit();
                        setHolidays((rows) => rows.filter((_, j) => j !== i));
                      }}
                    />
                  </Flex>
                  {bad && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {[issueText(own), ...(server ?? []).map(problemText)].filter(Boolean).join(t("common.clauseSep"))}
                    </Typography.Text>
                  )}
                </div>
              );
            })}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => setHolidays((rows) => [...rows, { ...EMPTY_HOLIDAY }])} style={{ alignSelf: "flex-start" }} data-testid="notice-add-holiday">
              {t("calendar.notice.addHoliday")}
            </Button>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Text strong style={{ display: "block", marginBottom: 8, lineHeight: "24px" }}>
            {t("calendar.notice.makeUps")}
          </Typography.Text>
          <Flex vertical gap={6}>
            {makeUps.map((r, i) => {
              const own = rowIssue("makeUpWorkdays", i);
              const server = badRows.get(`makeUpWorkdays:${i}`);
              const bad = own.length > 0 || server !== undefined;
              return (
                <div key={i} className={bad ? "ccms-notice-row-bad" : undefined} data-testid="notice-makeup-row">
                  <Flex gap={6} align="center" wrap>
                    <DatePicker
                      value={toDay(r.date)}
                      onChange={(d) => setMakeUp(i, { date: fromDay(d) })}
                      placeholder={t("calendar.notice.makeUpDate")}
                      aria-label={t("calendar.notice.makeUpDate")}
                      defaultPickerValue={dayjs(`${year}-01-01`)}
                      style={{ width: 140 }}
                      data-testid="notice-makeup-date"
                    />
                    <Input
                      value={r.name}
                      onChange={(e) => setMakeUp(i, { name: e.target.value })}
                      placeholder={t("calendar.notice.makeUpName")}
                      aria-label={t("calendar.notice.makeUpName")}
                      maxLength={50}
                      style={{ width: 120 }}
                      data-testid="notice-makeup-name"
                    />
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t("common.remove")}
                      disabled={makeUps.length === 1}
                      onClick={() => {
                        edit();
                        setMakeUps((rows) => rows.filter((_, j) => j !== i));
                      }}
                    />
                  </Flex>
                  {bad && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {[issueText(own), ...(server ?? []).map(problemText)].filter(Boolean).join(t("common.clauseSep"))}
                    </Typography.Text>
                  )}
                </div>
              );
            })}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => setMakeUps((rows) => [...rows, { ...EMPTY_MAKEUP }])} style={{ alignSelf: "flex-start" }} data-testid="notice-add-makeup">
              {t("calendar.notice.addMakeUp")}
            </Button>
          </Flex>
        </Col>
      </Row>

      {issues.length > 0 && <Alert type="error" showIcon style={{ marginTop: 16 }} title={t("calendar.notice.fixRows")} />}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="notice-problems"
          title={t("calendar.notice.rejected")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          }
        />
      )}
      {error !== null && <Alert type="error" showIcon style={{ marginTop: 16 }} title={errorText(error, t)} />}

      <Flex gap={8} align="center" wrap style={{ marginTop: 16 }}>
        <Button icon={<EyeOutlined />} onClick={runPreview} loading={busy === "preview"} data-testid="notice-preview">
          {t("calendar.notice.preview")}
        </Button>
        <Popconfirm
          title={t("calendar.notice.importConfirm", { year, count: preview?.result.moves.length ?? 0 })}
          onConfirm={runImport}
          disabled={!preview || stale}
          okButtonProps={{ "data-testid": "notice-import-confirm" } as Record<string, string>}
        >
          <Button type="primary" icon={<ImportOutlined />} disabled={!preview || stale} loading={busy === "import"} data-testid="notice-import">
            {t("calendar.notice.import")}
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("calendar.notice.summary", { holidays: Object.keys(built.body.holidays).length, makeUps: Object.keys(built.body.makeUpWorkdays).length })}
        </Typography.Text>
        {stale && <Typography.Text type="warning">{t("calendar.notice.stale")}</Typography.Text>}
      </Flex>

      {preview && !stale && <PreviewResult result={preview.result} />}
    </Card>
  );
}

function PreviewResult({ result }: { result: YearPreviewResponse }) {
  const { t } = useI18n();
  const kind = (k: string) => <span className={`ccms-kind-chip ccms-day-${k}`}>{t(`calendar.kinds.${k}`)}</span>;
  const metric = (m: string) => (t.has(`cases.metric.${m}`) ? t(`cases.metric.${m}`) : m);
  const tag = <Tag bordered={false} className="ccms-provisional-tag" style={{ marginInlineStart: 6 }}>{t("calendar.provisional.tag")}</Tag>;
  return (
    <div data-testid="notice-preview-result" style={{ marginTop: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Typography.Text strong>{t("calendar.notice.changedDays", { count: result.changedDays.length })}</Typography.Text>
          <Table
            rowKey="date"
            size="small"
            style={{ marginTop: 8 }}
            dataSource={result.changedDays}
            pagination={result.changedDays.length > 12 ? { pageSize: 12, size: "small" } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("calendar.notice.noChangedDays")} /> }}
            columns={[
              { title: t("calendar.overrideDate"), dataIndex: "date", width: 110 },
              { title: t("calendar.notice.before"), dataIndex: "before", render: kind },
              { title: t("calendar.notice.after"), dataIndex: "after", render: (k: string, d) => <>{kind(k)} {d.name && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{d.name}</Typography.Text>}</> },
            ]}
          />
        </Col>
        <Col xs={24} xl={15}>
          <Typography.Text strong>{t("calendar.notice.moves", { count: result.moves.length })}</Typography.Text>
          <Table<DeadlineMove>
            rowKey={(m) => `${m.caseId}:${m.metric}`}
            size="small"
            style={{ marginTop: 8 }}
            dataSource={result.moves}
            data-testid="notice-moves"
            pagination={result.moves.length > 12 ? { pageSize: 12, size: "small" } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("calendar.notice.noMoves")} /> }}
            columns={[
              { title: t("calendar.notice.case"), dataIndex: "caseNumber", render: (n: string, m) => <Link to={`/cases/${m.caseId}`}>{n}</Link> },
              { title: t("calendar.notice.unit"), dataIndex: "orgUnitName" },
              { title: t("calendar.notice.metric"), dataIndex: "metric", render: metric },
              {
                title: `${t("calendar.notice.oldDue")} → ${t("calendar.notice.newDue")}`,
                key: "due",
                render: (_: unknown, m) =>
                  m.oldDueAt === m.newDueAt ? (
                    <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                      <Typography.Text strong>{localTime(m.newDueAt)}</Typography.Text>
                      {m.provisionalAfter && tag}
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                        {m.provisionalBefore && !m.provisionalAfter ? t("calendar.notice.sameDueConfirmed") : t("calendar.notice.sameDue")}
                      </Typography.Text>
                    </span>
                  ) : (
                    <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                      <Typography.Text delete type="secondary">{localTime(m.oldDueAt)}</Typography.Text>
                      {m.provisionalBefore && tag}
                      <ArrowRightOutlined style={{ margin: "0 6px", color: "#8a94a6" }} />
                      <Typography.Text strong>{localTime(m.newDueAt)}</Typography.Text>
                      {m.provisionalAfter && tag}
                    </span>
                  ),
              },
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
