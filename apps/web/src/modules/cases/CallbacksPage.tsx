/**
 * Callback work list (C-10): the own unit's tasks (100% of closed complaints) and the upper level's
 * sample (at least 30%, seeded and reproducible).
 */
import { ExperimentOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Segmented, Table, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { CASES_API, CASE_PERMS, type CallbackItem, type CallbackList, type SampleCallbacksResponse } from "./api";
import { ActionModal } from "./components/ActionModal";
import { formatTime } from "./components/deadlines";
import { CaseNumberLink } from "./components/tags";

function SampleModal(props: { open: boolean; onClose(): void; onDone(): void }) {
  const t = useT();
  const { me } = useAuth();
  const [form] = Form.useForm<{ orgUnitId: string; range: [Dayjs, Dayjs]; percent: number; seed?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const res = await api.post<SampleCallbacksResponse>(CASES_API.sample, {
        orgUnitId: v.orgUnitId,
        from: v.range[0].format("YYYY-MM-DD"),
        to: v.range[1].format("YYYY-MM-DD"),
        percent: v.percent,
        ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
      });
      void message.success(t("cases.callbacks.sampled", { population: res.population, count: res.selected.length, percent: res.percent }));
      props.onDone();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={props.open} title={t("cases.callbacks.sampleTitle")} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={busy} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ orgUnitId: me?.user.orgUnitId, percent: 30, range: [dayjs().startOf("month"), dayjs()] }}
      >
        <Form.Item name="orgUnitId" label={t("common.unit")} rules={[{ required: true }]}>
          <OrgUnitTreeSelect style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="range" label={`${t("common.from")} / ${t("common.to")}`} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="percent" label={t("cases.callbacks.percent")} rules={[{ required: true }]}>
          {/* C-10 never below 30% */}
          <InputNumber min={30} max={100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="seed" label={t("cases.callbacks.seed")}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function CallbacksPage() {
  const t = useT();
  const { can } = useAuth();
  const [level, setLevel] = useState<"responsible" | "upper">("responsible");
  const [status, setStatus] = useState<"pending" | "done">("pending");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>();
  const [sampleOpen, setSampleOpen] = useState(false);
  const [record, setRecord] = useState<CallbackItem | null>(null);
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<CallbackList>(CASES_API.callbacks, { level, status, orgUnitId }, { signal }),
    [level, status, orgUnitId],
  );

  const columns: ColumnsType<CallbackItem> = [
    { title: t("cases.callbacks.case"), dataIndex: "caseNumber", width: 180, render: (v: string, c) => <CaseNumberLink id={c.caseId} number={v} /> },
    { title: t("cases.col.summary"), dataIndex: "caseSummary", ellipsis: true },
    { title: t("cases.col.customer"), key: "customer", width: 140, render: (_: unknown, c) => `${c.customer.name} ${c.customer.phone ?? ""}` },
    { title: t("cases.callbacks.level"), dataIndex: "level", width: 120, render: (v: string) => <Tag color={v === "upper" ? "purple" : "blue"}>{t(`cases.callbacks.levelShort.${v}`)}</Tag> },
    {
      title: t("cases.callbacks.dueAt"),
      dataIndex: "dueAt",
      width: 150,
      render: (v: string | null, c) => (
        <Typography.Text type={c.status === "pending" && v && Date.parse(v) < Date.now() ? "danger" : undefined}>{formatTime(v)}</Typography.Text>
      ),
    },
    {
      title: t("cases.callbacks.result"),
      key: "result",
      width: 200,
      render: (_: unknown, c) =>
        c.status === "pending" ? (
          can(CASE_PERMS.callback) && <Button size="small" type="primary" onClick={() => setRecord(c)} data-testid="callback-record">
            {t("cases.callbacks.record")}
          </Button>
        ) : (
          <Flex vertical gap={2}>
            <span>
              <Tag color={c.result === "satisfied" ? "green" : "volcano"}>{t(`cases.field.${c.result ?? "satisfied"}`)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(c.doneAt)}
              </Typography.Text>
            </span>
            {c.note && <Typography.Text style={{ fontSize: 12 }}>{c.note}</Typography.Text>}
          </Flex>
        ),
    },
  ];

  return (
    <PageContainer
      title={t("cases.callbacks.title")}
      subtitle={t("cases.callbacks.subtitle")} rules="C-10"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
            {t("common.refresh")}
          </Button>
          {can(CASE_PERMS.callback) && (
            <Button icon={<ExperimentOutlined />} onClick={() => setSampleOpen(true)}>
              {t("cases.callbacks.sample")}
            </Button>
          )}
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented
            value={level}
            onChange={(v) => setLevel(v as "responsible" | "upper")}
            options={[
              { value: "responsible", label: t("cases.callbacks.responsible") },
              { value: "upper", label: t("cases.callbacks.upper") },
            ]}
          />
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as "pending" | "done")}
            options={[
              { value: "pending", label: t("cases.callbacks.pending") },
              { value: "done", label: t("cases.callbacks.done") },
            ]}
          />
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} allowClear style={{ width: 220 }} />
        </Flex>
      </Card>
      {error && !data ? (
        <ErrorResult error={error} onRetry={() => void reload()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table rowKey="id" size="middle" loading={loading} columns={columns} dataSource={data?.items ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="callback-table" />
        </Card>
      )}
      <SampleModal
        open={sampleOpen}
        onClose={() => setSampleOpen(false)}
        onDone={() => {
          setSampleOpen(false);
          void reload();
        }}
      />
      {record && (
        <ActionModal
          caseId={record.caseId}
          type="callback"
          detail={null}
          extra={{ callbackId: record.id }}
          onClose={() => setRecord(null)}
          onDone={() => {
            setRecord(null);
            void reload();
          }}
        />
      )}
    </PageContainer>
  );
}
