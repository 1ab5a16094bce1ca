/** Responsibility rulings and appeals (C-12, C-13): one appeal to the upper level, whose decision is final. */
import { ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Segmented, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { CASES_API, CASE_PERMS, type RulingItem, type RulingList } from "./api";
import { ActionModal } from "./components/ActionModal";
import { formatTime } from "./components/deadlines";
import { CaseNumberLink } from "./components/tags";

type AppealFilter = "all" | "none" | "pending" | "upheld" | "overturned";

export default function RulingsPage() {
  const t = useT();
  const { can } = useAuth();
  const [appeal, setAppeal] = useState<AppealFilter>("all");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>();
  const [act, setAct] = useState<{ item: RulingItem; type: "appeal" | "decide-appeal" } | null>(null);
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<RulingList>(CASES_API.rulings, { orgUnitId, appealStatus: appeal === "all" ? undefined : appeal }, { signal }),
    [appeal, orgUnitId],
  );
  const columns: ColumnsType<RulingItem> = [
    { title: t("cases.col.number"), dataIndex: "caseNumber", width: 180, render: (v: string, r) => <CaseNumberLink id={r.caseId} number={v} /> },
    {
      title: t("cases.field.outcome"),
      key: "first",
      width: 170,
      render: (_: unknown, r) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={r.outcome === "responsible" ? "red" : "green"}>{t(`cases.outcome.${r.outcome}`)}</Tag>
          </span>
          <Typography.Text style={{ fontSize: 12 }}>{t(`cases.category.${r.category}`)}</Typography.Text>
        </Flex>
      ),
    },
    { title: t("cases.field.note"), dataIndex: "note", ellipsis: true },
    { title: t("cases.rulings.ruledAt"), dataIndex: "ruledAt", width: 140, render: (v: string) => formatTime(v) },
    {
      title: t("cases.rulings.appeal"),
      dataIndex: "appealStatus",
      width: 130,
      render: (v: RulingItem["appealStatus"], r) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={v === "pending" ? "gold" : v === "overturned" ? "purple" : v === "upheld" ? "blue" : "default"}>{t(`cases.appealStatus.${v}`)}</Tag>
          </span>
          {r.appealReason && <Typography.Text style={{ fontSize: 12 }}>{r.appealReason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t("cases.rulings.final"),
      key: "final",
      width: 170,
      render: (_: unknown, r) => (
        <span>
          <Tag color={r.finalOutcome === "responsible" ? "red" : "green"}>{t(`cases.outcome.${r.finalOutcome}`)}</Tag>
          <Typography.Text style={{ fontSize: 12 }}>{t(`cases.category.${r.finalCategory}`)}</Typography.Text>
        </span>
      ),
    },
    {
      title: t("common.actions"),
      key: "act",
      width: 120,
      render: (_: unknown, r) =>
        r.appealStatus === "none" && can(CASE_PERMS.handle) ? (
          <Button size="small" onClick={() => setAct({ item: r, type: "appeal" })}>
            {t("cases.action.appeal")}
          </Button>
        ) : r.appealStatus === "pending" && can(CASE_PERMS.rule) ? (
          <Button size="small" type="primary" onClick={() => setAct({ item: r, type: "decide-appeal" })}>
            {t("cases.rulings.decide")}
          </Button>
        ) : null,
    },
  ];
  return (
    <PageContainer
      title={t("cases.rulings.title")}
      subtitle={t("cases.rulings.subtitle")} rules="C-12 · C-13"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          {t("common.refresh")}
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented
            value={appeal}
            onChange={(v) => setAppeal(v as AppealFilter)}
            options={[
              { value: "all", label: t("common.all") },
              ...(["none", "pending", "upheld", "overturned"] as const).map((s) => ({ value: s, label: t(`cases.appealStatus.${s}`) })),
            ]}
          />
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} allowClear style={{ width: 220 }} />
        </Flex>
      </Card>
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table rowKey="id" size="middle" loading={loading} columns={columns} dataSource={data?.items ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
        </Card>
      )}
      {act && (
        <ActionModal
          caseId={act.item.caseId}
          type={act.type}
          detail={null}
          onClose={() => setAct(null)}
          onDone={() => {
            setAct(null);
            void reload();
          }}
        />
      )}
    </PageContainer>
  );
}
