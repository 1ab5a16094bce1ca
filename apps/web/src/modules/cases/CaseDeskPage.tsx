/**
 * Case desk: every case in scope with ALL its running deadlines as countdowns (ok / warning /
 * breached), filters by state, kind, channel, handling level, overdue and unit, and a search.
 */
import { DownloadOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Input, Row, Select, Space, Statistic, Switch, Table, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, apiUrl } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer, useOrgUnits } from "../../components";
import { useT } from "../../i18n";
import {
  CASES_API,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_PERMS,
  CASE_STATES,
  type CaseChannel,
  type CaseKind,
  type CaseList,
  type CaseState,
  type CaseSummary,
  HANDLING_LEVELS,
  type HandlingLevel,
} from "./api";
import "./cases.css";
import { AlertsButton } from "./components/AlertsDrawer";
import { DeadlineChips, deadlineTone, formatTime, useNow } from "./components/deadlines";
import { CaseKindTag, CaseNumberLink, CaseStateTag, LevelTag } from "./components/tags";

interface Filters {
  orgUnitId?: string;
  state?: CaseState;
  kind?: CaseKind;
  channel?: CaseChannel;
  level?: HandlingLevel;
  overdue: boolean;
  open: boolean;
  q: string;
}

export default function CaseDeskPage() {
  const t = useT();
  const navigate = useNavigate();
  const { can } = useAuth();
  const { byId } = useOrgUnits();
  const now = useNow(30_000);
  const [filters, setFilters] = useState<Filters>({ overdue: false, open: true, q: "" });
  const [search, setSearch] = useState("");
  const query = useMemo(
    () => ({
      orgUnitId: filters.orgUnitId,
      state: filters.state,
      kind: filters.kind,
      channel: filters.channel,
      level: filters.level,
      overdue: filters.overdue ? "true" : undefined,
      open: filters.open && !filters.state ? "true" : undefined,
      q: filters.q || undefined,
      limit: 500,
    }),
    [filters],
  );
  const { data, error, loading, reload } = useApi((signal) => api.get<CaseList>(CASES_API.list, query, { signal }), [query]);
  const [loadedAt, setLoadedAt] = useState<number>(Date.now());
  // The desk stays current on its own: countdowns tick every 30 s, the list reloads every 2 minutes.
  useEffect(() => {
    const h = window.setInterval(() => {
      void reload();
    }, 120_000);
    return () => window.clearInterval(h);
  }, [reload]);
  useEffect(() => {
    if (data) setLoadedAt(Date.now());
  }, [data]);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  // The desk is a to-do list: breached first, then warnings, then by the next deadline.
  const items = useMemo(() => {
    const rank = (c: CaseSummary) => {
      const tones = c.deadlines.map((d) => deadlineTone(d, now));
      return tones.includes("breached") ? 0 : tones.includes("warning") ? 1 : c.nextDueAt ? 2 : 3;
    };
    return [...(data?.items ?? [])].sort(
      (a, b) => rank(a) - rank(b) || (a.nextDueAt ? Date.parse(a.nextDueAt) : Infinity) - (b.nextDueAt ? Date.parse(b.nextDueAt) : Infinity),
    );
  }, [data, now]);
  const stats = useMemo(() => {
    let warning = 0;
    let breached = 0;
    let today = 0;
    let open = 0;
    const todayStr = dayjs(now).format("YYYY-MM-DD");
    for (const c of items) {
      if (!["closed", "archivedUnsatisfied"].includes(c.state)) open += 1;
      if (dayjs(c.receivedAt).format("YYYY-MM-DD") === todayStr) today += 1;
      const tones = c.deadlines.map((d) => deadlineTone(d, now));
      if (tones.includes("breached")) breached += 1;
      else if (tones.includes("warning")) warning += 1;
    }
    return { warning, breached, today, open };
  }, [items, now]);

  const columns: ColumnsType<CaseSummary> = [
    {
      title: t("cases.col.number"),
      dataIndex: "number",
      width: 172,
      render: (v: string, c) => <CaseNumberLink id={c.id} number={v} />,
    },
    { title: t("cases.col.kind"), dataIndex: "kind", width: 84, render: (v: CaseKind) => <CaseKindTag kind={v} /> },
    {
      title: t("cases.col.summary"),
      dataIndex: "summary",
      ellipsis: { showTitle: false },
      render: (v: string, c) => (
        <Tooltip title={v} placement="topLeft">
          <div style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{v}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`cases.channel.${c.channel}`)} · {c.customer.name}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t("cases.col.unit"),
      key: "unit",
      width: 140,
      render: (_: unknown, c) => (
        <Flex vertical gap={2} align="flex-start">
          <span>{c.orgUnitName}</span>
          <LevelTag level={c.level} />
        </Flex>
      ),
    },
    { title: t("cases.col.state"), dataIndex: "state", width: 100, render: (v: CaseState) => <CaseStateTag state={v} /> },
    {
      title: t("cases.col.deadlines"),
      key: "deadlines",
      width: 270,
      render: (_: unknown, c) => <DeadlineChips deadlines={c.deadlines} now={now} />,
    },
    {
      title: t("cases.col.receivedAt"),
      dataIndex: "receivedAt",
      width: 120,
      render: (v: string) => <Typography.Text style={{ fontSize: 12 }}>{formatTime(v)}</Typography.Text>,
      sorter: (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt),
    },
  ];

  const exportHref = apiUrl(CASES_API.export, { ...query, limit: undefined, format: "xlsx" });

  return (
    <PageContainer
      title={t("cases.desk.title")}
      subtitle={t("cases.desk.subtitle")} rules="C-01 · C-02 · C-03 · C-06"
      extra={
        <>
          <AlertsButton orgUnitId={filters.orgUnitId} unitName={(id) => byId.get(id)?.name ?? id} />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
            {t("common.refresh")}
          </Button>
          {can(CASE_PERMS.report) && (
            <Button icon={<DownloadOutlined />} href={exportHref}>
              {t("cases.desk.export")}
            </Button>
          )}
          {can(CASE_PERMS.create) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/cases/new")} data-testid="case-intake">
              {t("cases.desk.intake")}
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[
          { k: "statOpen", v: stats.open, color: undefined },
          { k: "statToday", v: stats.today, color: undefined },
          { k: "statWarning", v: stats.warning, color: "#d48806" },
          { k: "statBreached", v: stats.breached, color: "#cf1322" },
        ].map((s) => (
          <Col xs={12} md={6} key={s.k}>
            <Card size="small">
              <Statistic title={t(`cases.desk.${s.k}`)} value={s.v} valueStyle={s.color ? { color: s.color } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" justify="space-between">
          <Flex gap={8} wrap align="center">
          <OrgUnitTreeSelect value={filters.orgUnitId} onChange={(v) => set({ orgUnitId: v })} allowClear style={{ width: 200 }} aria-label={t("cases.desk.filterUnit")} />
          <Select
            allowClear
            placeholder={t("cases.desk.anyState")} aria-label={t("cases.desk.anyState")}
            style={{ width: 140 }}
            value={filters.state}
            onChange={(v) => set({ state: v })}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`cases.state.${s}`) }))}
            data-testid="filter-state"
          />
          <Select
            allowClear
            placeholder={t("cases.desk.anyKind")} aria-label={t("cases.desk.anyKind")}
            style={{ width: 120 }}
            value={filters.kind}
            onChange={(v) => set({ kind: v })}
            options={CASE_KINDS.map((s) => ({ value: s, label: t(`cases.kind.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t("cases.desk.anyChannel")} aria-label={t("cases.desk.anyChannel")}
            style={{ width: 120 }}
            value={filters.channel}
            onChange={(v) => set({ channel: v })}
            options={CASE_CHANNELS.map((s) => ({ value: s, label: t(`cases.channel.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t("cases.desk.anyLevel")} aria-label={t("cases.desk.anyLevel")}
            style={{ width: 120 }}
            value={filters.level}
            onChange={(v) => set({ level: v })}
            options={HANDLING_LEVELS.map((s) => ({ value: s, label: t(`cases.level.${s}`) }))}
          />
          </Flex>
          <Flex gap={12} wrap align="center">
          <Space size={4}>
            <Switch size="small" checked={filters.overdue} onChange={(v) => set({ overdue: v })} data-testid="filter-overdue" aria-label={t("cases.desk.overdueOnly")} />
            <Typography.Text>{t("cases.desk.overdueOnly")}</Typography.Text>
          </Space>
          <Space size={4}>
            <Switch size="small" checked={filters.open} onChange={(v) => set({ open: v })} aria-label={t("cases.desk.openOnly")} />
            <Typography.Text>{t("cases.desk.openOnly")}</Typography.Text>
          </Space>
          <Input.Search
            allowClear
            placeholder={t("cases.desk.searchPlaceholder")} aria-label={t("cases.desk.searchPlaceholder")}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => set({ q: v.trim() })}
            enterButton={<SearchOutlined />}
            data-testid="case-search"
          />
          </Flex>
        </Flex>
      </Card>
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={items}
            data-testid="case-table"
            locale={{ emptyText: t("cases.desk.empty") }}
            onRow={(c) => ({ onDoubleClick: () => navigate(`/cases/${c.id}`) })}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t("common.total", { count: data?.total ?? n }) }}
            rowClassName={(c) => (c.deadlines.some((d) => deadlineTone(d, now) === "breached") ? "ccms-row-breached" : "")}
            footer={() => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("cases.desk.refreshAt", { time: dayjs(loadedAt).format("HH:mm:ss") })}
              </Typography.Text>
            )}
          />
        </Card>
      )}
    </PageContainer>
  );
}
