/** Rosters: shift templates of a unit, a solved roster as a week grid per person, its rule check and shortfalls; publish. */
import { PlusOutlined, ThunderboltOutlined } from "@ant-design/icons";
import type { CreateShiftTemplateRequest, RosterView, ShiftTemplateView } from "@ccms/contracts";
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, List, Modal, Select, Space, Table, Tag, TimePicker, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { RosterDragGrid } from "./RosterDragGrid";
import { StaffingSettingsCard } from "./StaffingSettingsCard";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type SummaryList = { items: Array<{ id: string; from: string; to: string; state: "draft" | "published"; uncovered: number; createdAt: string }> };
interface TemplateForm {
  code: string;
  name: string;
  start: Dayjs;
  end: Dayjs;
  minStaff: number;
  skill?: string;
  days: Array<(typeof WEEKDAYS)[number]>;
}

export default function RostersPage() {
  const t = useT();
  const { me, can } = useAuth();
  const manage = can("people.manage");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const templates = useApi((signal) => api.get<{ items: ShiftTemplateView[] }>("/people/shift-templates", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId });
  const rosters = useApi((signal) => api.get<SummaryList>("/rosters", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId });
  const [rosterId, setRosterId] = useState<string | null>(null);
  const roster = useApi((signal) => api.get<RosterView>(`/rosters/${encodeURIComponent(rosterId ?? "")}`, undefined, { signal }), [rosterId], { enabled: !!rosterId });
  const nextMonday = dayjs().add(((8 - dayjs().day()) % 7) || 7, "day");
  const [range, setRange] = useState<[Dayjs, Dayjs]>([nextMonday, nextMonday.add(6, "day")]);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<TemplateForm>();

  const run = async <T,>(fn: () => Promise<T>, ok: string): Promise<T | null> => {
    setBusy(true);
    try {
      const r = await fn();
      void message.success(ok);
      return r;
    } catch (e) {
      void message.error(errorText(e, t));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const generate = async () => {
    if (!orgUnitId) return;
    const r = await run(() => api.post<RosterView>("/rosters", { orgUnitId, from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") }), t("people.roster.generatedOk"));
    if (r) {
      setRosterId(r.id);
      roster.setData(r);
      void rosters.reload();
    }
  };
  const publish = async () => {
    if (!rosterId) return;
    const r = await run(() => api.post<RosterView>(`/rosters/${encodeURIComponent(rosterId)}/publish`), t("people.roster.publishedOk"));
    if (r) {
      roster.setData(r);
      void rosters.reload();
    }
  };
  const saveTemplate = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !orgUnitId) return;
    const body: CreateShiftTemplateRequest = { orgUnitId, code: v.code.trim(), name: v.name.trim(), start: v.start.format("HH:mm"), end: v.end.format("HH:mm"), minStaff: v.minStaff, skill: v.skill?.trim() ? v.skill.trim() : null, days: v.days };
    if (await run(() => api.post("/people/shift-templates", body), t("people.roster.templateOk"))) {
      setCreating(false);
      void templates.reload();
    }
  };

  const grid = useMemo(() => {
    const r = roster.data;
    if (!r) return null;
    const dates: string[] = [];
    for (let d = dayjs(r.from); !d.isAfter(dayjs(r.to)); d = d.add(1, "day")) dates.push(d.format("YYYY-MM-DD"));
    const people = new Map<string, { userId: string; userName: string; cells: Record<string, string> }>();
    for (const a of r.assignments) {
      const row = people.get(a.userId) ?? { userId: a.userId, userName: a.userName, cells: {} };
      row.cells[a.date] = a.shiftCode;
      people.set(a.userId, row);
    }
    const columns: ColumnsType<{ userId: string; userName: string; cells: Record<string, string> }> = [
      { title: t("people.roster.person"), dataIndex: "userName", fixed: "left", width: 130 },
      ...dates.map((d) => ({
        title: `${dayjs(d).format("MM-DD")} ${t(`people.roster.wd.${WEEKDAYS[(dayjs(d).day() + 6) % 7]}`)}`,
        key: d,
        width: 84,
        render: (_: unknown, row: { cells: Record<string, string> }) => (row.cells[d] ? <Tag>{row.cells[d]}</Tag> : <span aria-label={t("people.roster.off")}>·</span>),
      })),
    ];
    return { columns, rows: [...people.values()].sort((a, b) => a.userName.localeCompare(b.userName, "zh-CN")) };
  }, [roster.data, t]);

  return (
    <PageContainer
      title={t("people.roster.title")}
      subtitle={t("people.roster.subtitle")}
      rules="P-05 · P-02 · P-07 · CAL-03"
      extra={<OrgUnitTreeSelect value={orgUnitId} onChange={(v) => { setOrgUnitId(v); setRosterId(null); }} style={{ minWidth: 260 }} aria-label={t("people.staff.unit")} />}
    >
      <Space direction="vertical" style={{ width: "100%" }} size={16}>
        <Card
          title={t("people.roster.templates")}
          extra={manage && <Button icon={<PlusOutlined />} onClick={() => { form.resetFields(); setCreating(true); }}>{t("people.roster.addTemplate")}</Button>}
        >
          <Table<ShiftTemplateView>
            rowKey="id"
            size="small"
            pagination={false}
            loading={templates.loading}
            dataSource={templates.data?.items ?? []}
            locale={{ emptyText: t("people.roster.noTemplates") }}
            columns={[
              { title: t("people.roster.code"), dataIndex: "code", width: 70 },
              { title: t("people.roster.name"), dataIndex: "name", width: 120 },
              { title: t("people.roster.time"), key: "time", width: 140, render: (_, r) => `${r.start}–${r.end}${r.night ? ` ${t("people.roster.nextDay")}` : ""}` },
              { title: t("people.roster.workHours"), dataIndex: "workHours", width: 90 },
              { title: t("people.roster.minStaff"), dataIndex: "minStaff", width: 90 },
              { title: t("people.roster.skill"), dataIndex: "skill", width: 120, render: (v: string | null) => v ?? "—" },
              { title: t("people.roster.days"), dataIndex: "days", render: (v: string[]) => v.map((d) => t(`people.roster.wd.${d}`)).join(" ") },
            ]}
          />
        </Card>
        {orgUnitId && <StaffingSettingsCard orgUnitId={orgUnitId} editable={manage} />}
        <Card title={t("people.roster.generate")}>
          <Space wrap>
            <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} aria-label={t("people.roster.period")} />
            {manage && (
              <Button type="primary" icon={<ThunderboltOutlined />} loading={busy} onClick={() => void generate()}>
                {t("people.roster.solve")}
              </Button>
            )}
            <Select
              style={{ minWidth: 280 }}
              placeholder={t("people.roster.pick")}
              value={rosterId ?? undefined}
              onChange={setRosterId}
              aria-label={t("people.roster.pick")}
              options={(rosters.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.from} ~ ${r.to} · ${t(`people.roster.state.${r.state}`)}` }))}
            />
          </Space>
        </Card>
        {roster.data && grid && (
          <Card
            title={`${roster.data.from} ~ ${roster.data.to}`}
            extra={
              <Space>
                <Tag color={roster.data.state === "published" ? "green" : "orange"}>{t(`people.roster.state.${roster.data.state}`)}</Tag>
                {manage && roster.data.state === "draft" && (
                  <Button type="primary" loading={busy} onClick={() => void publish()}>
                    {t("people.roster.publish")}
                  </Button>
                )}
              </Space>
            }
          >
            <Space direction="vertical" style={{ width: "100%" }}>
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t("people.roster.rulesLabel")}>
                  {t("people.roster.rulesValue", { rest: roster.data.rules.restHours, days: roster.data.rules.maxConsecutiveDays, hours: roster.data.rules.weeklyHours })}
                </Descriptions.Item>
                <Descriptions.Item label={t("people.roster.hardLabel")}>
                  {roster.data.hard.every((h) => h.violations === 0) ? (
                    <Tag color="green">{t("people.roster.hardOk")}</Tag>
                  ) : (
                    roster.data.hard.filter((h) => h.violations > 0).map((h) => <Tag key={h.rule} color="red">{`${t(`people.roster.rule.${h.rule}`)} × ${h.violations}`}</Tag>)
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t("people.roster.solveTime")}>{(roster.data.solveMs / 1000).toFixed(1)} s</Descriptions.Item>
              </Descriptions>
              {roster.data.demandDates && roster.data.demandDates.length > 0 && (
                <Typography.Text type="secondary">{t("peopleSettings.uncovered.demandDays", { dates: roster.data.demandDates.map((d) => dayjs(d).format("MM-DD")).join("、") })}</Typography.Text>
              )}
              {roster.data.uncovered.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  message={t("people.roster.uncoveredTitle")}
                  description={
                    <List
                      size="small"
                      dataSource={roster.data.uncovered}
                      renderItem={(u) => (
                        <List.Item>
                          {u.required !== undefined
                            ? `${u.date} ${t("peopleSettings.uncovered.demand", { from: u.from, to: u.to, required: u.required, n: u.missing })}${u.skill ? t("peopleSettings.uncovered.skill", { skill: u.skill }) : ""}`
                            : `${u.date} ${u.from}–${u.to} ${u.shiftCode ?? ""} · ${t("people.roster.missing", { n: u.missing })}`}{" "}
                          · {t(`people.roster.reason.${u.reason}`)}
                        </List.Item>
                      )}
                    />
                  }
                />
              )}
              <RosterDragGrid roster={roster.data} editable={manage} onChanged={() => void roster.reload()} />
              <Typography.Text type="secondary">{t("people.roster.legend")}</Typography.Text>
            </Space>
          </Card>
        )}
      </Space>

      <Modal open={creating} title={t("people.roster.addTemplate")} onCancel={() => setCreating(false)} onOk={() => void saveTemplate()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ minStaff: 1, days: ["mon", "tue", "wed", "thu", "fri"] }}>
          <Space wrap>
            <Form.Item name="code" label={t("people.roster.code")} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,16}$/, message: t("people.roster.codeHint") }]}>
              <Input style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="name" label={t("people.roster.name")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="start" label={t("people.roster.start")} rules={[{ required: true, message: t("common.required") }]}>
              <TimePicker format="HH:mm" minuteStep={15} />
            </Form.Item>
            <Form.Item name="end" label={t("people.roster.end")} rules={[{ required: true, message: t("common.required") }]} extra={t("people.roster.endHint")}>
              <TimePicker format="HH:mm" minuteStep={15} />
            </Form.Item>
            <Form.Item name="minStaff" label={t("people.roster.minStaff")} rules={[{ required: true, message: t("common.required") }]}>
              <InputNumber min={0} max={200} />
            </Form.Item>
          </Space>
          <Form.Item name="skill" label={t("people.roster.skill")} extra={t("people.staff.skillsHint")}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="days" label={t("people.roster.days")} rules={[{ required: true, message: t("common.required") }]}>
            <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`people.roster.wd.${d}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
