/**
 * Fitness for duty at the pre-shift meeting 班前会上岗状态 (D-12): each attendee judged fit or unfit; an
 * unfit person is sent off the floor for the day (no window sign-in) and taken off the day's roster.
 */
import { Alert, Input, Modal, Radio, Table, Tag } from "antd";
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import type { FitnessCheck, FitnessCheckList } from "./relief-types";
import { fmtHm, useRunner } from "./shared";
import type { Meeting } from "./types";

type Verdict = "fit" | "unfit";

export function FitnessModal({ meeting, onClose }: { meeting: Meeting | null; onClose(): void }) {
  const t = useT();
  const run = useRunner();
  const [verdicts, setVerdicts] = useState<Record<string, { verdict: Verdict; note: string }>>({});
  const existing = useApi(
    (signal) => api.get<FitnessCheckList>("/daily-ops/fitness-checks", { counterId: meeting!.counterId, from: meeting!.businessDate, to: meeting!.businessDate }, { signal }),
    [meeting?.id],
    { enabled: !!meeting },
  );
  const people = (meeting?.attendees ?? []).filter((a) => a.present);
  useEffect(() => {
    setVerdicts(Object.fromEntries(people.map((a) => [a.userId, { verdict: "fit" as Verdict, note: "" }])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting?.id]);
  const latest = new Map<string, FitnessCheck>();
  for (const c of [...(existing.data?.items ?? [])].reverse()) latest.set(c.userId, c);

  const missingNote = Object.values(verdicts).some((v) => v.verdict === "unfit" && !v.note.trim());
  const submit = async () => {
    const checks = Object.entries(verdicts).map(([userId, v]) => ({ userId, verdict: v.verdict, ...(v.note.trim() ? { note: v.note.trim() } : {}) }));
    if (checks.length === 0) return;
    const res = await run(() => api.post<FitnessCheckList>(`/daily-ops/meetings/${meeting!.id}/fitness`, { checks }), "relief.fitnessSaved");
    if (res) onClose();
  };

  return (
    <Modal open={!!meeting} width={860} title={t("relief.fitnessTitle")} onCancel={onClose} onOk={() => void submit()} okText={t("dops.common.submit")} okButtonProps={{ disabled: missingNote || people.length === 0 }} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("relief.fitnessRule")} />
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={people}
        data-testid="fitness-table"
        columns={[
          { title: t("relief.person"), dataIndex: "displayName", width: 140 },
          {
            title: t("relief.lastVerdict"),
            width: 170,
            render: (_, a) => {
              const c = latest.get(a.userId);
              if (!c) return "—";
              return (
                <span>
                  <Tag color={c.verdict === "fit" ? "green" : "red"}>{t(`relief.verdict.${c.verdict}`)}</Tag>
                  {fmtHm(c.checkedAt)}
                  {c.rosterAdjustment ? <div style={{ fontSize: 12 }}>{t(`relief.rosterAdjustment.${c.rosterAdjustment}`)}</div> : null}
                </span>
              );
            },
          },
          {
            title: t("relief.verdictNow"),
            width: 200,
            render: (_, a) => (
              <Radio.Group
                value={verdicts[a.userId]?.verdict ?? "fit"}
                onChange={(e) => setVerdicts((v) => ({ ...v, [a.userId]: { verdict: e.target.value as Verdict, note: v[a.userId]?.note ?? "" } }))}
                optionType="button"
                options={[
                  { value: "fit", label: t("relief.verdict.fit") },
                  { value: "unfit", label: t("relief.verdict.unfit") },
                ]}
              />
            ),
          },
          {
            title: t("relief.observation"),
            render: (_, a) => (
              <Input
                maxLength={500}
                status={verdicts[a.userId]?.verdict === "unfit" && !verdicts[a.userId]?.note.trim() ? "error" : undefined}
                placeholder={verdicts[a.userId]?.verdict === "unfit" ? t("relief.observationRequired") : ""}
                value={verdicts[a.userId]?.note ?? ""}
                onChange={(e) => setVerdicts((v) => ({ ...v, [a.userId]: { verdict: v[a.userId]?.verdict ?? "fit", note: e.target.value } }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
