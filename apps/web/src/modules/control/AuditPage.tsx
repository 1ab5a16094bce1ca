/** K-09 the append-only, hash-chained audit log: filters, paging by sequence, chain verification. */
import { CheckCircleOutlined, ReloadOutlined, SafetyOutlined, SearchOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, errorText } from "../../api/client";
import type { AuditEntry, AuditList, AuditVerifyResponse } from "../../api/types";
import { useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState } from "../../components/States";
import { useT } from "../../i18n";

interface Filters {
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const PAGE = 50;

function actionColor(action: string): string {
  if (action.startsWith("auth.")) return "geekblue";
  if (action.includes("deleted") || action.includes("revoked") || action.includes("locked")) return "red";
  if (action.includes("created") || action.includes("granted")) return "green";
  if (action.startsWith("permission.")) return "purple";
  return "blue";
}

export default function AuditPage() {
  const t = useT();
  const { byId } = useOrgUnits();
  const [form] = Form.useForm<Filters>();
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [verify, setVerify] = useState<AuditVerifyResponse | null>(null);
  const [verifying, setVerifying] = useState(false);
  const filtersRef = useRef<Filters>({});

  const load = useCallback(async (beforeSeq?: number) => {
    const f = filtersRef.current;
    setLoading(true);
    setError(null);
    try {
      const res = await api.get<AuditList>("/audit", {
        action: f.action?.trim() || undefined,
        entityType: f.entityType?.trim() || undefined,
        entityId: f.entityId?.trim() || undefined,
        from: f.range?.[0] ? f.range[0].startOf("day").toISOString() : undefined,
        to: f.range?.[1] ? f.range[1].endOf("day").add(1, "millisecond").toISOString() : undefined,
        beforeSeq,
        limit: PAGE,
      });
      setItems((prev) => (beforeSeq ? [...prev, ...res.items] : res.items));
      setNext(res.nextBeforeSeq);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await api.get<AuditVerifyResponse>("/audit/verify", undefined, { timeoutMs: 120_000 }));
    } catch (e) {
      setError(e);
    } finally {
      setVerifying(false);
    }
  };

  const columns: ColumnsType<AuditEntry> = [
    { title: t("audit.seq"), dataIndex: "seq", width: 80, render: (v: number) => <Typography.Text type="secondary">#{v}</Typography.Text> },
    { title: t("audit.at"), dataIndex: "at", width: 170, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm:ss") },
    {
      title: t("audit.actor"),
      dataIndex: "actorName",
      width: 130,
      ellipsis: true,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t("audit.system")}</Typography.Text>,
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      width: 220,
      render: (v: string) => (
        <Tag color={actionColor(v)} bordered={false} style={{ fontFamily: "monospace" }}>
          {v}
        </Tag>
      ),
    },
    { title: t("audit.entityType"), dataIndex: "entityType", width: 140, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    {
      title: t("audit.entityId"),
      dataIndex: "entityId",
      ellipsis: true,
      responsive: ["xl"],
      render: (v: string | null) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{v ?? "—"}</Typography.Text>,
    },
    {
      title: t("audit.unit"),
      dataIndex: "orgUnitId",
      width: 160,
      ellipsis: true,
      render: (id: string | null) => (id ? (byId.get(id)?.name ?? <Typography.Text type="secondary">{id.slice(-8)}</Typography.Text>) : "—"),
    },
  ];

  return (
    <PageContainer
      title={t("audit.title")}
      subtitle={t("audit.subtitle")}
      extra={
        <Button icon={<SafetyOutlined />} onClick={runVerify} loading={verifying} data-testid="audit-verify">
          {t("audit.verify")}
        </Button>
      }
    >
      {verify && (
        <Alert
          closable={{ onClose: () => setVerify(null) }}
          showIcon
          icon={verify.ok ? <CheckCircleOutlined /> : undefined}
          type={verify.ok ? "success" : "error"}
          title={verify.ok ? t("audit.verifyTitleOk") : t("audit.verifyTitleBroken")}
          description={
            verify.ok
              ? t("audit.verifyOk", { checked: verify.checked })
              : t("audit.verifyBroken", { seq: verify.firstBroken?.seq ?? "?", reason: verify.firstBroken?.reason ?? "", checked: verify.checked })
          }
          style={{ marginBottom: 16 }}
          data-testid="audit-verify-result"
        />
      )}
      <Card>
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => {
            filtersRef.current = v;
            void load();
          }}
          style={{ rowGap: 10, marginBottom: 14 }}
        >
          <Form.Item name="action" label={t("audit.actionPrefix")}>
            <Input allowClear placeholder={t("audit.actionPrefixPlaceholder")} style={{ width: 180 }} maxLength={64} />
          </Form.Item>
          <Form.Item name="entityType" label={t("audit.entityType")}>
            <Input allowClear placeholder={t("audit.entityTypePlaceholder")} style={{ width: 150 }} maxLength={64} />
          </Form.Item>
          <Form.Item name="range" label={t("audit.range")}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t("common.search")}
              </Button>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  form.resetFields();
                  filtersRef.current = {};
                  void load();
                }}
              >
                {t("common.reset")}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
        {error !== null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 12 }} />}
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={loading && items.length === 0}
          dataSource={items}
          columns={columns}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t("audit.empty")} /> }}
          expandable={{
            expandedRowRender: (r) => (
              <div style={{ padding: "4px 8px" }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("audit.details")}
                </Typography.Text>
                <pre className="ccms-json">{JSON.stringify(r.details, null, 2)}</pre>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("common.colon", { label: t("audit.hash") })}<span style={{ fontFamily: "monospace" }}>{r.hash}</span>
                </Typography.Text>
                {r.entityId && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("common.colon", { label: t("audit.entityId") })}<span style={{ fontFamily: "monospace" }}>{r.entityId}</span>
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          }}
          data-testid="audit-table"
        />
        <Flex justify="center" align="center" gap={12} style={{ marginTop: 14 }}>
          <Typography.Text type="secondary">{t("audit.loaded", { count: items.length })}</Typography.Text>
          {next !== null ? (
            <Button onClick={() => load(next)} loading={loading && items.length > 0} data-testid="audit-more">
              {t("common.loadMore")}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">· {t("common.noMore")}</Typography.Text>
          )}
        </Flex>
      </Card>
    </PageContainer>
  );
}
