/** CAL-01 working calendar: year view, per-unit overrides, working-day arithmetic, loading a year by hand. */
import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { memo, useMemo, useState } from "react";
import { ApiError, api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type {
  AddWorkingDaysResponse,
  CalendarDay,
  CalendarDaysResponse,
  CalendarOverride,
  CalendarYearsResponse,
  CreateOverrideRequest,
  DayKind,
  LoadYearRequest,
  WorkingDaysBetweenResponse,
} from "../../api/types";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState, ErrorResult, PageLoading } from "../../components/States";
import { useI18n } from "../../i18n";
import { countKinds, monthGrid, parseDateLines } from "../../lib/calendar-grid";

const KINDS: DayKind[] = ["workday", "weekend", "holiday", "makeUpWorkday", "closure", "extraWorkday"];
const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const YearGrid = memo(function YearGrid(props: {
  year: number;
  days: CalendarDay[];
  overrideDates: ReadonlyMap<string, CalendarOverride>;
  today: string;
  onPick?: (d: CalendarDay) => void;
}) {
  const { t, locale } = useI18n();
  const byDate = useMemo(() => new Map(props.days.map((d) => [d.date, d])), [props.days]);
  return (
    <div className="ccms-year" data-testid="calendar-year">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <div key={month} className="ccms-month">
          <div className="ccms-month-title">
            {t("calendar.monthTitle", { month, monthName: dayjs(new Date(props.year, month - 1, 1)).locale(locale === "zh-CN" ? "zh-cn" : "en").format("MMMM") })}
          </div>
          <div className="ccms-month-grid">
            {WEEKDAY_KEYS.map((w) => (
              <div key={w} className="ccms-month-head">
                {t(`calendar.wd.${w}`)}
              </div>
            ))}
            {monthGrid(props.year, month)
              .flat()
              .map((date, i) => {
                if (!date) return <div key={`e${i}`} />;
                const d = byDate.get(date);
                const kind = d?.kind ?? "workday";
                const ov = props.overrideDates.get(date);
                const tip = [date, t(`calendar.kinds.${kind}`), d?.name, ov?.reason].filter(Boolean).join(" · ");
                return (
                  <div
                    key={date}
                    className={`ccms-day ccms-day-${kind}${date === props.today ? " today" : ""}${ov ? " override" : ""}`}
                    title={tip}
                    data-date={date}
                    data-kind={kind}
                    onClick={d && props.onPick ? () => props.onPick!(d) : undefined}
                    style={props.onPick ? { cursor: "pointer" } : undefined}
                  >
                    {Number(date.slice(8))}
                  </div>
                );
              })}
          </div>
        </div>
      ))}
    </div>
  );
});

function Legend({ counts }: { counts: Partial<Record<DayKind, number>> }) {
  const { t } = useI18n();
  return (
    <div className="ccms-legend">
      {KINDS.map((k) => (
        <span key={k} className="ccms-legend-item">
          <span className={`ccms-legend-swatch ccms-day-${k}`} />
          {t(`calendar.kinds.${k}`)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {counts[k] ?? 0}
          </Typography.Text>
        </span>
      ))}
    </div>
  );
}

function LoadYearForm({ year, onLoaded }: { year: number; onLoaded: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ holidays: string; makeUpWorkdays: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    const h = parseDateLines(v.holidays ?? "");
    const m = parseDateLines(v.makeUpWorkdays ?? "");
    const bad = [...h.bad, ...m.bad];
    if (bad.length > 0) {
      message.error(t("calendar.badLines", { lines: bad.slice(0, 5).join(" | ") }));
      return;
    }
    setBusy(true);
    try {
      const body: LoadYearRequest = { year, holidays: h.entries, makeUpWorkdays: m.entries };
      await api.put("/calendar/years", body);
      message.success(t("calendar.loadYearDone", { year }));
      onLoaded();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 720, margin: "0 auto", textAlign: "left" }}>
      <Typography.Paragraph type="secondary">{t("calendar.loadYearHint")}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="holidays" label={t("calendar.holidays")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={8} placeholder={`${year}-01-01 …`} style={{ fontFamily: "monospace" }} data-testid="load-year-holidays" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="makeUpWorkdays" label={t("calendar.makeUpWorkdays")}>
            <Input.TextArea rows={8} placeholder={`${year}-02-07 …`} style={{ fontFamily: "monospace" }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" onClick={submit} loading={busy}>
        {t("calendar.loadYearSubmit", { year })}
      </Button>
    </Form>
  );
}

function Calculator({ orgUnitId }: { orgUnitId: string | undefined }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState<Dayjs>(dayjs());
  const [days, setDays] = useState<number>(5);
  const [clock, setClock] = useState<"working" | "calendar">("working");
  const [result, setResult] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(), dayjs().add(30, "day")]);
  const [between, setBetween] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const weekday = (d: string) => dayjs(d).locale(locale === "zh-CN" ? "zh-cn" : "en").format("dddd");
  const compute = async () => {
    setError(null);
    try {
      const r = await api.get<AddWorkingDaysResponse>("/calendar/add-working-days", { from: from.format("YYYY-MM-DD"), days, orgUnitId, clock });
      setResult(
        t("calendar.result", {
          days,
          clock: clock === "working" ? t("calendar.clockWorking") : t("calendar.clockCalendar"),
          date: r.date,
          weekday: weekday(r.date),
        }),
      );
    } catch (e) {
      setResult(null);
      setError(e);
    }
  };
  const computeBetween = async () => {
    setError(null);
    try {
      const f = range[0].format("YYYY-MM-DD");
      const to = range[1].format("YYYY-MM-DD");
      const r = await api.get<WorkingDaysBetweenResponse>("/calendar/working-days-between", { from: f, to, orgUnitId });
      setBetween(t("calendar.betweenResult", { from: f, to, days: r.days }));
    } catch (e) {
      setBetween(null);
      setError(e);
    }
  };
  return (
    <Card title={t("calendar.calculator")} size="small">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("calendar.calculatorHint")}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap>
          <DatePicker value={from} onChange={(d) => d && setFrom(d)} allowClear={false} style={{ width: 140 }} data-testid="calc-from" />
          <InputNumber min={0} max={1000} value={days} onChange={(v) => setDays(v ?? 0)} style={{ width: 80 }} data-testid="calc-days" />
        </Flex>
        <Flex gap={8} wrap align="center">
          <Segmented
            size="small"
            value={clock}
            onChange={(v) => setClock(v as "working" | "calendar")}
            options={[
              { value: "working", label: t("calendar.clockWorking") },
              { value: "calendar", label: t("calendar.clockCalendar") },
            ]}
          />
          <Button type="primary" size="small" onClick={compute} data-testid="calc-submit">
            {t("calendar.compute")}
          </Button>
        </Flex>
        {result && <Alert type="success" title={result} data-testid="calc-result" />}
        <Typography.Text strong style={{ marginTop: 8 }}>
          {t("calendar.between")}
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
            allowClear={false}
            style={{ width: 240 }}
          />
          <Button size="small" onClick={computeBetween}>
            {t("calendar.compute")}
          </Button>
        </Flex>
        {between && <Alert type="info" title={between} />}
        {error !== null && <Alert type="error" title={errorText(error, t)} />}
      </Flex>
    </Card>
  );
}

export default function CalendarPage() {
  const { t } = useI18n();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const { byId } = useOrgUnits();
  const [year, setYear] = useState<number>(dayjs().year());
  const [unitId, setUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [form] = Form.useForm<Omit<CreateOverrideRequest, "orgUnitId" | "date"> & { date: Dayjs }>();
  const [adding, setAdding] = useState(false);
  const cal = useApi((signal) => api.get<CalendarDaysResponse>("/calendar/days", { year, orgUnitId: unitId }, { signal }), [year, unitId]);
  const years = useApi((signal) => api.get<CalendarYearsResponse>("/calendar/years", undefined, { signal }), []);
  const writable = can("calendar.write");
  const today = dayjs().format("YYYY-MM-DD");

  const data = cal.data && cal.data.year === year ? cal.data : undefined;
  const counts = useMemo(() => countKinds(data?.days ?? []), [data]);
  const overrideDates = useMemo(() => new Map((data?.overrides ?? []).map((o) => [o.date, o])), [data]);
  const unavailable = cal.error instanceof ApiError && cal.error.code === "calendar_year_unavailable";
  const workingCount = (data?.days ?? []).filter((d) => d.working).length;

  const pick = (d: CalendarDay) => {
    if (!writable) return;
    form.setFieldsValue({ date: dayjs(d.date), kind: d.working ? "closure" : "extraWorkday" });
  };

  const addOverride = async () => {
    const v = await form.validateFields();
    if (!unitId) return;
    setAdding(true);
    try {
      const body: CreateOverrideRequest = { orgUnitId: unitId, date: v.date.format("YYYY-MM-DD"), kind: v.kind, reason: v.reason.trim() };
      await api.post("/calendar/overrides", body);
      message.success(t("calendar.overrideAdded"));
      form.resetFields(["reason"]);
      if (Number(body.date.slice(0, 4)) !== year) setYear(Number(body.date.slice(0, 4)));
      else await cal.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setAdding(false);
    }
  };

  const removeOverride = async (o: CalendarOverride) => {
    try {
      await api.delete(`/calendar/overrides/${o.id}`);
      message.success(t("calendar.overrideDeleted"));
      await cal.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  return (
    <PageContainer
      title={t("calendar.title")}
      subtitle={t("calendar.subtitle")}
      extra={
        <Flex gap={8} wrap align="center">
          <OrgUnitTreeSelect value={unitId} onChange={(v) => setUnitId(v ?? me?.user.orgUnitId)} style={{ width: 240 }} />
          <Button icon={<LeftOutlined />} onClick={() => setYear((y) => y - 1)} aria-label={t("calendar.prevYear")} />
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 100 }}
            options={Array.from({ length: 9 }, (_, i) => dayjs().year() - 5 + i).map((y) => ({ value: y, label: String(y) }))}
            data-testid="calendar-year-select"
          />
          <Button icon={<RightOutlined />} onClick={() => setYear((y) => y + 1)} aria-label={t("calendar.nextYear")} data-testid="calendar-next-year" />
          <Button onClick={() => setYear(dayjs().year())}>{t("calendar.thisYear")}</Button>
        </Flex>
      }
    >
      {unavailable ? (
        <Card>
          <Result
            status="warning"
            title={t("calendar.unavailableTitle", { year })}
            subTitle={errorText(cal.error, t)}
            data-testid="calendar-unavailable"
            extra={can("calendar.loadYear") ? <LoadYearForm year={year} onLoaded={() => { void cal.reload(); void years.reload(); }} /> : <Typography.Text type="secondary">{t("calendar.askAdmin")}</Typography.Text>}
          />
        </Card>
      ) : cal.error && !data ? (
        <Card>
          <ErrorResult error={cal.error} onRetry={cal.reload} />
        </Card>
      ) : !data ? (
        <Card>
          <PageLoading />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Card
              title={
                <Flex align="center" gap={10}>
                  <span>{year}</span>
                  <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
                    {byId.get(data.orgUnitId)?.name}
                  </Typography.Text>
                </Flex>
              }
              loading={cal.loading && !data}
              styles={{ body: { paddingTop: 12 } }}
            >
              <div style={{ marginBottom: 12 }}>
                <Legend counts={counts} />
              </div>
              <YearGrid year={year} days={data.days} overrideDates={overrideDates} today={today} onPick={writable ? pick : undefined} />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Flex vertical gap={16}>
              <Card size="small">
                <Row gutter={8}>
                  <Col span={8}>
                    <Statistic title={t("calendar.stats.working")} value={workingCount} styles={{ content: { fontSize: 22 } }} />
                  </Col>
                  <Col span={8}>
                    <Statistic title={t("calendar.stats.holidays")} value={counts.holiday ?? 0} styles={{ content: { fontSize: 22, color: "#c4282f" } }} />
                  </Col>
                  <Col span={8}>
                    <Statistic title={t("calendar.stats.overrides")} value={data.overrides.length} styles={{ content: { fontSize: 22 } }} />
                  </Col>
                </Row>
              </Card>
              <Calculator orgUnitId={unitId} />
              <Card title={t("calendar.years")} size="small" loading={years.loading}>
                <Flex wrap gap={6}>
                  {(years.data?.items ?? []).slice(-8).map((y) => (
                    <Tag key={y.year} color={y.source === "manual" ? "orange" : "blue"} bordered={false} style={{ cursor: "pointer" }} onClick={() => setYear(y.year)}>
                      {y.year} · {y.source === "manual" ? t("calendar.sourceManual") : t("calendar.sourcePackage")}
                    </Tag>
                  ))}
                </Flex>
              </Card>
            </Flex>
          </Col>
          <Col span={24}>
            <Card title={t("calendar.overrides")} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t("calendar.overridesHint")}</Typography.Text>}>
              {writable && (
                <Form
                  form={form}
                  layout="inline"
                  initialValues={{ kind: "closure" }}
                  style={{ rowGap: 10, marginBottom: 16 }}
                  data-testid="override-form"
                >
                  <Form.Item name="date" label={t("calendar.overrideDate")} rules={[{ required: true }]}>
                    <DatePicker style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name="kind" label={t("calendar.overrideKind")} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 230 }}
                      options={(["closure", "extraWorkday"] as const).map((k) => ({ value: k, label: t(`calendar.overrideKinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name="reason" label={t("calendar.overrideReason")} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
                    <Input style={{ width: 280 }} maxLength={500} placeholder={t("calendar.overrideReasonPlaceholder")} />
                  </Form.Item>
                  <Form.Item>
                    <Button type="primary" icon={<PlusOutlined />} onClick={addOverride} loading={adding}>
                      {t("calendar.addOverride")}
                    </Button>
                  </Form.Item>
                </Form>
              )}
              <Table<CalendarOverride>
                rowKey="id"
                size="small"
                dataSource={data.overrides}
                pagination={false}
                locale={{ emptyText: <EmptyState description={t("calendar.noOverrides")} /> }}
                columns={[
                  { title: t("calendar.overrideDate"), dataIndex: "date", width: 130 },
                  {
                    title: t("calendar.overrideKind"),
                    dataIndex: "kind",
                    width: 170,
                    render: (k: string) => <span className={`ccms-day-${k}`} style={{ padding: "2px 8px", borderRadius: 4 }}>{t(`calendar.kinds.${k}`)}</span>,
                  },
                  { title: t("calendar.overrideReason"), dataIndex: "reason", ellipsis: true },
                  { title: t("calendar.overrideUnit"), dataIndex: "orgUnitId", width: 180, render: (id: string) => byId.get(id)?.name ?? "—" },
                  { title: t("common.createdAt"), dataIndex: "createdAt", width: 150, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
                  ...(writable
                    ? [
                        {
                          title: t("common.actions"),
                          key: "actions",
                          width: 90,
                          render: (_: unknown, o: CalendarOverride) => (
                            <Popconfirm title={t("calendar.deleteConfirm", { date: o.date })} onConfirm={() => removeOverride(o)} okButtonProps={{ danger: true }}>
                              <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                                {t("common.delete")}
                              </Button>
                            </Popconfirm>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
