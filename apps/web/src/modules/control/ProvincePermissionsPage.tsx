/**
 * K-07 (seed 001 九) the post-permission table per province: HQ's table is inherited; a province admin
 * proposes changes (a new version), a second authorised person accepts it (验收) before it takes
 * effect for the province's units; versions are kept.
 */
import { CheckOutlined, CloseOutlined, SendOutlined } from "@ant-design/icons";
import type * as C from "@ccms/contracts";
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import type { z } from "zod";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { PermissionTable } from "../../api/types";
import { useAuth } from "../../auth";
import { PageContainer } from "../../components/PageContainer";
import { ErrorResult } from "../../components/States";
import { useOrgUnits } from "../../components/OrgUnits";
import { useT } from "../../i18n";
import { groupActions } from "./PermissionsPage";

type ProvinceTable = z.infer<typeof C.ProvincePermissionTable>;
type Version = z.infer<typeof C.ProvincePermissionVersion>;
type Override = Version["overrides"][number];

const key = (role: string, action: string) => `${role}|${action}`;

export default function ProvincePermissionsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const { units } = useOrgUnits();
  const provinces = useMemo(() => units.filter((u) => u.kind === "province" && u.active), [units]);
  const ownProvince = me?.orgUnit?.path.split("/").filter(Boolean)[1];
  const [picked, setPicked] = useState<string | undefined>();
  const provinceId = ownProvince ?? picked ?? provinces[0]?.id;
  const hq = useApi((signal) => api.get<PermissionTable>("/permissions", undefined, { signal }), []);
  const table = useApi((signal) => api.get<ProvinceTable>(`/permissions/provinces/${encodeURIComponent(provinceId ?? "")}`, undefined, { signal }), [provinceId], { enabled: !!provinceId });
  const [draft, setDraft] = useState<Set<string> | null>(null);
  const [proposing, setProposing] = useState(false);
  const [deciding, setDeciding] = useState<{ v: Version; decision: "accept" | "reject" } | null>(null);
  const [form] = Form.useForm<{ reason: string; note?: string }>();
  const mayPropose = can("permission.province.propose") && !!(ownProvince === undefined || me?.orgUnit?.kind === "province");
  const mayAccept = can("permission.province.accept") && !!(ownProvince === undefined || me?.orgUnit?.kind === "province");

  const actionLabel = (a: string) => (t.has(`actions.${a}`) ? t(`actions.${a}`) : a);
  const roleLabel = (r: string) => (t.has(`roles.${r}`) ? t(`roles.${r}`) : r);
  const roles = hq.data?.roles ?? [];
  const rows = useMemo(() => groupActions((hq.data?.actions ?? []).filter((a) => !a.startsWith("permission."))), [hq.data]);
  const hqGrants = useMemo(() => new Set((hq.data?.grants ?? []).map((g) => key(g.role, g.action))), [hq.data]);
  const inForce = useMemo(() => new Set((table.data?.grants ?? []).map((g) => key(g.role, g.action))), [table.data]);
  const shown = draft ?? inForce;
  const pending = table.data?.versions.find((v) => v.state === "proposed");

  /** The draft as overrides of HQ's table: every cell that differs from HQ. */
  const overrides = (): Override[] => {
    const out: Override[] = [];
    for (const r of rows) for (const role of roles) {
      const k = key(role, r.action);
      if (shown.has(k) !== hqGrants.has(k)) out.push({ role, action: r.action, granted: shown.has(k) });
    }
    return out;
  };

  const submitProposal = async () => {
    const v = await form.validateFields(["reason"]);
    try {
      await api.post(`/permissions/provinces/${encodeURIComponent(provinceId!)}/versions`, { overrides: overrides(), reason: v.reason.trim() });
      message.success(t("provincePermissions.proposed"));
      setProposing(false);
      setDraft(null);
      await table.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const submitDecision = async () => {
    if (!deciding) return;
    const v = await form.validateFields(["note"]);
    try {
      await api.post(`/permissions/provinces/${encodeURIComponent(provinceId!)}/versions/${encodeURIComponent(deciding.v.id)}/decision`, { decision: deciding.decision, ...(v.note?.trim() ? { note: v.note.trim() } : {}) });
      message.success(deciding.decision === "accept" ? t("provincePermissions.accepted") : t("provincePermissions.rejected"));
      setDeciding(null);
      await table.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const columns: ColumnsType<(typeof rows)[number]> = [
    { title: t("permissions.action"), dataIndex: "action", width: 220, fixed: "left", render: (a: string) => <span title={a}>{actionLabel(a)}</span> },
    ...roles.map((role) => ({
      title: <span style={{ whiteSpace: "normal" }}>{roleLabel(role)}</span>,
      key: role,
      width: 92,
      align: "center" as const,
      render: (_: unknown, r: (typeof rows)[number]) => {
        const k = key(role, r.action);
        const differs = shown.has(k) !== hqGrants.has(k);
        return (
          <Checkbox
            checked={shown.has(k)}
            disabled={!draft}
            style={differs ? { background: "#fff7e6", outline: "2px solid #fa8c16", borderRadius: 4, padding: 2 } : undefined}
            data-differs={differs || undefined}
            aria-label={`${roleLabel(role)}：${actionLabel(r.action)}`}
            onChange={() => {
              const next = new Set(shown);
              if (next.has(k)) next.delete(k);
              else next.add(k);
              setDraft(next);
            }}
          />
        );
      },
    })),
  ];

  const stateTag = (s: Version["state"]) => <Tag color={s === "inForce" ? "green" : s === "proposed" ? "gold" : s === "rejected" ? "red" : undefined}>{t(`provincePermissions.state.${s}`)}</Tag>;
  const overrideText = (o: Override) => `${roleLabel(o.role)}：${o.granted ? t("provincePermissions.grant") : t("provincePermissions.revoke")}「${actionLabel(o.action)}」`;

  return (
    <PageContainer
      title={t("provincePermissions.title")}
      subtitle={t("provincePermissions.subtitle")}
      rules="K-07"
      extra={
        ownProvince === undefined && (
          <Select style={{ minWidth: 200 }} value={provinceId} onChange={setPicked} options={provinces.map((p) => ({ value: p.id, label: p.name }))} aria-label={t("provincePermissions.province")} />
        )
      }
    >
      {table.error && !table.data ? (
        <ErrorResult error={table.error} onRetry={table.reload} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <Card size="small">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t("provincePermissions.province")}>{table.data?.provinceName ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("provincePermissions.inForce")}>
                {table.data?.inForce
                  ? t("provincePermissions.versionLine", { version: table.data.inForce.version, by: table.data.inForce.decidedByName ?? "", at: (table.data.inForce.decidedAt ?? "").slice(0, 16).replace("T", " ") })
                  : t("provincePermissions.inheritsHq")}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {pending && (
            <Alert
              type="warning"
              showIcon
              message={t("provincePermissions.pending", { version: pending.version, by: pending.proposedByName })}
              description={
                <Space direction="vertical" size={4}>
                  <Typography.Text>{t("provincePermissions.reason")}：{pending.reason}</Typography.Text>
                  {pending.overrides.length === 0 ? <Typography.Text>{t("provincePermissions.backToHq")}</Typography.Text> : pending.overrides.map((o) => <Typography.Text key={key(o.role, o.action)}>{overrideText(o)}</Typography.Text>)}
                  {mayAccept && pending.proposedBy !== me?.user.id && (
                    <Space>
                      <Button type="primary" icon={<CheckOutlined />} onClick={() => { form.resetFields(); setDeciding({ v: pending, decision: "accept" }); }} data-testid="province-accept">
                        {t("provincePermissions.accept")}
                      </Button>
                      <Button danger icon={<CloseOutlined />} onClick={() => { form.resetFields(); setDeciding({ v: pending, decision: "reject" }); }}>
                        {t("provincePermissions.reject")}
                      </Button>
                    </Space>
                  )}
                  {pending.proposedBy === me?.user.id && <Typography.Text type="secondary">{t("provincePermissions.ownProposal")}</Typography.Text>}
                </Space>
              }
            />
          )}
          <Card
            title={draft ? t("provincePermissions.draftTitle") : t("provincePermissions.tableTitle")}
            extra={
              mayPropose && !pending && (draft ? (
                <Space>
                  <Button onClick={() => setDraft(null)}>{t("common.cancel")}</Button>
                  <Button type="primary" icon={<SendOutlined />} onClick={() => { form.resetFields(); setProposing(true); }}>
                    {t("provincePermissions.submit")}
                  </Button>
                </Space>
              ) : (
                <Button onClick={() => setDraft(new Set(inForce))}>{t("provincePermissions.change")}</Button>
              ))
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table rowKey="action" size="small" bordered loading={hq.loading || table.loading} dataSource={rows} columns={columns} pagination={false} scroll={{ x: 220 + roles.length * 92 }} sticky />
          </Card>
          <Card title={t("provincePermissions.history")} size="small">
            {(table.data?.versions.length ?? 0) === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Table<Version>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={table.data?.versions ?? []}
                columns={[
                  { title: t("provincePermissions.version"), dataIndex: "version", width: 70 },
                  { title: t("provincePermissions.stateLabel"), dataIndex: "state", width: 90, render: stateTag },
                  { title: t("provincePermissions.changes"), key: "changes", render: (_: unknown, v) => (v.overrides.length ? v.overrides.map(overrideText).join("；") : t("provincePermissions.backToHq")) },
                  { title: t("provincePermissions.reason"), dataIndex: "reason" },
                  { title: t("provincePermissions.proposer"), dataIndex: "proposedByName", width: 120 },
                  { title: t("provincePermissions.decider"), key: "decider", width: 160, render: (_: unknown, v) => (v.decidedByName ? `${v.decidedByName}${v.decisionNote ? `（${v.decisionNote}）` : ""}` : "—") },
                ]}
              />
            )}
          </Card>
        </Space>
      )}
      <Modal open={proposing} title={t("provincePermissions.submit")} onOk={() => void submitProposal()} onCancel={() => setProposing(false)} destroyOnHidden>
        <Typography.Paragraph>{t("provincePermissions.submitHint", { n: overrides().length })}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t("provincePermissions.reason")} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!deciding} title={deciding?.decision === "accept" ? t("provincePermissions.accept") : t("provincePermissions.reject")} onOk={() => void submitDecision()} onCancel={() => setDeciding(null)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t("provincePermissions.note")} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
