/** A unit's staffing settings on the roster screen: shrinkage, default handling time, peak factor, 7×24 call centre (issue 14 item 3 settings, audited by the server). */
import type { PutStaffingSettingsRequest, StaffingSettingsView } from "@ccms/contracts";
import { Button, Card, Form, InputNumber, Space, Switch, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";

export function StaffingSettingsCard({ orgUnitId, editable }: { orgUnitId: string; editable: boolean }) {
  const t = useT();
  const settings = useApi((signal) => api.get<StaffingSettingsView>("/people/staffing-settings", { orgUnitId }, { signal }), [orgUnitId]);
  const [form] = Form.useForm<PutStaffingSettingsRequest>();
  const [busy, setBusy] = useState(false);
  const s = settings.data;
  useEffect(() => {
    if (s) form.setFieldsValue({ shrinkage: s.shrinkage, defaultAhtSeconds: s.defaultAhtSeconds, peakFactor: s.peakFactor, callCentre: s.callCentre });
  }, [s, form]);

  const save = async (values: PutStaffingSettingsRequest) => {
    setBusy(true);
    try {
      settings.setData(await api.put<StaffingSettingsView>(`/people/staffing-settings?orgUnitId=${encodeURIComponent(orgUnitId)}`, values));
      void message.success(t("peopleSettings.staffing.saved"));
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t("peopleSettings.staffing.title")}
      loading={settings.loading && !s}
      extra={s && <Tag color={s.source === "unit" ? "blue" : "default"}>{t(`peopleSettings.staffing.source.${s.source}`)}</Tag>}
    >
      <Typography.Paragraph type="secondary">{t("peopleSettings.staffing.hint")}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!editable} onFinish={(v) => void save(v)}>
        <Space wrap align="start" size={24}>
          <Form.Item name="shrinkage" label={t("peopleSettings.staffing.shrinkage")} extra={t("peopleSettings.staffing.shrinkageHint")} rules={[{ required: true, message: t("common.required") }]}>
            <InputNumber min={0} max={0.9} step={0.05} aria-label={t("peopleSettings.staffing.shrinkage")} />
          </Form.Item>
          <Form.Item name="defaultAhtSeconds" label={t("peopleSettings.staffing.aht")} extra={t("peopleSettings.staffing.ahtHint")} rules={[{ required: true, message: t("common.required") }]}>
            <InputNumber min={10} max={14400} step={30} precision={0} aria-label={t("peopleSettings.staffing.aht")} />
          </Form.Item>
          <Form.Item name="peakFactor" label={t("peopleSettings.staffing.peakFactor")} extra={t("peopleSettings.staffing.peakFactorHint")} rules={[{ required: true, message: t("common.required") }]}>
            <InputNumber min={1} max={5} step={0.1} aria-label={t("peopleSettings.staffing.peakFactor")} />
          </Form.Item>
          <Form.Item name="callCentre" label={t("peopleSettings.staffing.callCentre")} extra={t("peopleSettings.staffing.callCentreHint")} valuePropName="checked">
            <Switch aria-label={t("peopleSettings.staffing.callCentre")} />
          </Form.Item>
        </Space>
        {editable && (
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t("peopleSettings.staffing.save")}
            </Button>
            {s && (
              <Button onClick={() => form.setFieldsValue(s.defaults)}>{t("peopleSettings.staffing.reset")}</Button>
            )}
          </Space>
        )}
        {s?.updatedAt && s.updatedByName && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t("peopleSettings.staffing.updated", { name: s.updatedByName, at: dayjs(s.updatedAt).format("YYYY-MM-DD HH:mm") })}
          </Typography.Paragraph>
        )}
      </Form>
    </Card>
  );
}
