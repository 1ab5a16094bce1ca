/**
 * CAL-02/CAL-06 a unit's dated closures and open days. "营业（开放日）" is opening hours on a day
 * (公示 from a date) and never a working day; a closure stops service and, once approved by the level
 * above, counts for the unit's own time limits.
 */
import { CheckOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, DatePicker, Flex, Form, type FormInstance, Input, Popconfirm, Select, Table, Tag, TimePicker, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import type { CalendarOverride, CreateOverrideRequest } from "../../api/types";
import { useAuth } from "../../auth";
import { useOrgUnits } from "../../components/OrgUnits";
import { EmptyState } from "../../components/States";
import { useI18n } from "../../i18n";
import type { OverrideKind } from "./types";

export interface OverrideFormValues {
  date: Dayjs;
  kind: OverrideKind;
  reason: string;
  frames?: Array<[Dayjs, Dayjs] | null>;
  noticeFrom?: Dayjs | null;
}

export function OverrideKindChip({ kind }: { kind: string }) {
  const { t } = useI18n();
  return <span className={`ccms-kind-chip ccms-day-${kind === "closure" ? "closure" : "open"}`}>{t(`calendar.overrideKinds.${kind === "closure" ? "closure" : "open"}`)}</span>;
}

export function OverridesCard(props: {
  form: FormInstance<OverrideFormValues>;
  unitId: string | undefined;
  overrides: readonly CalendarOverride[];
  writable: boolean;
  today: string;
  onChanged: (date?: string) => Promise<void> | void;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const { byId } = useOrgUnits();
  const [adding, setAdding] = useState(false);
  const kind = Form.useWatch("kind", props.form);

  const add = async () => {
    const v = await props.form.validateFields();
    if (!props.unitId) return;
    setAdding(true);
    try {
      const frames = (v.frames ?? []).filter((f): f is [Dayjs, Dayjs] => !!f && !!f[0] && !!f[1]).map((f) => [f[0].format("HH:mm"), f[1].format("HH:mm")] as [string, string]);
      const body: CreateOverrideRequest = {
        orgUnitId: props.unitId,
        date: v.date.format("YYYY-MM-DD"),
        kind: v.kind,
        reason: v.reason.trim(),
        ...(v.kind === "open" && frames.length > 0 ? { frames } : {}),
        ...(v.noticeFrom ? { noticeFrom: v.noticeFrom.format("YYYY-MM-DD") } : {}),
      };
      await api.post("/calendar/overrides", body);
      message.success(t("calendar.overrideAdded"));
      props.form.resetFields(["reason", "frames"]);
      await props.onChanged(body.date);
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setAdding(false);
    }
  };

  const remove = async (o: CalendarOverride) => {
    try {
      await api.delete(`/calendar/overrides/${o.id}`);
      message.success(t("calendar.overrideDeleted"));
      await props.onChanged();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const approve = async (o: CalendarOverride) => {
    try {
      await api.post(`/calendar/overrides/${o.id}/approve`, {});
      message.success(t("calendar.approved"));
      await props.onChanged();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  return (
    <Card title={t("calendar.overrides")} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t("calendar.overridesHint")}</Typography.Text>} data-testid="overrides-card">
      {props.writable && (
        <Form form={props.form} layout="vertical" initialValues={{ kind: "closure", noticeFrom: dayjs(props.today) }} style={{ marginBottom: 16 }} data-testid="override-form">
          <Flex gap={12} wrap align="flex-start">
            <Form.Item name="date" label={t("calendar.overrideDate")} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
              <DatePicker style={{ width: 150 }} data-testid="override-date" />
            </Form.Item>
            <Form.Item name="kind" label={t("calendar.overrideKind")} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
              <Select
                style={{ width: 170 }}
                data-testid="override-kind"
                options={(["closure", "open"] as const).map((k) => ({ value: k, label: t(`calendar.overrideKinds.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="noticeFrom" label={t("calendar.noticeFrom")} tooltip={t("calendar.noticeFromHint")} style={{ marginBottom: 8 }}>
              <DatePicker style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="reason" label={t("calendar.overrideReason")} rules={[{ required: true, whitespace: true }, { max: 500 }]} style={{ marginBottom: 8, flex: "1 1 240px" }}>
              <Input maxLength={500} placeholder={t("calendar.overrideReasonPlaceholder")} data-testid="override-reason" />
            </Form.Item>
          </Flex>
          {kind === "open" && (
            <Form.Item label={t("calendar.overrideFrames")} extra={t("calendar.overrideFramesDefault")} style={{ marginBottom: 8 }}>
              <Form.List name="frames">
                {(fields, { add: addFrame, remove: removeFrame }) => (
                  <Flex gap={8} wrap align="center">
                    {fields.map((f) => (
                      <Flex key={f.key} gap={2} align="center">
                        <Form.Item name={f.name} noStyle rules={[{ required: true }]}>
                          <TimePicker.RangePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 168 }} />
                        </Form.Item>
                        <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => removeFrame(f.name)} aria-label={t("common.remove")} />
                      </Flex>
                    ))}
                    {fields.length < 6 && (
                      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => addFrame([dayjs().hour(9).minute(0), dayjs().hour(16).minute(0)])}>
                        {t("calendar.addFrame")}
                      </Button>
                    )}
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
          )}
          <Flex gap={12} align="center" wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={add} loading={adding} data-testid="override-add">
              {t("calendar.addOverride")}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`calendar.overrideKindHints.${kind === "open" ? "open" : "closure"}`)}
            </Typography.Text>
          </Flex>
        </Form>
      )}
      <Table<CalendarOverride>
        rowKey="id"
        size="small"
        dataSource={[...props.overrides]}
        pagination={false}
        data-testid="overrides-table"
        locale={{ emptyText: <EmptyState description={t("calendar.noOverrides")} /> }}
        columns={[
          { title: t("calendar.overrideDate"), dataIndex: "date", width: 110 },
          { title: t("calendar.overrideKind"), dataIndex: "kind", width: 150, render: (k: string) => <OverrideKindChip kind={k} /> },
          {
            title: t("calendar.overrideFrames"),
            key: "frames",
            width: 170,
            render: (_: unknown, o) =>
              o.kind === "closure" ? "—" : o.frames?.length ? o.frames.map((f) => <Tag key={f.join("-")} bordered={false} color="green">{f[0]}–{f[1]}</Tag>) : <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t("calendar.overrideFramesDefault")}</Typography.Text>,
          },
          { title: t("calendar.noticeFrom"), dataIndex: "noticeFrom", width: 110, render: (v: string | null) => v ?? "—" },
          { title: t("calendar.overrideReason"), dataIndex: "reason", ellipsis: true },
          { title: t("calendar.overrideUnit"), dataIndex: "orgUnitId", width: 160, render: (id: string) => byId.get(id)?.name ?? "—" },
          {
            title: t("calendar.overrideStatus"),
            key: "status",
            width: 130,
            render: (_: unknown, o) =>
              o.kind !== "closure" ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.noticeFrom ? t("calendar.statusNotice", { date: o.noticeFrom }) : "—"}</Typography.Text>
              ) : o.approvedAt ? (
                <Tooltip title={t("calendar.statusApprovedAt", { time: dayjs(o.approvedAt).format("YYYY-MM-DD HH:mm") })}>
                  <Tag color="green" bordered={false} data-testid="override-approved">{t("calendar.statusApproved")}</Tag>
                </Tooltip>
              ) : (
                <Tag color="orange" bordered={false} data-testid="override-pending">{t("calendar.statusPending")}</Tag>
              ),
          },
          ...(props.writable
            ? [
                {
                  title: t("common.actions"),
                  key: "actions",
                  width: 150,
                  render: (_: unknown, o: CalendarOverride) => (
                    <Flex gap={0}>
                      {o.kind === "closure" && !o.approvedAt && o.orgUnitId !== me?.user.orgUnitId && (
                        <Popconfirm title={t("calendar.approveConfirm", { date: o.date })} onConfirm={() => approve(o)}>
                          <Button type="link" size="small" icon={<CheckOutlined />} data-testid="override-approve">
                            {t("calendar.approve")}
                          </Button>
                        </Popconfirm>
                      )}
                      <Popconfirm title={t("calendar.deleteConfirm", { date: o.date })} onConfirm={() => remove(o)} okButtonProps={{ danger: true }}>
                        <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                          {t("common.delete")}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
