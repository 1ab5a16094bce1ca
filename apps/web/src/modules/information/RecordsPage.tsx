/** Records retention (issue 16 item 6; I-01): periods per record type (by data), and the records past retention with approved disposal. */
import { Button, Card, Col, InputNumber, Row, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { type DisposalList, INFORMATION_API, type RetentionPeriods } from "./api";

type Period = RetentionPeriods["items"][number];
type Item = DisposalList["items"][number];

export default function RecordsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const periods = useApi((signal) => api.get<RetentionPeriods>(INFORMATION_API.retention, { orgUnitId }, { signal }), [orgUnitId]);
  const disposals = useApi((signal) => api.get<DisposalList>(INFORMATION_API.disposals, { orgUnitId }, { signal }), [orgUnitId]);
  const [edits, setEdits] = useState<Record<string, number>>({});
  useEffect(() => setEdits({}), [orgUnitId, periods.data]);
  const manage = can("information.dispose");

  const save = async () => {
    if (!orgUnitId) return;
    const items = Object.entries(edits).map(([recordType, months]) => ({ recordType, months }));
    if (!items.length) return;
    try {
      await api.put(INFORMATION_API.retention, { orgUnitId, items });
      void message.success(t("information.records.saved"));
      void periods.reload();
      void disposals.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  const approve = async (i: Item) => {
    try {
      await api.post(INFORMATION_API.disposals, { recordType: i.recordType, recordId: i.recordId });
      void message.success(t("information.records.approvedOk"));
      void disposals.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  return (
    <PageContainer title={t("information.records.title")} subtitle={t("information.records.subtitle")}>
      <Card size="small" style={{ marginBottom: 16 }}>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 220 }} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t("information.records.periods")}
            extra={
              manage ? (
                <Button type="primary" size="small" disabled={!Object.keys(edits).length} onClick={() => void save()}>
                  {t("information.records.save")}
                </Button>
              ) : undefined
            }
            styles={{ body: { padding: 0 } }}
          >
            {periods.error && !periods.data ? (
              <ErrorResult error={periods.error} onRetry={() => void periods.reload()} />
            ) : (
              <Table
                size="small"
                rowKey="recordType"
                loading={periods.loading}
                pagination={false}
                dataSource={periods.data?.items ?? []}
                columns={[
                  { title: t("information.notices.categoryLabel"), dataIndex: "recordType", render: (r: string) => t(`information.recordType.${r}`) },
                  {
                    title: t("information.records.months"),
                    key: "months",
                    render: (_: unknown, p: Period) =>
                      manage ? (
                        <InputNumber aria-label={t(`information.recordType.${p.recordType}`)} min={1} max={600} value={edits[p.recordType] ?? p.months} onChange={(v) => v && setEdits((e) => ({ ...e, [p.recordType]: v }))} />
                      ) : (
                        p.months
                      ),
                  },
                  { title: t("information.records.source"), dataIndex: "source", render: (s: string) => t(`information.source.${s}`) },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t("information.records.disposals")} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey={(i) => `${i.recordType}:${i.recordId}`}
              loading={disposals.loading}
              dataSource={disposals.data?.items ?? []}
              locale={{ emptyText: t("information.records.none") }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t("information.records.unit"), dataIndex: "unitName" },
                { title: t("information.notices.categoryLabel"), dataIndex: "recordType", render: (r: string) => t(`information.recordType.${r}`) },
                { title: t("information.records.recordDate"), dataIndex: "recordDate" },
                { title: t("information.records.endsOn"), dataIndex: "retentionEndsOn" },
                {
                  title: "",
                  key: "a",
                  render: (_: unknown, i: Item) =>
                    i.disposed ? (
                      <Tag color="default">{t("information.records.approved", { name: i.disposed.approvedByName, at: dayjs(i.disposed.approvedAt).format("YYYY-MM-DD HH:mm") })}</Tag>
                    ) : manage ? (
                      <Button size="small" danger onClick={() => void approve(i)}>
                        {t("information.records.approve")}
                      </Button>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
