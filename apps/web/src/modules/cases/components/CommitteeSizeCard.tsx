/**
 * C-12 (seed 003 第二篇 Art.18) the size of the unit's responsibility committee: at least 3, set per
 * unit (the nearest ancestor's setting applies); rulings need a majority of a committee this size.
 */
import type * as C from "@ccms/contracts";
import { Button, Card, Descriptions, Form, Input, InputNumber, message } from "antd";
import type { z } from "zod";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { useOrgUnits } from "../../../components";
import { useT } from "../../../i18n";

type CommitteeSetting = z.infer<typeof C.CommitteeSetting>;

export function CommitteeSizeCard({ orgUnitId }: { orgUnitId: string | undefined }) {
  const t = useT();
  const { can } = useAuth();
  const { byId } = useOrgUnits();
  const [form] = Form.useForm<{ minMembers: number; reason: string }>();
  const setting = useApi((signal) => api.get<CommitteeSetting>(`/cases/committee/${encodeURIComponent(orgUnitId ?? "")}`, undefined, { signal }), [orgUnitId], { enabled: !!orgUnitId });

  const save = async () => {
    const v = await form.validateFields();
    try {
      await api.put(`/cases/committee/${encodeURIComponent(orgUnitId!)}`, { minMembers: v.minMembers, reason: v.reason.trim() });
      void message.success(t("cases.committee.saved"));
      form.resetFields();
      await setting.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  const s = setting.data;
  return (
    <Card size="small" title={t("cases.committee.title")} loading={setting.loading && !s} style={{ marginBottom: 16 }}>
      {s && (
        <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t("cases.committee.minMembers")}>{t("cases.committee.members", { n: s.minMembers })}</Descriptions.Item>
          <Descriptions.Item label={t("cases.committee.source")}>{s.setAt ? (byId.get(s.setAt)?.name ?? "—") : t("cases.committee.default")}</Descriptions.Item>
        </Descriptions>
      )}
      {can("case.committee.manage") && orgUnitId && (
        <Form form={form} layout="vertical">
          <Form.Item name="minMembers" label={t("cases.committee.newSize")} rules={[{ required: true, type: "integer", min: 3, max: 15, message: t("cases.committee.atLeast3") }]}>
            <InputNumber min={3} max={15} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="reason" label={t("cases.policy.reason")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
            <Input.TextArea rows={2} maxLength={500} placeholder={t("common.reasonPlaceholder")} />
          </Form.Item>
          <Button onClick={() => void save()} block>
            {t("cases.committee.save")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
