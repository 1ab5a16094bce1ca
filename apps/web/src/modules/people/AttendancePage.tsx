/** Attendance: clock in/out against today's shift; the monthly sheet of a unit (late, early leave, absence, flags). */
import { LoginOutlined, LogoutOutlined } from "@ant-design/icons";
import type { AttendanceSheet } from "@ccms/contracts";
import { Alert, Button, Card, DatePicker, Space, Table, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";

type Row = AttendanceSheet["rows"][number];
type Day = Row["days"][number];
const STATUS_COLOR: Record<Day["status"], string> = { ok: "green", not_ready: "gold", late: "orange", early_leave: "orange", late_and_early: "red", absent: "red", pending: "default", unrostered: "purple" };
const time = (iso: string | null) => (iso ? dayjs(iso).format("HH:mm") : "—");

export default function AttendancePage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [today, setToday] = useState<Day | null>(null);
  const [busy, setBusy] = useState(false);
  const sheet = useApi((signal) => api.get<AttendanceSheet>("/people/attendance", { orgUnitId, month: month.format("YYYY-MM") }, { signal }), [orgUnitId, month.format("YYYY-MM")], { enabled: !!orgUnitId && can("people.read") });

  const clock = async (kind: "in" | "out") => {
    setBusy(true);
    try {
      const r = await api.post<{ today: Day }>("/people/attendance/clock", { kind });
      setToday(r.today);
      void message.success(t(kind === "in" ? "people.att.clockedIn" : "people.att.clockedOut"));
      void sheet.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<Row> = [
    { title: t("people.att.person"), dataIndex: "userName", width: 130 },
    { title: t("people.att.rostered"), key: "rostered", width: 80, render: (_, r) => r.totals.rostered },
    { title: t("people.att.late"), key: "late", width: 70, render: (_, r) => r.totals.late },
    { title: t("people.att.early"), key: "early", width: 70, render: (_, r) => r.totals.earlyLeave },
    { title: t("people.att.absent"), key: "absent", width: 70, render: (_, r) => r.totals.absent },
    { title: t("people.att.notReady"), key: "notReady", width: 90, render: (_, r) => r.totals.notReady },
    {
      title: t("people.att.flags"),
      key: "flags",
      render: (_, r) =>
        r.flags.map((f) => (
          <Tag key={f} color="red">
            {t(`people.att.flag.${f}`)}
          </Tag>
        )),
    },
  ];
  const dayColumns: ColumnsType<Day> = [
    { title: t("people.att.date"), dataIndex: "date", width: 110 },
    { title: t("people.att.shift"), key: "shift", width: 150, render: (_, d) => (d.shiftCode ? `${d.shiftCode} ${time(d.shiftStart)}–${time(d.shiftEnd)}` : "—") },
    { title: t("people.att.in"), dataIndex: "clockIn", width: 80, render: time },
    { title: t("people.att.out"), dataIndex: "clockOut", width: 80, render: time },
    {
      title: t("people.att.status"),
      key: "status",
      render: (_, d) => (
        <Tag color={STATUS_COLOR[d.status]}>
          {t(`people.att.statusValue.${d.status}`)}
          {d.lateMinutes > 0 ? ` ${t("people.att.minutesLate", { n: d.lateMinutes })}` : ""}
          {d.earlyMinutes > 0 ? ` ${t("people.att.minutesEarly", { n: d.earlyMinutes })}` : ""}
        </Tag>
      ),
    },
  ];

  return (
    <PageContainer title={t("people.att.title")} subtitle={t("people.att.subtitle")} rules="P-11 · D-06">
      <Space direction="vertical" style={{ width: "100%" }} size={16}>
        {can("people.request") && (
          <Card title={t("people.att.clock")}>
            <Space wrap>
              <Button type="primary" size="large" icon={<LoginOutlined />} loading={busy} onClick={() => void clock("in")}>
                {t("people.att.clockIn")}
              </Button>
              <Button size="large" icon={<LogoutOutlined />} loading={busy} onClick={() => void clock("out")}>
                {t("people.att.clockOut")}
              </Button>
              {today && (
                <Typography.Text>
                  {today.shiftCode ? t("people.att.todayShift", { shift: `${today.shiftCode} ${time(today.shiftStart)}–${time(today.shiftEnd)}` }) : t("people.att.noShift")}{" "}
                  <Tag color={STATUS_COLOR[today.status]}>{t(`people.att.statusValue.${today.status}`)}</Tag>
                </Typography.Text>
              )}
            </Space>
            {today?.status === "unrostered" && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t("people.att.unrosteredHint")} />}
          </Card>
        )}
        {can("people.read") && (
          <Card
            title={t("people.att.sheet")}
            extra={
              <Space wrap>
                <DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} aria-label={t("people.att.month")} />
                <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 240 }} aria-label={t("people.staff.unit")} />
              </Space>
            }
          >
            <Table<Row>
              rowKey="userId"
              loading={sheet.loading}
              dataSource={sheet.data?.rows ?? []}
              columns={columns}
              locale={{ emptyText: t("people.att.empty") }}
              expandable={{ expandedRowRender: (r) => <Table<Day> rowKey="date" size="small" pagination={false} dataSource={r.days} columns={dayColumns} /> }}
              pagination={false}
            />
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
