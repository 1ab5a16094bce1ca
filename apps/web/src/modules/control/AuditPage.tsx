/**
 * K-09 the append-only, keyed audit log in words: actions and objects by name, people and units by
 * name, details as text; filters are choice lists; export for auditors (xlsx / CSV, itself audited);
 * chain verification reports a broken link or entries missing at the end (truncation).
 */
import { CheckCircleOutlined, DownloadOutlined, ReloadOutlined, SafetyOutlined, SearchOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, DatePicker, Flex, Form, Select, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, apiUrl, errorText, type Query } from "../../api/client";
import type { AuditEntry, AuditList, AuditVerifyResponse } from "../../api/types";
import { useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { EmptyState } from "../../components/States";
import { useT } from "../../i18n";

interface Filters {
  actions?: string[];
  entityType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Option {
  value: string;
  label: string;
}

const PAGE = 50;

function actionColor(action: string): string {
  if (action.startsWith("auth.")) return "geekblue";
  if (action === "customer.unmasked" || action === "customer.phone_revealed" || action.endsWith("exported")) return "orange";
  if (action.includes("deleted") || action.includes("revoked") || action.includes("locked")) return "red";
  if (action.includes("created") || action.includes("granted")) return "green";
  if (action.startsWith("permission.")) return "purple";
  return "blue";
}

function queryOf(f: Filters): Query {
  return {
    actions: f.actions && f.actions.length > 0 ? f.actions.join(",") : undefined,
    entityType: f.entityType || undefined,
    from: f.range?.[0] ? f.range[0].startOf("day").toISOString() : undefined,
    to: f.range?.[1] ? f.range[1].endOf("day").add(1, "millisecond").toISOString() : undefined,
  };
}

export default function AuditPage() {
  const t = useT();
  const { message } = App.useApp();
  const { byId } = useOrgUnits();
  const [form] = Form.useForm<Filters>();
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [verify, setVerify] = useState<AuditVerifyResponse | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [exporting, setExporting] = useState<"xlsx" | "csv" | null>(null);
  const [options, setOptions] = useState<{ actions: Option[]; entityTypes: Option[] }>({ actions: [], entityTypes: [] });
  const filtersRef = useRef<Filters>({});

  const load = useCallback(async (beforeSeq?: number) => {
    setLoading(true);
    setError(null);
    try {
      const res = await api.get<AuditList>("/audit", { ...queryOf(filtersRef.current), beforeSeq, limit: PAGE });
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
    api
      .get<{ actions: Option[]; entityTypes: Option[] }>("/audit/options")
      .then(setOptions)
      .catch(() => undefined);
  }, [load]);

  const runVerify = async (full: boolean) => {
    setVerifying(true);
    try {
      setVerify(await api.get<AuditVerifyResponse>("/audit/verify", full ? { full: "true" } : undefined, { timeoutMs: 120_000 }));
    } catch (e) {
      setError(e);
    } finally {
      setVerifying(false);
    }
  };

  const runExport = async (format: "xlsx" | "csv") => {
    setExporting(format);
    try {
      const res = await fetch(apiUrl("/audit/export", { ...queryOf(filtersRef.current), format }), { credentials: "same-origin" });
      if (res.status === 429) throw new Error("busy");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const blob = await res.blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${t("audit.title")}-${dayjs().format("YYYYMMDD-HHmm")}.${format}`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      if (res.headers.get("x-truncated") === "true") message.warning(t("audit.exportTruncated", { cap: res.headers.get("x-row-cap") ?? "" }));
    } catch (e) {
      message.error(e instanceof Error && e.message === "busy" ? t("audit.exportBusy") : t("audit.exportFailed"));
    } finally {
      setExporting(null);
    }
  };

  const reasonText = (reason: string | undefined) => (reason ? t(`audit.reasons.${reason}`) : "");

  const columns: ColumnsType<AuditEntry> = [
    { title: t("audit.seq"), dataIndex: "seq", width: 80, render: (v: number) => <Typography.Text type="secondary">#{v}</Typography.Text> },
    { title: t("audit.at"), dataIndex: "at", width: 160, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm:ss") },
    {
      title: t("audit.actor"),
      key: "actor",
      width: 140,
      ellipsis: true,
      render: (_: unknown, r) => r.actorDisplayName || r.actorName || <Typography.Text type="secondary">{t("audit.system")}</Typography.Text>,
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      width: 180,
      render: (v: string, r) => (
        <Tag color={actionColor(v)} bordered={false} title={v}>
          {r.actionLabel ?? v}
        </Tag>
      ),
    },
    { title: t("audit.entityType"), dataIndex: "entityType", width: 120, render: (v: string, r) => r.entityTypeLabel ?? v },
    {
      title: t("audit.details"),
      dataIndex: "detailsText",
      ellipsis: true,
      render: (v: string | undefined) => (v ? v : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t("audit.unit"),
      dataIndex: "orgUnitId",
      width: 160,
      ellipsis: true,
      render: (id: string | null, r) => r.orgUnitName ?? (id ? (byId.get(id)?.name ?? "—") : "—"),
    },
  ];

  return (
    <PageContainer
      title={t("audit.title")}
      subtitle={t("audit.subtitle")}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={exporting === "xlsx"} onClick={() => void runExport("xlsx")} data-testid="audit-export-xlsx">
            {t("audit.exportXlsx")}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting === "csv"} onClick={() => void runExport("csv")} data-testid="audit-export-csv">
            {t("audit.exportCsv")}
          </Button>
          <Button icon={<SafetyOutlined />} onClick={() => void runVerify(false)} loading={verifying} data-testid="audit-verify">
            {t("audit.verify")}
          </Button>
          <Button onClick={() => void runVerify(true)} loading={verifying} data-testid="audit-verify-full">
            {t("audit.verifyFull")}
          </Button>
        </Flex>
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
              : verify.truncated
                ? t("audit.verifyTruncated", { from: verify.firstBroken?.seq ?? "?", to: verify.checkpointSeq ?? "?", checked: verify.checked })
                : t("audit.verifyBroken", { seq: verify.firstBroken?.seq ?? "?", reason: reasonText(verify.firstBroken?.reason), checked: verify.checked })
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
          <Form.Item name="actions" label={t("audit.action")}>
            <Select
              mode="multiple"
              allowClear
              showSearch
              optionFilterProp="label"
              maxTagCount="responsive"
              placeholder={t("audit.actionPlaceholder")}
              options={options.actions}
              style={{ width: 260 }}
              data-testid="audit-filter-action"
            />
          </Form.Item>
          <Form.Item name="entityType" label={t("audit.entityType")}>
            <Select allowClear showSearch optionFilterProp="label" placeholder={t("audit.entityTypePlaceholder")} options={options.entityTypes} style={{ width: 180 }} data-testid="audit-filter-entity" />
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
                {r.detailsText ? (
                  <div style={{ marginBottom: 6, whiteSpace: "pre-wrap" }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("common.colon", { label: t("audit.details") })}
                    </Typography.Text>
                    {r.detailsText}
                  </div>
                ) : (
                  <div style={{ marginBottom: 6 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("audit.noDetails")}
                    </Typography.Text>
                  </div>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("common.colon", { label: t("audit.hash") })}
                  <span style={{ fontFamily: "monospace" }}>{r.hash}</span>
                </Typography.Text>
                {r.entityId && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("common.colon", { label: t("audit.entityId") })}
                      <span style={{ fontFamily: "monospace" }}>{r.entityId}</span>
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
