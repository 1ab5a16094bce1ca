/** Time-limit policies per unit (C-02, C-06, regulatory): choose a preset, every change a new version. */
import { SaveOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Radio, Row, Table, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer, useOrgUnits } from "../../components";
import { useT } from "../../i18n";
import { CASES_API, CASE_PERMS, type CasePolicy, type CasePolicyVersions, POLICY_PRESETS } from "./api";
import { formatTime } from "./components/deadlines";
import { CommitteeSizeCard } from "./components/CommitteeSizeCard";

type Metric = CasePolicy["metrics"][number];

export default function PolicyPage() {
  const t = useT();
  const { me, can } = useAuth();
  const { byId } = useOrgUnits();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [form] = Form.useForm<{ preset: (typeof POLICY_PRESETS)[number]; reason: string }>();
  const [busy, setBusy] = useState(false);
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<CasePolicyVersions>(CASES_API.policies(orgUnitId ?? ""), undefined, { signal }),
    [orgUnitId],
    { enabled: !!orgUnitId },
  );

  // The preset picker starts on the preset in force.
  const effectivePreset = data?.effective.preset;
  useEffect(() => {
    if (effectivePreset && (POLICY_PRESETS as readonly string[]).includes(effectivePreset)) form.setFieldValue("preset", effectivePreset);
  }, [effectivePreset, form]);

  const save = async () => {
    if (!orgUnitId) return;
    const v = await form.validateFields();
    setBusy(true);
    try {
      await api.put(CASES_API.policies(orgUnitId), { preset: v.preset, reason: v.reason.trim() });
      void message.success(t("cases.policy.saved"));
      form.resetFields(["reason"]);
      await reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const metricCols: ColumnsType<Metric> = [
    { title: t("cases.col.kind"), dataIndex: "kind", width: 84, render: (v: string) => t(`cases.kind.${v}`) },
    { title: t("cases.policy.metrics"), dataIndex: "metric", width: 90, render: (v: string) => t(`cases.metric.${v}`) },
    { title: t("cases.policy.amount"), key: "amount", width: 110, render: (_: unknown, m) => t(`cases.clock.${m.clock}`, { amount: m.amount }) },
    {
      title: t("cases.policy.byLevel"),
      key: "lv",
      render: (_: unknown, m) =>
        m.amountByLevel
          ? Object.entries(m.amountByLevel).map(([lv, n]) => (
              <Tag key={lv} bordered={false}>
                {t(`cases.level.${lv}`)} {n}
              </Tag>
            ))
          : "—",
    },
    { title: t("cases.policy.warn"), dataIndex: "warnPercents", width: 96, render: (v: number[]) => (v.length ? v.map((x) => `${x}%`).join(" / ") : "—") },
    {
      title: t("cases.policy.pauseStates"),
      dataIndex: "pauseStates",
      width: 110,
      render: (v: string[]) => (v.length ? v.map((s) => <Tag key={s} bordered={false}>{t(`cases.state.${s}`)}</Tag>) : "—"),
    },
    {
      title: t("cases.policy.extensions"),
      dataIndex: "extensions",
      width: 140,
      render: (v: Metric["extensions"]) =>
        v.length ? v.map((e, i) => <Tag key={i}>{t("cases.policy.extensionStep", { days: e.days, approval: e.requiresApproval ? t("cases.policy.needsApproval") : "" })}</Tag>) : "—",
    },
  ];
  const presetLabel = (p: string) => (t.has(`cases.policy.presets.${p}`) ? t(`cases.policy.presets.${p}`) : p);
  const eff = data?.effective;

  return (
    <PageContainer title={t("cases.policy.title")} subtitle={t("cases.policy.subtitle")} rules="C-01 · C-02 · C-06 · C-07">
      <Card size="small" style={{ marginBottom: 16 }}>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 260 }} />
      </Card>
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card
              size="small"
              loading={loading && !data}
              title={
                <Flex gap={8} align="center">
                  {t("cases.policy.effective")}
                  {eff && <Tag color="blue">{presetLabel(eff.preset)}</Tag>}
                  {eff && <Tag>{eff.id ? `${t("cases.policy.version")} ${eff.version}` : t("cases.policy.builtIn")}</Tag>}
                </Flex>
              }
            >
              {eff ? (
                <>
                  <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
                    <Descriptions.Item label={t("cases.policy.source")}>
                      {eff.inheritedFrom ? `${t("cases.policy.inherited")} · ${byId.get(eff.inheritedFrom)?.name ?? "—"}` : eff.id ? (byId.get(eff.orgUnitId ?? "")?.name ?? "—") : t("cases.policy.builtIn")}
                    </Descriptions.Item>
                    <Descriptions.Item label={t("cases.policy.createdAt")}>{formatTime(eff.createdAt)}</Descriptions.Item>
                  </Descriptions>
                  <Table rowKey={(m) => `${m.kind}:${m.metric}`} size="small" pagination={false} columns={metricCols} dataSource={eff.metrics} />
                </>
              ) : (
                <Empty />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <CommitteeSizeCard orgUnitId={orgUnitId} />
            {can(CASE_PERMS.policy) && (
              <Card size="small" title={t("cases.policy.apply")} style={{ marginBottom: 16 }}>
                <Form form={form} layout="vertical" initialValues={{ preset: "insurer" }}>
                  <Form.Item name="preset" label={t("cases.policy.preset")} rules={[{ required: true }]}>
                    <Radio.Group style={{ display: "flex", flexDirection: "column", gap: 8 }}>
                      {POLICY_PRESETS.map((p) => (
                        <Radio key={p} value={p}>
                          {presetLabel(p)}
                        </Radio>
                      ))}
                    </Radio.Group>
                  </Form.Item>
                  <Form.Item name="reason" label={t("cases.policy.reason")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
                    <Input.TextArea rows={2} maxLength={500} placeholder={t("common.reasonPlaceholder")} />
                  </Form.Item>
                  <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => void save()} block>
                    {t("cases.policy.apply")}
                  </Button>
                </Form>
              </Card>
            )}
            <Card size="small" title={t("cases.policy.versions")} styles={{ body: { padding: 0 } }}>
              <Table
                rowKey={(p) => p.id ?? `v${p.version}`}
                size="small"
                pagination={false}
                dataSource={data?.versions ?? []}
                locale={{ emptyText: <Typography.Text type="secondary">{t("cases.policy.builtIn")}</Typography.Text> }}
                columns={[
                  { title: t("cases.policy.version"), dataIndex: "version", width: 60 },
                  { title: t("cases.policy.preset"), dataIndex: "preset", render: (v: string) => <Tag bordered={false}>{t.has(`cases.policy.presetShort.${v}`) ? t(`cases.policy.presetShort.${v}`) : v}</Tag> },
                  { title: t("cases.policy.createdBy"), dataIndex: "createdBy", render: (v: string | null) => v ?? "—" },
                  { title: t("cases.policy.createdAt"), dataIndex: "createdAt", render: (v: string | null) => <span style={{ whiteSpace: "nowrap" }}>{formatTime(v)}</span> },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
