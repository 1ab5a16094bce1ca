/**
 * Queue settings: service targets of a counter — peak periods per weekday (or the counter's own busiest
 * hours by default), waiting targets off-peak / at peak, the satisfaction target, and how long before
 * and after its slot an appointment keeps priority.
 */
import { App, Button, Descriptions, Form, Input, InputNumber, Space, Switch, Tag } from "antd";
import type { ServiceTargets, UpdateServiceTargetsRequest } from "@ccms/contracts";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { WEEKDAYS } from "./types";

type Weekday = (typeof WEEKDAYS)[number];
const fmt = (frames: Array<[string, string]>) => frames.map(([a, b]) => `${a}-${b}`).join(", ");
const parse = (text: string): Array<[string, string]> =>
  text
    .split(/[,，;；\s]+/)
    .filter(Boolean)
    .map((p) => p.split(/[-–~]/).map((x) => x.trim()) as [string, string]);

export function ServiceTargetsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const targets = useApi(() => api.get<ServiceTargets>(`/counters/${counterId}/service-targets`), [counterId]);
  const [form] = Form.useForm();
  const [own, setOwn] = useState(false);
  const [saving, setSaving] = useState(false);
  const d = targets.data;
  useEffect(() => {
    if (!d) return;
    setOwn(d.peakPeriods !== null);
    const periods = d.peakPeriods ?? d.effectivePeakPeriods;
    form.setFieldsValue({
      ...Object.fromEntries(WEEKDAYS.map((w) => [w, fmt(periods[w])])),
      offPeakWaitMinutes: d.offPeakWaitMinutes,
      peakWaitMinutes: d.peakWaitMinutes,
      satisfactionTargetPercent: d.satisfactionTargetPercent,
      appointmentEarlyMinutes: d.appointmentEarlyMinutes,
      appointmentGraceMinutes: d.appointmentGraceMinutes,
    });
  }, [d, form]);
  const save = async () => {
    const v = (await form.validateFields()) as Record<string, string | number>;
    const body: UpdateServiceTargetsRequest = {
      peakPeriods: own ? (Object.fromEntries(WEEKDAYS.map((w) => [w, parse(String(v[w] ?? ""))])) as Record<Weekday, Array<[string, string]>>) : null,
      offPeakWaitMinutes: Number(v.offPeakWaitMinutes),
      peakWaitMinutes: Number(v.peakWaitMinutes),
      satisfactionTargetPercent: Number(v.satisfactionTargetPercent),
      appointmentEarlyMinutes: Number(v.appointmentEarlyMinutes),
      appointmentGraceMinutes: Number(v.appointmentGraceMinutes),
    };
    setSaving(true);
    try {
      await api.put(`/counters/${counterId}/service-targets`, body);
      message.success(t("queue.targets.saved"));
      void targets.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setSaving(false);
    }
  };
  if (!d) return null;
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 640 }} data-testid="service-targets-form">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t("queue.targets.peakSource")}>
          <Tag color={d.peakSource === "setting" ? "blue" : "default"}>{t(`queue.targets.source.${d.peakSource}`)}</Tag>
        </Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={own} onChange={setOwn} aria-labelledby="own-peaks-label" data-testid="own-peaks" />
        <span id="own-peaks-label">{t("queue.targets.ownPeaks")}</span>
      </Space>
      {WEEKDAYS.map((w) => (
        <Form.Item key={w} name={w} label={t(`queue.targets.weekday.${w}`)} rules={[{ pattern: /^\s*(\d{2}:\d{2}\s*[-–~]\s*\d{2}:\d{2}\s*([,，;；\s]+\s*\d{2}:\d{2}\s*[-–~]\s*\d{2}:\d{2}\s*)*)?$/, message: t("queue.targets.format") }]}>
          <Input disabled={!own} placeholder="09:00-11:00, 14:00-15:30" />
        </Form.Item>
      ))}
      <Space wrap>
        <Form.Item name="offPeakWaitMinutes" label={t("queue.targets.offPeakWait")}>
          <InputNumber min={1} max={240} addonAfter={t("queue.targets.min")} />
        </Form.Item>
        <Form.Item name="peakWaitMinutes" label={t("queue.targets.peakWait")}>
          <InputNumber min={1} max={240} addonAfter={t("queue.targets.min")} />
        </Form.Item>
        <Form.Item name="satisfactionTargetPercent" label={t("queue.targets.satTarget")}>
          <InputNumber min={1} max={100} addonAfter="%" />
        </Form.Item>
        <Form.Item name="appointmentEarlyMinutes" label={t("queue.targets.early")}>
          <InputNumber min={0} max={120} addonAfter={t("queue.targets.min")} />
        </Form.Item>
        <Form.Item name="appointmentGraceMinutes" label={t("queue.targets.grace")}>
          <InputNumber min={0} max={240} addonAfter={t("queue.targets.min")} />
        </Form.Item>
      </Space>
      <Button type="primary" loading={saving} onClick={() => void save()} data-testid="save-service-targets">
        {t("common.save")}
      </Button>
    </Form>
  );
}
