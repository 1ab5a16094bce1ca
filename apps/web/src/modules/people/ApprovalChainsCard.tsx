/** P-08 a unit's approval chains per request kind and length, edited by the manager (the server checks every kind keeps a chain for every length, and audits). */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { ApprovalChainRule, ApprovalChainsView } from "@ccms/contracts";
import { Button, Card, InputNumber, Select, Space, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";

const KINDS = ["personal", "sick", "annual", "marriage", "maternity", "bereavement", "swap"] as const;
const LEVELS = ["section", "deputy", "director"] as const;
type Row = ApprovalChainRule & { key: number };

export function ApprovalChainsCard({ orgUnitId, editable }: { orgUnitId: string; editable: boolean }) {
  const t = useT();
  const chains = useApi((signal) => api.get<ApprovalChainsView>("/people/approval-chains", { orgUnitId }, { signal }), [orgUnitId]);
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const load = (rules: readonly ApprovalChainRule[]) => setRows(rules.map((r, i) => ({ ...r, steps: [...r.steps], key: i })));
  useEffect(() => {
    if (chains.data) load(chains.data.rules);
  }, [chains.data]);

  const patch = (key: number, p: Partial<ApprovalChainRule>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const kindName = (k: string) => t(`peopleSettings.chains.kindName.${k}`);
  const nth = (row: Row) => rows.filter((r) => r.kind === row.kind).indexOf(row) + 1;
  const save = async () => {
    setBusy(true);
    try {
      const v = await api.put<ApprovalChainsView>(`/people/approval-chains?orgUnitId=${encodeURIComponent(orgUnitId)}`, { rules: rows.map(({ kind, upToHalfDays, steps }) => ({ kind, upToHalfDays, steps })) });
      chains.setData(v);
      void message.success(t("peopleSettings.chains.saved"));
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t("peopleSettings.chains.title")}
      loading={chains.loading && !chains.data}
      extra={chains.data && <Tag color={chains.data.source === "unit" ? "blue" : "default"}>{t(`peopleSettings.chains.source.${chains.data.source}`)}</Tag>}
    >
      <Typography.Paragraph type="secondary">{t("peopleSettings.chains.hint")}</Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={[...rows].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))}
        columns={[
          {
            title: t("peopleSettings.chains.kind"),
            key: "kind",
            width: 150,
            render: (_, r) =>
              editable ? (
                <Select style={{ width: 130 }} value={r.kind} aria-label={`${t("peopleSettings.chains.rowLabel", { kind: kindName(r.kind), n: nth(r) })} ${t("peopleSettings.chains.kind")}`} onChange={(kind) => patch(r.key, { kind })} options={KINDS.map((k) => ({ value: k, label: kindName(k) }))} />
              ) : (
                kindName(r.kind)
              ),
          },
          {
            title: t("peopleSettings.chains.upTo"),
            key: "upTo",
            width: 170,
            render: (_, r) =>
              editable ? (
                <InputNumber
                  min={0.5}
                  max={200}
                  step={0.5}
                  value={r.upToHalfDays === null ? null : r.upToHalfDays / 2}
                  placeholder={t("peopleSettings.chains.upToAny")}
                  aria-label={`${t("peopleSettings.chains.rowLabel", { kind: kindName(r.kind), n: nth(r) })} ${t("peopleSettings.chains.upTo")}`}
                  onChange={(v) => patch(r.key, { upToHalfDays: v === null || v === undefined ? null : Math.round(Number(v) * 2) })}
                />
              ) : r.upToHalfDays === null ? (
                t("peopleSettings.chains.upToAny")
              ) : (
                r.upToHalfDays / 2
              ),
          },
          {
            title: t("peopleSettings.chains.steps"),
            key: "steps",
            render: (_, r) =>
              editable ? (
                <Select
                  mode="multiple"
                  style={{ minWidth: 320 }}
                  value={r.steps}
                  aria-label={`${t("peopleSettings.chains.rowLabel", { kind: kindName(r.kind), n: nth(r) })} ${t("peopleSettings.chains.steps")}`}
                  onChange={(steps) => patch(r.key, { steps })}
                  options={LEVELS.map((l) => ({ value: l, label: t(`peopleSettings.chains.level.${l}`) }))}
                />
              ) : (
                r.steps.map((l) => t(`peopleSettings.chains.level.${l}`)).join(" → ")
              ),
          },
          ...(editable
            ? [
                {
                  title: t("peopleSettings.chains.remove"),
                  key: "remove",
                  width: 70,
                  render: (_: unknown, r: Row) => (
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t("peopleSettings.chains.remove")} ${t("peopleSettings.chains.rowLabel", { kind: kindName(r.kind), n: nth(r) })}`}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }} wrap>
          <Button icon={<PlusOutlined />} onClick={() => setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((r) => r.key)) + 1, kind: "personal", upToHalfDays: null, steps: ["section"] }])}>
            {t("peopleSettings.chains.add")}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void save()}>
            {t("peopleSettings.chains.save")}
          </Button>
          {chains.data && <Button onClick={() => load(chains.data!.defaults)}>{t("peopleSettings.chains.reset")}</Button>}
        </Space>
      )}
      {chains.data?.updatedAt && chains.data.updatedByName && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("peopleSettings.staffing.updated", { name: chains.data.updatedByName, at: dayjs(chains.data.updatedAt).format("YYYY-MM-DD HH:mm") })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
