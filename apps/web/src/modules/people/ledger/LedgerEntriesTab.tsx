/** P-12/P-13 ledger: one's own entries (appeal once) or a unit's (record, approve, decide appeals), with totals. */
import type { LedgerEntryView, LedgerRuleView, StaffDirectory } from "@ccms/contracts";
import { Button, type ButtonProps, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag, Tooltip, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { type HTMLAttributes, useState } from "react";
import { Link } from "react-router-dom";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { OrgUnitTreeSelect } from "../../../components";
import { useT } from "../../../i18n";

interface LedgerList {
  items: LedgerEntryView[];
  totals: Array<{ userId: string; userName: string; points: number; eligible: boolean }>;
}
const STATE_COLOR: Record<LedgerEntryView["state"], string> = { pending: "gold", approved: "green", rejected: "default", voided: "default" };

export function LedgerEntriesTab() {
  const t = useT();
  const { me, can } = useAuth();
  const manager = can("people.read");
  const [scope, setScope] = useState<"mine" | "unit">(manager ? "unit" : "mine");
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [appealFor, setAppealFor] = useState<LedgerEntryView | null>(null);
  const [decideFor, setDecideFor] = useState<LedgerEntryView | null>(null);
  const [sweeping, setSweeping] = useState(false);
  const [addForm] = Form.useForm();
  const [appealForm] = Form.useForm();
  const [decideForm] = Form.useForm();
  const [sweepForm] = Form.useForm();
  const query = scope === "unit" && orgUnitId ? { orgUnitId } : { userId: me?.user.id };
  const list = useApi((signal) => api.get<LedgerList>("/people/ledger", query, { signal }), [scope, orgUnitId, me?.user.id], { enabled: !!me });
  const rules = useApi((signal) => api.get<{ items: LedgerRuleView[] }>("/people/ledger-rules", undefined, { signal }), []);
  const people = useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && can("people.ledger.record") });
  const zh = t.locale === "zh-CN";
  const ruleName = (e: { ruleNameZh: string; ruleNameEn: string }) => (zh ? e.ruleNameZh : e.ruleNameEn);
  const ruleLabel = (r: LedgerRuleView) => (zh ? r.nameZh : r.nameEn);

  const run = async (fn: () => Promise<unknown>, ok: string): Promise<boolean> => {
    setBusy(true);
    try {
      await fn();
      void message.success(ok);
      await list.reload();
      return true;
    } catch (e) {
      void message.error(errorText(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    const v = (await addForm.validateFields()) as { userId: string; ruleCode: string; date: Dayjs; evidenceKind?: string; evidenceId?: string; note?: string; terminationProposed?: boolean };
    const body = {
      userId: v.userId,
      ruleCode: v.ruleCode,
      date: v.date.format("YYYY-MM-DD"),
      ...(v.evidenceKind && v.evidenceId ? { evidence: { kind: v.evidenceKind, id: v.evidenceId } } : {}),
      ...(v.note ? { note: v.note } : {}),
      ...(v.terminationProposed ? { terminationProposed: true } : {}),
    };
    if (await run(() => api.post("/people/ledger", body), t("ledger.savedOk"))) {
      setAdding(false);
      addForm.resetFields();
    }
  };
  const decide = (e: LedgerEntryView, approve: boolean) => void run(() => api.post(`/people/ledger/${encodeURIComponent(e.id)}/decision`, { approve }), t("ledger.savedOk"));
  const appeal = async () => {
    const v = (await appealForm.validateFields()) as { reason: string };
    if (appealFor && (await run(() => api.post(`/people/ledger/${encodeURIComponent(appealFor.id)}/appeal`, v), t("ledger.savedOk")))) setAppealFor(null);
  };
  const decideAppeal = async (uphold: boolean) => {
    const v = (await decideForm.validateFields()) as { note: string };
    if (decideFor && (await run(() => api.post(`/people/ledger/${encodeURIComponent(decideFor.id)}/appeal-decision`, { uphold, note: v.note }), t("ledger.savedOk")))) setDecideFor(null);
  };
  const sweep = async () => {
    const v = (await sweepForm.validateFields()) as { month: Dayjs };
    setBusy(true);
    try {
      const r = await api.post<{ created: number; voided: number }>("/people/ledger/attendance-sweep", { orgUnitId, month: v.month.format("YYYY-MM") });
      void message.success(t("ledger.sweepOk", { created: r.created, voided: r.voided }));
      setSweeping(false);
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<LedgerEntryView> = [
    { title: t("ledger.date"), dataIndex: "date", width: 110 },
    { title: t("ledger.person"), dataIndex: "userName", width: 120 },
    {
      title: t("ledger.rule"),
      key: "rule",
      render: (_, e) => (
        <Space size={4} wrap>
          <Tooltip title={`${e.article}`}>
            <span>{ruleName(e)}</span>
          </Tooltip>
          {e.losesEligibility && <Tag color="red">{t("ledger.losesEligibility")}</Tag>}
          {e.quarterZero && <Tag color="red">{t("ledger.quarterZero")}</Tag>}
          {e.terminationProposed && <Tag color="magenta">{t("ledger.terminationProposed")}</Tag>}
        </Space>
      ),
    },
    { title: t("ledger.points"), dataIndex: "points", width: 70, render: (p: number) => <Typography.Text type={p < 0 ? "danger" : "success"}>{p > 0 ? `+${p}` : p}</Typography.Text> },
    { title: t("ledger.origin"), key: "origin", width: 100, render: (_, e) => (e.origin === "automatic" ? t("ledger.originValue.automatic") : (e.createdByName ?? t("ledger.system"))) },
    {
      title: t("ledger.evidence"),
      key: "evidence",
      width: 110,
      render: (_, e) => (e.evidence ? e.evidence.kind === "case" ? <Link to={`/cases/${encodeURIComponent(e.evidence.id)}`}>{t("ledger.evidenceKind.case")}</Link> : t(`ledger.evidenceKind.${e.evidence.kind}`) : "—"),
    },
    { title: t("ledger.state"), key: "state", width: 100, render: (_, e) => <Tag color={STATE_COLOR[e.state]}>{t(`ledger.stateValue.${e.state}`)}</Tag> },
    {
      title: t("ledger.appeal"),
      key: "appeal",
      width: 160,
      render: (_, e) => (
        <Tooltip title={[e.appealReason, e.appealNote].filter(Boolean).join(" / ") || undefined}>
          <span>{t(`ledger.appealValue.${e.appealState}`)}</span>
        </Tooltip>
      ),
    },
    {
      title: "",
      key: "act",
      width: 200,
      render: (_, e) => (
        <Space size={4} wrap>
          {e.canDecide && (
            <>
              <Button size="small" type="primary" disabled={busy} onClick={() => decide(e, true)} data-testid="ledger-approve">
                {t("ledger.approve")}
              </Button>
              <Button size="small" disabled={busy} onClick={() => decide(e, false)} data-testid="ledger-reject">
                {t("ledger.reject")}
              </Button>
            </>
          )}
          {e.canAppeal && (
            <Button size="small" onClick={() => setAppealFor(e)} data-testid="ledger-appeal">
              {t("ledger.doAppeal")}
            </Button>
          )}
          {e.canDecideAppeal && (
            <Button size="small" onClick={() => setDecideFor(e)} data-testid="ledger-decide-appeal">
              {t("ledger.decideAppeal")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const ruleOptions = ["104", "105", "106", "107", "complaint"].map((g) => ({
    label: t(`ledger.group.${g}`),
    options: (rules.data?.items ?? []).filter((r) => r.group === g).map((r) => ({ value: r.code, label: `${ruleLabel(r)}（${r.points > 0 ? `+${r.points}` : r.points}）` })),
  }));

  return (
    <Space direction="vertical" style={{ width: "100%" }} size={12}>
      <Space wrap>
        {manager && (
          <Select
            value={scope}
            onChange={setScope}
            style={{ minWidth: 120 }}
            aria-label={t("ledger.mine")}
            options={[
              { value: "unit", label: t("ledger.unit") },
              { value: "mine", label: t("ledger.mine") },
            ]}
          />
        )}
        {scope === "unit" && <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 240 }} aria-label={t("ledger.unit")} />}
        {can("people.ledger.record") && (
          <>
            <Button type="primary" onClick={() => setAdding(true)}>
              {t("ledger.add")}
            </Button>
            <Button onClick={() => setSweeping(true)}>{t("ledger.sweep")}</Button>
          </>
        )}
      </Space>
      <Space wrap size={8}>
        {(list.data?.totals ?? []).map((x) => (
          <Tag key={x.userId} color={x.eligible ? "blue" : "red"}>
            {x.userName} · {t("ledger.total")} {x.points > 0 ? `+${x.points}` : x.points} · {t("ledger.eligible")} {x.eligible ? t("ledger.eligibleYes") : t("ledger.eligibleNo")}
          </Tag>
        ))}
      </Space>
      <Table<LedgerEntryView>
        rowKey="id"
        onRow={(e) => ({ "data-testid": "ledger-row", "data-rule": e.ruleCode, "data-state": e.state, "data-appeal": e.appealState, "data-evidence": e.evidence?.id ?? "" }) as HTMLAttributes<HTMLElement>}
        size="small" loading={list.loading} columns={columns} dataSource={list.data?.items ?? []} pagination={{ pageSize: 20 }} locale={{ emptyText: t("ledger.empty") }} scroll={{ x: 1000 }} />

      <Modal open={adding} title={t("ledger.add")} onCancel={() => setAdding(false)} onOk={() => void add()} confirmLoading={busy} destroyOnHidden>
        <Form form={addForm} layout="vertical" initialValues={{ date: dayjs() }}>
          <Form.Item name="userId" label={t("ledger.person")} rules={[{ required: true, message: t("common.required") }]}>
            <Select showSearch optionFilterProp="label" options={(people.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.displayName} · ${p.orgUnitName}` }))} />
          </Form.Item>
          <Form.Item name="ruleCode" label={t("ledger.rule")} rules={[{ required: true, message: t("common.required") }]}>
            <Select showSearch optionFilterProp="label" options={ruleOptions} />
          </Form.Item>
          <Form.Item name="date" label={t("ledger.date")} rules={[{ required: true, message: t("common.required") }]}>
            <DatePicker />
          </Form.Item>
          <Space wrap>
            <Form.Item name="evidenceKind" label={t("ledger.evidence")}>
              <Select allowClear style={{ minWidth: 140 }} options={["case", "finding", "attendance", "inspection", "qualityCheck", "request", "other"].map((k) => ({ value: k, label: t(`ledger.evidenceKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="evidenceId" label=" ">
              <Input style={{ minWidth: 200 }} aria-label={t("ledger.evidence")} />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t("ledger.note")}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="terminationProposed" label={t("ledger.terminationProposed")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={!!appealFor} title={t("ledger.doAppeal")} onCancel={() => setAppealFor(null)} onOk={() => void appeal()} confirmLoading={busy} okButtonProps={{ "data-testid": "ledger-appeal-submit" } as ButtonProps} destroyOnHidden>
        {appealFor && (
          <Typography.Paragraph>
            {appealFor.date} · {ruleName(appealFor)} · {appealFor.points}
          </Typography.Paragraph>
        )}
        <Form form={appealForm} layout="vertical">
          <Form.Item name="reason" label={t("ledger.appealReason")} rules={[{ required: true, message: t("common.required") }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!decideFor}
        title={t("ledger.decideAppeal")}
        onCancel={() => setDecideFor(null)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => void decideAppeal(false)} disabled={busy}>
              {t("ledger.dismiss")}
            </Button>
            <Button type="primary" onClick={() => void decideAppeal(true)} disabled={busy} data-testid="ledger-uphold">
              {t("ledger.uphold")}
            </Button>
          </Space>
        }
      >
        {decideFor && (
          <Typography.Paragraph>
            {decideFor.userName} · {ruleName(decideFor)} · {decideFor.points} — {decideFor.appealReason}
          </Typography.Paragraph>
        )}
        <Form form={decideForm} layout="vertical">
          <Form.Item name="note" label={t("ledger.decisionNote")} rules={[{ required: true, message: t("common.required") }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={sweeping} title={t("ledger.sweep")} onCancel={() => setSweeping(false)} onOk={() => void sweep()} confirmLoading={busy} destroyOnHidden>
        <Form form={sweepForm} layout="vertical" initialValues={{ month: dayjs().subtract(1, "month") }}>
          <Form.Item name="month" label={t("ledger.sweepMonth")} rules={[{ required: true, message: t("common.required") }]}>
            <DatePicker picker="month" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
