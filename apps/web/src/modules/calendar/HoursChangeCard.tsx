/**
 * CAL-04 hours are kept exactly and changes are published in advance: file a unit's new weekly hours
 * (Saturday/Sunday included, CAL-02) or its 7×24 switch (CAL-05) from a date after today; the list
 * shows what is filed and whether it is in effect.
 */
import { App, Button, Card, DatePicker, Flex, Input, Switch, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { BusinessHoursEditor, type Hours, completeHours } from "../../components/BusinessHoursEditor";
import { useOrgUnits } from "../../components/OrgUnits";
import { EmptyState } from "../../components/States";
import { useI18n } from "../../i18n";
import { groupWeeklyHours } from "./hours-summary";
import { earliestEffectiveFrom } from "./notice-form";
import type { HoursChange, HoursChangeRequest, HoursChangesResponse } from "./types";

export function HoursSummary({ hours, alwaysOpen }: { hours: Record<string, Array<[string, string]>>; alwaysOpen: boolean }) {
  const { t } = useI18n();
  if (alwaysOpen) return <Tag color="green" bordered={false}>{t("calendar.hours.alwaysOpen")}</Tag>;
  return (
    <Flex vertical gap={0} style={{ fontSize: 12 }}>
      {groupWeeklyHours(hours).map((g) => (
        <span key={g.from} style={{ fontVariantNumeric: "tabular-nums" }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {g.from === g.to ? t(`weekdays.${g.from}`) : `${t(`weekdays.${g.from}`)}–${t(`weekdays.${g.to}`)}`}
          </Typography.Text>{" "}
          {g.frames.length ? g.frames.join(" ") : t("calendar.hours.closedDay")}
        </span>
      ))}
    </Flex>
  );
}

export function HoursChangeCard({ unitId, writable, today }: { unitId: string | undefined; writable: boolean; today: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { byId } = useOrgUnits();
  const unit = unitId ? byId.get(unitId) : undefined;
  const list = useApi((signal) => api.get<HoursChangesResponse>("/calendar/hours-changes", { orgUnitId: unitId }, { signal }), [unitId], { enabled: !!unitId });
  const earliest = earliestEffectiveFrom(today);
  const [effectiveFrom, setEffectiveFrom] = useState<Dayjs | null>(null);
  const [hours, setHours] = useState<Hours>({});
  const [alwaysOpen, setAlwaysOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  // Start from the unit's current hours whenever another unit is chosen.
  useEffect(() => {
    setHours((unit?.businessHours ?? {}) as Hours);
    setAlwaysOpen(unit?.alwaysOpen ?? false);
  }, [unit]);

  const submit = async () => {
    if (!unitId || !effectiveFrom || !reason.trim()) return;
    setBusy(true);
    try {
      const body: HoursChangeRequest = {
        orgUnitId: unitId,
        effectiveFrom: effectiveFrom.format("YYYY-MM-DD"),
        businessHours: completeHours(hours),
        alwaysOpen,
        reason: reason.trim(),
      };
      await api.post<HoursChange>("/calendar/hours-changes", body);
      message.success(t("calendar.hours.filed", { date: body.effectiveFrom }));
      setReason("");
      setEffectiveFrom(null);
      await list.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("calendar.hours.title")} data-testid="hours-change-card">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t("calendar.hours.hint")}
      </Typography.Paragraph>
      {unit && (
        <Flex gap={8} align="flex-start" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ flex: "none" }}>
            {t("calendar.hours.current")}：
          </Typography.Text>
          <HoursSummary hours={unit.businessHours} alwaysOpen={unit.alwaysOpen} />
        </Flex>
      )}
      {writable && (
        <div data-testid="hours-change-form" style={{ marginBottom: 16 }}>
          <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
            <Flex gap={8} align="center">
              <Typography.Text>{t("calendar.hours.effectiveFrom")}</Typography.Text>
              <DatePicker
                value={effectiveFrom}
                onChange={setEffectiveFrom}
                disabledDate={(d) => d.format("YYYY-MM-DD") < earliest}
                defaultPickerValue={dayjs(earliest)}
                style={{ width: 150 }}
                data-testid="hours-effective-from"
              />
            </Flex>
            <Flex gap={8} align="center">
              <Switch checked={alwaysOpen} onChange={setAlwaysOpen} aria-label={t("calendar.hours.alwaysOpen")} data-testid="hours-always-open" />
              <Typography.Text>{t("calendar.hours.alwaysOpen")}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("calendar.hours.alwaysOpenHint")}
              </Typography.Text>
            </Flex>
          </Flex>
          <Typography.Text strong style={{ display: "block", marginBottom: 6 }}>
            {t("calendar.hours.weekly")}
          </Typography.Text>
          <BusinessHoursEditor value={hours} onChange={setHours} alwaysOpen={alwaysOpen} />
          <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
            <Input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              placeholder={t("calendar.hours.reasonPlaceholder")}
              aria-label={t("calendar.hours.reason")}
              style={{ flex: "1 1 280px", maxWidth: 480 }}
              data-testid="hours-reason"
            />
            <Button type="primary" onClick={submit} loading={busy} disabled={!effectiveFrom || !reason.trim()} data-testid="hours-submit">
              {t("calendar.hours.submit")}
            </Button>
          </Flex>
        </div>
      )}
      <Typography.Text strong style={{ display: "block", marginBottom: 6 }}>
        {t("calendar.hours.list")}
      </Typography.Text>
      <Table<HoursChange>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="hours-change-list"
        locale={{ emptyText: <EmptyState description={t("calendar.hours.none")} /> }}
        columns={[
          { title: t("calendar.hours.effectiveFrom"), dataIndex: "effectiveFrom", width: 120 },
          { title: t("calendar.hours.weekly"), key: "hours", render: (_: unknown, h) => <HoursSummary hours={h.businessHours} alwaysOpen={h.alwaysOpen} /> },
          { title: t("calendar.hours.reason"), dataIndex: "reason", ellipsis: true },
          {
            title: t("calendar.overrideStatus"),
            key: "status",
            width: 110,
            render: (_: unknown, h) =>
              h.appliedAt ? <Tag color="green" bordered={false}>{t("calendar.hours.statusApplied")}</Tag> : <Tag color="blue" bordered={false}>{t("calendar.hours.statusPending")}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
