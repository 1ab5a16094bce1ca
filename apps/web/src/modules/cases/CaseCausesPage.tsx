/**
 * Case causes as a managed list (issue 10 item 4): HQ's causes and the unit's own, by name in zh-CN and
 * en-US; managers add causes for their unit and retire or restore them (old cases keep the name); every
 * change is audited on the server with its reason.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Modal, Space, Switch, Table, Tag, message } from "antd";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useAuth } from "../../auth";
import { OrgUnitTreeSelect, PageContainer, useOrgUnits } from "../../components";
import { useT } from "../../i18n";
import { CAUSES_API, type CaseCauseItem, useCaseCauses } from "./causes";

export default function CaseCausesPage() {
  const t = useT();
  const { me, can } = useAuth();
  const { byId } = useOrgUnits();
  const [unitId, setUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [showRetired, setShowRetired] = useState(false);
  const causes = useCaseCauses(unitId);
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<CaseCauseItem | null>(null);
  const [addForm] = Form.useForm<{ code: string; nameZh: string; nameEn: string }>();
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const manage = can("case.cause.manage");
  const ownUnitIsHq = me?.orgUnit?.kind === "hq";

  const add = async () => {
    const v = await addForm.validateFields();
    try {
      await api.post(CAUSES_API.list, { ...(unitId ? { orgUnitId: unitId } : {}), code: v.code.trim(), nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim() });
      void message.success(t("cases.causes.added"));
      addForm.resetFields();
      setAdding(false);
      await causes.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  const toggle = async () => {
    if (!changing) return;
    const v = await reasonForm.validateFields();
    try {
      await api.patch(CAUSES_API.one(changing.id), { active: !changing.active, reason: v.reason.trim() });
      void message.success(changing.active ? t("cases.causes.retired") : t("cases.causes.restored"));
      reasonForm.resetFields();
      setChanging(null);
      await causes.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  const rows = causes.items.filter((c) => showRetired || c.active);
  const mayChange = (c: CaseCauseItem) => manage && (c.orgUnitId === null ? ownUnitIsHq : true);

  return (
    <PageContainer
      title={t("cases.causes.title")}
      subtitle={t("cases.causes.subtitle")}
      extra={
        <Space wrap>
          <OrgUnitTreeSelect value={unitId} onChange={(v: string | undefined) => setUnitId(v)} style={{ minWidth: 220 }} />
          <Space>
            <Switch checked={showRetired} onChange={setShowRetired} aria-labelledby="causes-show-retired-label" />
            <span id="causes-show-retired-label">{t("cases.causes.showRetired")}</span>
          </Space>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="cause-add">
              {t("cases.causes.add")}
            </Button>
          )}
        </Space>
      }
    >
      <Card>
        <Table<CaseCauseItem>
          rowKey="id"
          loading={causes.loading}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t("cases.causes.nameZh"), dataIndex: "nameZh" },
            { title: t("cases.causes.nameEn"), dataIndex: "nameEn" },
            { title: t("cases.causes.scope"), key: "scope", render: (_: unknown, c) => (c.orgUnitId === null ? t("cases.causes.hqList") : (byId.get(c.orgUnitId)?.name ?? "—")) },
            { title: t("cases.causes.status"), key: "status", render: (_: unknown, c) => (c.active ? <Tag color="green">{t("cases.causes.active")}</Tag> : <Tag>{t("cases.causes.retiredTag")}</Tag>) },
            {
              title: t("cases.causes.actions"),
              key: "actions",
              render: (_: unknown, c) =>
                mayChange(c) ? (
                  <Button size="small" onClick={() => setChanging(c)}>
                    {c.active ? t("cases.causes.retire") : t("cases.causes.restore")}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal open={adding} title={t("cases.causes.add")} onOk={() => void add()} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={addForm} layout="vertical">
          <Form.Item name="nameZh" label={t("cases.causes.nameZh")} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="nameEn" label={t("cases.causes.nameEn")} rules={[{ required: true, whitespace: true, max: 80 }]}>
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="code" label={t("cases.causes.code")} tooltip={t("cases.causes.codeTooltip")} rules={[{ required: true, pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, message: t("cases.causes.codeTooltip") }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!changing}
        title={changing ? `${changing.active ? t("cases.causes.retire") : t("cases.causes.restore")}：${causes.nameOf(changing.code)}` : ""}
        onOk={() => void toggle()}
        onCancel={() => setChanging(null)}
        destroyOnHidden
      >
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label={t("cases.causes.reason")} rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
