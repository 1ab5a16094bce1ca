/**
 * Control findings: K-04 seal/document loss compensation, D-06 off-duty/left-company operation found
 * at daily close (reported to the province business management centre), inspection failures of
 * critical items, AML rectification. Status open → investigating → closed with a resolution.
 */
import { Button, Card, Descriptions, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { useT } from "../../../i18n";
import { ExportButton, PageFrame, fmtTime, useRunner, IfCan } from "../shared";
import type { Finding, FindingList } from "../types";
import { useFocusedRecord } from "../../../components/FocusedRecord";

const KINDS = ["seal_loss_compensation", "off_duty_operation", "inspection_failure", "aml_rectification"] as const;
const STATUS_COLOR: Record<string, string> = { open: "red", investigating: "orange", closed: "green" };

export default function FindingsPage() {
  const t = useT();
  const { me } = useAuth();
  const run = useRunner();
  const [kind, setKind] = useState<(typeof KINDS)[number] | undefined>();
  const [status, setStatus] = useState<"open" | "investigating" | "closed" | undefined>();
  const query = { unitId: me?.user.orgUnitId, kind, status };
  const list = useApi((signal) => api.get<FindingList>("/control/findings", query, { signal }), [me?.user.orgUnitId, kind, status]);
  const [editing, setEditing] = useState<Finding | null>(null);
  // 去处理 (issue 10 item 3): `?id=` highlights the finding, scrolled into view with its details open.
  const focus = useFocusedRecord("id", !!list.data);
  const [next, setNext] = useState<"open" | "investigating" | "closed">("investigating");
  const [resolution, setResolution] = useState("");
  const save = async () => {
    if (!editing) return;
    const res = await run(() => api.post(`/control/findings/${editing.id}/status`, { status: next, ...(resolution.trim() ? { resolution: resolution.trim() } : {}) }));
    if (res) {
      setEditing(null);
      void list.reload();
    }
  };
  return (
    <PageFrame
      title={t("dops.fnd.title")}
      rule="K-04 · D-06 · D-02 · K-10"
      testId="findings-page"
      extra={
        <Space wrap>
          <Select allowClear style={{ width: 220 }} placeholder={t("dops.fnd.kind")} aria-label={t("dops.fnd.kind")} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: t(`dops.fnd.kinds.${k}`) }))} />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t("dops.common.status")}
            aria-label={t("dops.common.status")}
            value={status}
            onChange={setStatus}
            options={(["open", "investigating", "closed"] as const).map((s) => ({ value: s, label: t(`dops.fnd.status.${s}`) }))}
          />
          <ExportButton path="/control/findings" query={query} fileName="findings" />
        </Space>
      }
    >
      <Card>
        <Table<Finding>
          key={focus.focusId && list.data ? `focus-${focus.focusId}` : "list"}
          rowKey="id"
          rowClassName={focus.rowClassName}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1120 }}
          expandable={{
            defaultExpandedRowKeys: focus.focusId ? [focus.focusId] : [],
            expandedRowRender: (f) => (
              <Descriptions size="small" column={1} bordered>
                {Object.entries(f.details).map(([k, v]) => (
                  <Descriptions.Item key={k} label={k}>
                    {typeof v === "object" ? JSON.stringify(v) : String(v)}
                  </Descriptions.Item>
                ))}
                {f.resolution && <Descriptions.Item label={t("dops.fnd.resolution")}>{f.resolution}</Descriptions.Item>}
              </Descriptions>
            ),
          }}
          columns={[
            { title: t("dops.common.time"), dataIndex: "createdAt", width: 150, render: fmtTime },
            { title: t("dops.fnd.kind"), dataIndex: "kind", width: 160, render: (k: string) => <Tag color={k === "off_duty_operation" || k === "seal_loss_compensation" ? "red" : "orange"}>{t(`dops.fnd.kinds.${k}`)}</Tag> },
            { title: t("dops.fnd.titleField"), dataIndex: "title", width: 280 },
            { title: t("dops.fnd.subjects"), dataIndex: "subjectNames", width: 160, render: (n: string[]) => n.join("、") || "—" },
            { title: t("dops.fnd.reportedTo"), dataIndex: "reportedToUnitId", width: 110, render: (id: string | null) => (id ? <Tag color="purple">{t("dops.fnd.reported")}</Tag> : "—") },
            { title: t("dops.common.status"), dataIndex: "status", width: 100, render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`dops.fnd.status.${s}`)}</Tag> },
            {
              title: "",
              fixed: "right" as const,
              width: 110,
              render: (_, f) =>
                f.status !== "closed" && (
                  <IfCan action={["finding.manage", "finding.investigate"]}><Button
                    onClick={() => {
                      setEditing(f);
                      setNext(f.status === "open" ? "investigating" : "closed");
                      setResolution(f.resolution ?? "");
                    }}
                  >
                    {t("dops.fnd.update")}
                  </Button></IfCan>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={!!editing} title={editing?.title} onCancel={() => setEditing(null)} onOk={() => void save()} okButtonProps={{ disabled: next === "closed" && !resolution.trim() }}>
        <Typography.Paragraph type="secondary">{t(`dops.fnd.kinds.${editing?.kind ?? "inspection_failure"}`)}</Typography.Paragraph>
        <Radio.Group
          optionType="button"
          value={next}
          onChange={(e) => setNext(e.target.value as typeof next)}
          options={(["investigating", "closed"] as const).map((s) => ({ value: s, label: t(`dops.fnd.status.${s}`) }))}
          style={{ marginBottom: 12 }}
        />
        <Input.TextArea rows={4} placeholder={t("dops.fnd.resolution")} value={resolution} onChange={(e) => setResolution(e.target.value)} />
      </Modal>
    </PageFrame>
  );
}
