/**
 * Urgent events 紧急事件上报 (D-14): who first recorded the event (first responsible person), the report
 * to the level above with its acknowledgement deadline, acknowledgement, and escalation when late.
 */
import { Button, Card, Input, Modal, Segmented, Table, Tag, Tooltip } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import type { UrgentEvent, UrgentEventList } from "./relief-types";
import { PageFrame, fmtTime, useRunner } from "./shared";

const COLORS: Record<string, string> = { acknowledged: "green", awaiting: "orange", overdue: "red", escalated: "volcano" };

export default function UrgentEventsPage() {
  const t = useT();
  const { can } = useAuth();
  const run = useRunner();
  const [open, setOpen] = useState<"true" | "false">("true");
  const [acking, setAcking] = useState<UrgentEvent | null>(null);
  const [note, setNote] = useState("");
  const list = useApi((signal) => api.get<UrgentEventList>("/daily-ops/urgent-events", { open }, { signal }), [open]);

  const acknowledge = async () => {
    if (!acking) return;
    const res = await run(() => api.post<UrgentEvent>(`/daily-ops/urgent-events/${acking.incidentId}/acknowledge`, note.trim() ? { note: note.trim() } : {}), "relief.acknowledged");
    if (res) {
      setAcking(null);
      void list.reload();
    }
  };

  return (
    <PageFrame
      title={t("relief.urgentTitle")}
      subtitle={t("relief.urgentPurpose")}
      rule="D-14"
      testId="urgent-events-page"
      extra={
        <Segmented
          value={open}
          onChange={(v) => setOpen(v as "true" | "false")}
          options={[
            { value: "true", label: t("relief.openOnly") },
            { value: "false", label: t("relief.all") },
          ]}
        />
      }
    >
      <Card>
        <Table<UrgentEvent>
          rowKey="incidentId"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          columns={[
            { title: t("relief.counter"), dataIndex: "counterName", width: 150 },
            { title: t("relief.event"), dataIndex: "title", ellipsis: true, render: (v: string, r) => (<span><Tag color="red">{r.level}</Tag>{v}</span>) },
            { title: t("relief.firstResponsible"), dataIndex: "firstResponsibleName", width: 130 },
            { title: t("relief.reportedAt"), dataIndex: "reportedAt", width: 140, render: (v: string) => fmtTime(v) },
            { title: t("relief.reportedTo"), dataIndex: "reportedToUnitName", width: 150 },
            { title: t("relief.deadline"), dataIndex: "deadlineAt", width: 140, render: (v: string) => fmtTime(v) },
            {
              title: t("dops.common.status"),
              width: 200,
              render: (_, r) => (
                <span>
                  <Tag color={COLORS[r.status]}>{t(`relief.status.${r.status}`)}</Tag>
                  {r.acknowledgedAt && (
                    <Tooltip title={r.ackNote ?? ""}>
                      <div style={{ fontSize: 12 }}>
                        {r.acknowledgedByName} {fmtTime(r.acknowledgedAt)}
                      </div>
                    </Tooltip>
                  )}
                  {r.escalatedAt && <div style={{ fontSize: 12 }}>{t("relief.escalatedTo", { unit: r.escalatedToUnitName ?? "—" })}</div>}
                </span>
              ),
            },
            {
              title: t("relief.shiftOwner"),
              width: 120,
              render: (_, r) => (r.responsibleShift ? `${r.responsibleShift.userName ?? "—"}（${t(`relief.role.${r.responsibleShift.role}`)}）` : "—"),
            },
            {
              title: "",
              fixed: "right" as const,
              width: 110,
              render: (_, r) =>
                !r.acknowledgedAt && can("incident.acknowledge") ? (
                  <Button
                    type="primary"
                    data-testid="urgent-ack"
                    onClick={() => {
                      setAcking(r);
                      setNote("");
                    }}
                  >
                    {t("relief.acknowledge")}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal open={!!acking} title={t("relief.acknowledge")} onCancel={() => setAcking(null)} onOk={() => void acknowledge()}>
        <p>{acking?.title}</p>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t("relief.ackNote")} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </PageFrame>
  );
}
