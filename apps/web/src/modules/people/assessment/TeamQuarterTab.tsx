/** P-14 team quarter: compute the run, every card with its grade, drill-down to items and evidence, scoring, sign-off, corrections. */
import type { AssessmentRunResult, ScorecardList, ScorecardView } from "@ccms/contracts";
import { Alert, Button, Drawer, Empty, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, message } from "antd";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { ErrorResult, OrgUnitTreeSelect } from "../../../components";
import { useT } from "../../../i18n";
import { CardDetail, GradeTag } from "./CardDetail";
import { currentQuarter, recentQuarters } from "./quarters";

export function TeamQuarterTab() {
  const t = useT();
  const { me, can } = useAuth();
  const manage = can("people.manage");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [quarter, setQuarter] = useState(currentQuarter());
  const list = useApi((signal) => api.get<ScorecardList>("/people/scorecards", { orgUnitId, quarter }, { signal }), [orgUnitId, quarter], { enabled: !!orgUnitId });
  const [openId, setOpenId] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [correcting, setCorrecting] = useState<ScorecardView | null>(null);
  const [form] = Form.useForm<{ points: number; reason: string }>();
  const run = list.data?.run ?? null;
  const open = list.data?.items.find((c) => c.id === openId) ?? null;

  const act = async (key: string, fn: () => Promise<unknown>, ok?: string) => {
    setBusy(key);
    try {
      await fn();
      if (ok) void message.success(ok);
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const compute = () =>
    act("run", async () => {
      const r = await api.post<AssessmentRunResult>("/people/assessment-runs", { orgUnitId, quarter });
      setSkipped(r.skipped.map((s) => s.userName));
      void message.success(t("assessment.runOk", { count: r.cards.length }));
    });

  const correct = async () => {
    const v = await form.validateFields();
    if (!correcting) return;
    await act("correct", () => api.post(`/people/scorecards/${encodeURIComponent(correcting.id)}/corrections`, v), t("assessment.correctOk"));
    setCorrecting(null);
  };

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ width: 260 }} aria-label={t("assessment.unit")} />
        <Select aria-label={t("assessment.quarter")} value={quarter} onChange={setQuarter} options={recentQuarters().map((q) => ({ value: q, label: q }))} style={{ width: 140 }} />
        {run && <Tag color={run.state === "signed" ? "green" : "blue"}>{t(`assessment.runState.${run.state}`)}</Tag>}
        {manage && run?.state !== "signed" && (
          <Button type="primary" onClick={() => void compute()} loading={busy === "run"} disabled={!orgUnitId}>
            {run ? t("assessment.rerun") : t("assessment.run")}
          </Button>
        )}
        {manage && run?.state === "open" && (
          <Popconfirm title={t("assessment.signOffConfirm")} onConfirm={() => void act("sign", () => api.post(`/people/assessment-runs/${encodeURIComponent(run.id)}/sign-off`), t("assessment.signedOk"))}>
            <Button loading={busy === "sign"}>{t("assessment.signOff")}</Button>
          </Popconfirm>
        )}
      </Space>
      {skipped.length > 0 && <Alert type="info" showIcon message={t("assessment.skipped", { names: skipped.join(t("common.listSep")) })} />}
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : !run && !list.loading ? (
        <Empty description={t("assessment.noRun")} />
      ) : (
        <Table<ScorecardView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t("assessment.person"), dataIndex: "userName" },
            { title: t("assessment.post"), dataIndex: "post" },
            { title: t("assessment.itemsScore"), dataIndex: "itemsScore", width: 90 },
            { title: t("assessment.ledgerPoints"), dataIndex: "ledgerPoints", width: 90 },
            { title: t("assessment.score"), dataIndex: "score", width: 80 },
            { title: t("assessment.grade"), width: 90, render: (_, c) => <GradeTag grade={c.grade} /> },
            {
              title: t("assessment.complete"),
              render: (_, c) => (
                <Space wrap>
                  {c.complete ? <Tag color="green">{t("assessment.complete")}</Tag> : <Tag color="orange">{t("assessment.incomplete", { count: c.items.filter((i) => i.score === null).length })}</Tag>}
                  {c.standbyReason && <Tag color="red">{t("assessment.standby")}</Tag>}
                </Space>
              ),
            },
            {
              title: "",
              render: (_, c) => (
                <Space>
                  <Button size="small" onClick={() => setOpenId(c.id)}>
                    {t("assessment.details")}
                  </Button>
                  {manage && c.state === "signed" && (
                    <Button
                      size="small"
                      onClick={() => {
                        form.resetFields();
                        setCorrecting(c);
                      }}
                    >
                      {t("assessment.correct")}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Drawer open={!!open} width={960} title={open ? `${open.userName} · ${open.quarter}` : ""} onClose={() => setOpenId(null)} destroyOnHidden>
        {open && <CardDetail card={open} canScore={manage} onChanged={() => list.reload()} />}
      </Drawer>
      <Modal open={!!correcting} title={correcting ? `${t("assessment.correct")} · ${correcting.userName}` : ""} onCancel={() => setCorrecting(null)} onOk={() => void correct()} confirmLoading={busy === "correct"} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="points" label={t("assessment.correctPoints")} rules={[{ required: true }]}>
            <InputNumber min={-100} max={100} step={0.5} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="reason" label={t("assessment.correctReason")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
