/**
 * CAL-01/CAL-06 working calendar: the year view of a unit (provisional years computed from the law are
 * marked), the official State Council notice (typed, previewed, imported), closures and open days
 * (CAL-02: opening is hours, never a working day), opening hours changes announced in advance (CAL-04),
 * 7×24 (CAL-05) and working-day arithmetic.
 */
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, InputNumber, Result, Row, Segmented, Select, Statistic, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { memo, useEffect, useMemo, useState } from "react";
import { useLocation, useSearchParams } from "react-router-dom";
import { ApiError, api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { AddWorkingDaysResponse, CalendarDay, CalendarDaysResponse, CalendarOverride, CalendarYearsResponse, WorkingDaysBetweenResponse } from "../../api/types";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { ErrorResult, PageLoading } from "../../components/States";
import { useI18n } from "../../i18n";
import { countKinds, monthGrid } from "../../lib/calendar-grid";
import { HoursChangeCard } from "./HoursChangeCard";
import { NoticeForm } from "./NoticeForm";
import { type OverrideFormValues, OverridesCard } from "./OverridesCard";
import "./calendar.css";

const KINDS = ["workday", "weekend", "holiday", "makeUpWorkday", "closure"] as const;
const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** CSS classes of a day: its kind, provisional (CAL-06), and a service mark (open day; closure not counting for time limits). */
function dayClass(d: CalendarDay | undefined, kind: string): string {
  const c = [`ccms-day`, `ccms-day-${kind}`];
  if (d?.provisional) c.push("provisional");
  if (d?.service === "open") c.push("service-open");
  if (d?.service === "closure" && kind !== "closure") c.push("service-closure");
  return c.join(" ");
}

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
                const service =
                  d?.service === "open" ? t("calendar.kinds.open") : d?.service === "closure" && kind !== "closure" ? t("calendar.kinds.pendingClosure") : undefined;
                const tip = [date, t(`calendar.kinds.${kind}`), d?.name, service, ov?.reason, d?.provisional ? t("calendar.provisional.dayTip") : undefined].filter(Boolean).join(" · ");
                return (
                  <div
                    key={date}
                    className={`${dayClass(d, kind)}${date === props.today ? " today" : ""}${ov ? " override" : ""}`}
                    title={tip}
                    data-date={date}
                    data-kind={kind}
                    data-provisional={d?.provisional ? "1" : undefined}
                    data-service={d?.service}
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

function Legend({ counts, provisional }: { counts: Partial<Record<string, number>>; provisional: boolean }) {
  const { t } = useI18n();
  const item = (cls: string, label: string, n?: number) => (
    <span key={cls} className="ccms-legend-item">
      <span className={`ccms-legend-swatch ${cls}`} />
      {label}
      {n !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n}
        </Typography.Text>
      )}
    </span>
  );
  return (
    <div className="ccms-legend" data-testid="calendar-legend">
      {KINDS.map((k) => item(`ccms-day-${k}`, t(`calendar.kinds.${k}`), counts[k] ?? 0))}
      {item("service-open", t("calendar.kinds.open"))}
      {item("service-closure", t("calendar.kinds.pendingClosure"))}
      {provisional && item("provisional", t("calendar.kinds.provisional"))}
    </div>
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
        }) + (r.provisional ? t("calendar.resultProvisional") : ""),
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
          <InputNumber min={0} max={1000} value={days} onChange={(v) => setDays(v ?? 0)} style={{ width: 80 }} aria-label={t("calendar.days")} data-testid="calc-days" />
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
  const { byId } = useOrgUnits();
  const location = useLocation();
  const [params] = useSearchParams();
  const asked = Number(params.get("year"));
  const [year, setYear] = useState<number>(asked >= 1901 && asked <= 2099 ? asked : dayjs().year());
  const [unitId, setUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [form] = Form.useForm<OverrideFormValues>();
  const [noticeOpen, setNoticeOpen] = useState(false);
  const cal = useApi((signal) => api.get<CalendarDaysResponse>("/calendar/days", { year, orgUnitId: unitId }, { signal }), [year, unitId]);
  const years = useApi((signal) => api.get<CalendarYearsResponse>("/calendar/years", undefined, { signal }), []);
  const writable = can("calendar.write");
  const canLoad = can("calendar.loadYear");
  const today = dayjs().format("YYYY-MM-DD");

  useEffect(() => {
    if (asked >= 1901 && asked <= 2099) setYear(asked);
  }, [asked]);

  const data = cal.data && cal.data.year === year ? cal.data : undefined;
  const counts = useMemo(() => countKinds(data?.days ?? []), [data]);
  const overrideDates = useMemo(() => new Map((data?.overrides ?? []).map((o) => [o.date, o])), [data]);
  const unavailable = cal.error instanceof ApiError && cal.error.code === "calendar_year_unavailable";
  const workingCount = (data?.days ?? []).filter((d) => d.working).length;
  const showNotice = canLoad && !!data && (data.provisional || noticeOpen);

  // The banner's link (#notice) scrolls to the form once the year is shown.
  useEffect(() => {
    if (location.hash === "#notice" && showNotice) document.getElementById("notice")?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [location.hash, showNotice]);

  const pick = (d: CalendarDay) => {
    if (!writable) return;
    form.setFieldsValue({ date: dayjs(d.date), kind: d.working ? "closure" : "open" });
    document.getElementById("overrides")?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  const afterOverride = async (date?: string) => {
    if (date && Number(date.slice(0, 4)) !== year) setYear(Number(date.slice(0, 4)));
    else await cal.reload();
  };

  const provisionalYears = new Set(years.data?.provisionalYears ?? []);
  const yearOptions = Array.from({ length: 9 }, (_, i) => dayjs().year() - 5 + i);

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
            style={{ width: 132 }}
            options={(yearOptions.includes(year) ? yearOptions : [...yearOptions, year].sort()).map((y) => ({ value: y, label: provisionalYears.has(y) ? `${y} · ${t("calendar.provisional.tag")}` : String(y) }))}
            aria-label={t("calendar.year")}
            data-testid="calendar-year-select"
          />
          <Button icon={<RightOutlined />} onClick={() => setYear((y) => y + 1)} aria-label={t("calendar.nextYear")} data-testid="calendar-next-year" />
          <Button onClick={() => setYear(dayjs().year())}>{t("calendar.thisYear")}</Button>
        </Flex>
      }
    >
      {unavailable ? (
        <Card>
          <Result status="warning" title={t("calendar.unavailableTitle", { year })} subTitle={errorText(cal.error, t)} data-testid="calendar-unavailable" />
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
          {data.provisional && (
            <Col span={24}>
              <Alert
                type="warning"
                showIcon
                data-testid="calendar-provisional-banner"
                title={t("calendar.provisional.banner", { year })}
                description={t("calendar.provisional.bannerDetail")}
                action={
                  canLoad ? (
                    <Button size="small" type="primary" onClick={() => document.getElementById("notice")?.scrollIntoView({ behavior: "smooth", block: "start" })}>
                      {t("calendar.provisional.enterNotice")}
                    </Button>
                  ) : undefined
                }
              />
            </Col>
          )}
          <Col xs={24} xl={17}>
            <Card
              title={
                <Flex align="center" gap={10}>
                  <span>{year}</span>
                  {data.provisional && (
                    <Tag bordered={false} className="ccms-provisional-tag" data-testid="calendar-provisional-tag">
                      {t("calendar.provisional.tag")}
                    </Tag>
                  )}
                  <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
                    {byId.get(data.orgUnitId)?.name}
                  </Typography.Text>
                </Flex>
              }
              loading={cal.loading && !data}
              styles={{ body: { paddingTop: 12 } }}
            >
              <div style={{ marginBottom: 12 }}>
                <Legend counts={counts} provisional={data.provisional} />
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
              <Card
                title={t("calendar.years")}
                size="small"
                loading={years.loading}
                extra={
                  canLoad && !data.provisional ? (
                    <Button size="small" type="link" onClick={() => setNoticeOpen((o) => !o)} data-testid="notice-toggle">
                      {noticeOpen ? t("calendar.notice.closeForm") : t("calendar.notice.openForm")}
                    </Button>
                  ) : undefined
                }
              >
                <Flex wrap gap={6}>
                  {(years.data?.items ?? []).slice(-6).map((y) => (
                    <Tag key={y.year} color={y.source === "manual" ? "orange" : "blue"} bordered={false} style={{ cursor: "pointer" }} onClick={() => setYear(y.year)}>
                      {y.year} · {y.source === "manual" ? t("calendar.sourceManual") : t("calendar.sourcePackage")}
                    </Tag>
                  ))}
                  {(years.data?.provisionalYears ?? []).map((y) => (
                    <Tag key={`p${y}`} bordered={false} className="ccms-provisional-tag" style={{ cursor: "pointer" }} onClick={() => setYear(y)} data-testid={`calendar-year-provisional-${y}`}>
                      {t("calendar.provisional.yearTag", { year: y })}
                    </Tag>
                  ))}
                </Flex>
              </Card>
            </Flex>
          </Col>
          {showNotice && (
            <Col span={24}>
              <NoticeForm
                key={year}
                year={year}
                days={data.days}
                onImported={() => {
                  setNoticeOpen(false);
                  void cal.reload();
                  void years.reload();
                }}
              />
            </Col>
          )}
          <Col span={24} id="overrides">
            <OverridesCard form={form} unitId={unitId} overrides={data.overrides} writable={writable} today={today} onChanged={afterOverride} />
          </Col>
          <Col span={24}>
            <HoursChangeCard unitId={unitId} writable={writable} today={today} />
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
