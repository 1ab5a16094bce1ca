/** P-12 annual excellence: the ranking by average quarterly score, the quota (≤ 3, ≤ 15 % of the headcount), the chosen and the ineligible with the reason. */
import type { ExcellenceList } from "@ccms/contracts";
import { Alert, Card, Empty, InputNumber, Space, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { ErrorResult, OrgUnitTreeSelect } from "../../../components";
import { useT } from "../../../i18n";

type Entry = ExcellenceList["ranking"][number];

export function ExcellenceTab() {
  const t = useT();
  const en = t.locale === "en-US";
  const { me } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [year, setYear] = useState(dayjs().year());
  const r = useApi((signal) => api.get<ExcellenceList>("/people/excellence", { orgUnitId, year }, { signal }), [orgUnitId, year], { enabled: !!orgUnitId });
  const d = r.data;
  const chosen = new Set(d?.chosen.map((c) => c.userId) ?? []);
  const reason = (e: Entry) => (en ? e.reasonEn : e.reason);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 260 }} aria-label={t("assessment.unit")} />
        <InputNumber aria-label={t("assessment.year")} value={year} min={2000} max={2100} onChange={(v) => setYear(Number(v ?? dayjs().year()))} />
      </Space>
      {r.error ? (
        <ErrorResult error={r.error} onRetry={() => void r.reload()} />
      ) : (
        <Card loading={r.loading}>
          {d && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={`${t("assessment.excellence.headcount")} ${d.headcount} · ${t("assessment.excellence.quota", { quota: d.quota })}`}
            />
          )}
          {d && d.ranking.length === 0 ? (
            <Empty description={t("assessment.excellence.empty")} />
          ) : (
            <Table<Entry>
              rowKey="userId"
              pagination={false}
              dataSource={d?.ranking ?? []}
              columns={[
                { title: "#", width: 50, render: (_, __, i) => i + 1 },
                { title: t("assessment.person"), dataIndex: "userName" },
                { title: t("assessment.excellence.average"), dataIndex: "average", width: 110 },
                { title: t("assessment.excellence.quarters"), dataIndex: "quarters", width: 90 },
                {
                  title: "",
                  render: (_, e) =>
                    chosen.has(e.userId) ? <Tag color="green">{t("assessment.excellence.chosen")}</Tag> : e.reason ? <Tag color="red">{t("assessment.excellence.skipped")}：{reason(e)}</Tag> : null,
                },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
