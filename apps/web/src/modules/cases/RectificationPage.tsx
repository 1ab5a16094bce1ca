/**
 * Rectification board (C-14 "four not let go"): findings with their corrective actions, owner, due
 * date and status, and the bulletin of units with findings but no (effective) rectification.
 */
import { NotificationOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Flex, List, Row, Segmented, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useOrgUnits } from "../../components";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { CASES_API, CASE_PERMS, type RectificationBoard, type RectificationBulletin } from "./api";
import { ActionModal } from "./components/ActionModal";
import { formatTime } from "./components/deadlines";
import { CaseNumberLink } from "./components/tags";

type Finding = RectificationBoard["findings"][number];
type Measure = RectificationBoard["rectifications"][number];

export default function RectificationPage() {
  const t = useT();
  const { can } = useAuth();
  const { byId } = useOrgUnits();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<"all" | "open" | "done">("all");
  const [act, setAct] = useState<{ caseId: string; type: "add-rectification" | "complete-rectification"; extra: Record<string, unknown> } | null>(null);
  const board = useApi(
    (signal) => api.get<RectificationBoard>(CASES_API.rectifications, { orgUnitId, status: status === "all" ? undefined : status }, { signal }),
    [orgUnitId, status],
  );
  const bulletin = useApi((signal) => api.get<RectificationBulletin>(CASES_API.bulletin, { orgUnitId }, { signal }), [orgUnitId]);
  const reload = () => {
    void board.reload();
    void bulletin.reload();
  };
  const unitName = (id: string) => byId.get(id)?.name ?? id;

  const findingCols: ColumnsType<Finding> = [
    { title: t("cases.col.number"), dataIndex: "caseNumber", width: 180, render: (v: string, f) => <CaseNumberLink id={f.caseId} number={v} /> },
    { title: t("common.unit"), dataIndex: "orgUnitId", width: 140, render: (v: string) => unitName(v) },
    { title: t("cases.field.category"), dataIndex: "kind", width: 170, render: (v: Finding["kind"]) => <Tag color="red" bordered={false}>{t(`cases.findingKind.${v}`)}</Tag> },
    { title: t("cases.field.note"), dataIndex: "note", ellipsis: true },
    { title: t("cases.rect.raisedAt"), dataIndex: "raisedAt", width: 140, render: (v: string) => formatTime(v) },
    {
      title: t("common.status"),
      key: "st",
      width: 170,
      render: (_: unknown, f) =>
        f.rectified ? (
          <Tag color="green">{t("cases.rect.rectified")}</Tag>
        ) : (
          <Flex gap={6} align="center">
            <Tag color="orange">{t("cases.rect.notRectified")}</Tag>
            {can(CASE_PERMS.rule) && <Button size="small" type="link" onClick={() => setAct({ caseId: f.caseId, type: "add-rectification", extra: { findingId: f.id } })}>
              {t("cases.rect.add")}
            </Button>}
          </Flex>
        ),
    },
  ];
  const measureCols: ColumnsType<Measure> = [
    { title: t("cases.col.number"), dataIndex: "caseNumber", width: 180, render: (v: string, r) => <CaseNumberLink id={r.caseId} number={v} /> },
    { title: t("cases.field.action"), dataIndex: "action", ellipsis: true },
    { title: t("cases.field.ownerName"), dataIndex: "ownerName", width: 100 },
    {
      title: t("cases.field.dueDate"),
      dataIndex: "dueDate",
      width: 120,
      render: (v: string, r) => <Typography.Text type={r.overdue ? "danger" : undefined}>{v}</Typography.Text>,
    },
    {
      title: t("common.status"),
      key: "st",
      width: 210,
      render: (_: unknown, r) =>
        r.status === "done" ? (
          <Flex vertical gap={2}>
            <span>
              <Tag color="green">{t("cases.rect.done")}</Tag>
            </span>
            {r.effect && <Typography.Text style={{ fontSize: 12 }}>{r.effect}</Typography.Text>}
          </Flex>
        ) : (
          <Flex gap={6} align="center">
            <Tag color={r.overdue ? "red" : "blue"}>{r.overdue ? t("cases.rect.overdue") : t("cases.rect.open")}</Tag>
            {can(CASE_PERMS.handle) && <Button size="small" type="link" onClick={() => setAct({ caseId: r.caseId, type: "complete-rectification", extra: { rectificationId: r.id } })}>
              {t("cases.rect.complete")}
            </Button>}
          </Flex>
        ),
    },
  ];

  return (
    <PageContainer
      title={t("cases.rect.title")}
      subtitle={t("cases.rect.subtitle")} rules="C-14"
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} loading={board.loading}>
          {t("common.refresh")}
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} allowClear style={{ width: 220 }} />
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as "all" | "open" | "done")}
            options={[
              { value: "all", label: t("common.all") },
              { value: "open", label: t("cases.rect.open") },
              { value: "done", label: t("cases.rect.done") },
            ]}
          />
        </Flex>
      </Card>
      {board.error && !board.data ? (
        <ErrorResult error={board.error} onRetry={reload} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Flex vertical gap={16}>
              <Card size="small" title={t("cases.rect.findings")} styles={{ body: { padding: 0 } }}>
                <Table rowKey="id" size="small" loading={board.loading} columns={findingCols} dataSource={board.data?.findings ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
              </Card>
              <Card size="small" title={t("cases.rect.measures")} styles={{ body: { padding: 0 } }}>
                <Table rowKey="id" size="small" loading={board.loading} columns={measureCols} dataSource={board.data?.rectifications ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={7}>
            <Card
              size="small"
              title={
                <span>
                  <NotificationOutlined style={{ color: "#cf1322", marginRight: 6 }} />
                  {t("cases.rect.bulletin")}
                </span>
              }
            >
              {(bulletin.data?.items ?? []).length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cases.rect.bulletinEmpty")} />
              ) : (
                <List
                  size="small"
                  dataSource={bulletin.data?.items ?? []}
                  renderItem={(b) => (
                    <List.Item>
                      <Flex vertical style={{ width: "100%" }}>
                        <Typography.Text strong>{b.name}</Typography.Text>
                        <Flex gap={6} wrap>
                          <Tag bordered={false}>
                            {t("cases.rect.findings")} {b.findings}
                          </Tag>
                          <Tag color="orange" bordered={false}>
                            {t("cases.rect.withoutRectification")} {b.withoutRectification}
                          </Tag>
                          {b.openOverdue > 0 && (
                            <Tag color="red" bordered={false}>
                              {t("cases.rect.openOverdue")} {b.openOverdue}
                            </Tag>
                          )}
                        </Flex>
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
      {act && (
        <ActionModal
          caseId={act.caseId}
          type={act.type}
          detail={null}
          extra={act.extra}
          onClose={() => setAct(null)}
          onDone={() => {
            setAct(null);
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
