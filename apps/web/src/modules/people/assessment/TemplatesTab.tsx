/** P-14 scorecard templates: each post's versions with items and formulas; the editor shows the sum live and the server refuses a sum ≠ total. */
import type { ScorecardTemplateList, ScorecardTemplateView } from "@ccms/contracts";
import { Alert, Button, Card, Collapse, Drawer, Input, InputNumber, Space, Table, Tag, Typography, message } from "antd";
import { useMemo, useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { ErrorResult } from "../../../components";
import { useT } from "../../../i18n";

type Item = ScorecardTemplateView["items"][number];
type Scoring = NonNullable<Item["formula"]>["scoring"];

function scoringText(t: ReturnType<typeof useT>, s: Scoring): string {
  switch (s.kind) {
    case "atLeast":
    case "atMost":
      return t(`assessment.templates.scoring.${s.kind}`, { target: s.target });
    case "deductPerUnit":
      return t("assessment.templates.scoring.deductPerUnit", { allowance: s.allowance, perUnit: s.perUnit });
    default:
      return t("assessment.templates.scoring.zeroIfAny");
  }
}

const sumOf = (items: readonly { points: number }[]) => Math.round(items.reduce((s, i) => s + (Number(i.points) || 0), 0) * 2) / 2;

function Editor({ from, onSaved }: { from: ScorecardTemplateView; onSaved: () => void }) {
  const t = useT();
  const en = t.locale === "en-US";
  const [post, setPost] = useState(from.post);
  const [total, setTotal] = useState(from.total);
  const [items, setItems] = useState<Item[]>(from.items);
  const [busy, setBusy] = useState(false);
  const sum = sumOf(items);
  const patch = (i: number, p: Partial<Item>) => setItems((xs) => xs.map((x, n) => (n === i ? { ...x, ...p } : x)));

  const save = async () => {
    setBusy(true);
    try {
      await api.post("/people/scorecard-templates", {
        post,
        total,
        nameZh: from.post === post ? from.nameZh : undefined,
        nameEn: from.post === post ? from.nameEn : undefined,
        gradeBands: from.gradeBands,
        items: items.map(({ code, section, nameZh, nameEn, points, kind, formula, criteria }) => ({ code, section, nameZh, nameEn, points, kind, ...(kind === "kpi" && formula ? { formula } : {}), ...(criteria ? { criteria } : {}) })),
      });
      void message.success(t("assessment.templates.saved"));
      onSaved();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <Input aria-label={t("assessment.post")} value={post} onChange={(e) => setPost(e.target.value)} style={{ width: 220 }} />
        <span>{t("assessment.templates.total")}</span>
        <InputNumber aria-label={t("assessment.templates.total")} value={total} min={1} max={1000} onChange={(v) => setTotal(Number(v ?? 100))} />
      </Space>
      {sum === total ? <Alert type="success" showIcon message={t("assessment.templates.sumOk")} /> : <Alert type="error" showIcon message={t("assessment.templates.sumMismatch", { sum, total })} />}
      <Table<Item & { n: number }>
        size="small"
        rowKey="n"
        pagination={false}
        dataSource={items.map((x, n) => ({ ...x, n }))}
        columns={[
          { title: t("assessment.section"), width: 160, render: (_, x) => <Input aria-label={t("assessment.section")} value={x.section} onChange={(e) => patch(x.n, { section: e.target.value })} /> },
          { title: t("assessment.item"), render: (_, x) => <Input aria-label={t("assessment.item")} value={en ? x.nameEn : x.nameZh} onChange={(e) => patch(x.n, en ? { nameEn: e.target.value } : { nameZh: e.target.value })} /> },
          { title: t("assessment.points"), width: 100, render: (_, x) => <InputNumber aria-label={t("assessment.points")} value={x.points} min={0.5} step={0.5} onChange={(v) => patch(x.n, { points: Number(v ?? 0) })} /> },
          { title: t("assessment.templates.formula"), render: (_, x) => (x.kind === "kpi" && x.formula ? `${t(`assessment.metric.${x.formula.metric}`)} · ${scoringText(t, x.formula.scoring)}` : <Tag>{t("assessment.kind.judgement")}</Tag>) },
          { title: "", width: 80, render: (_, x) => <Button size="small" danger onClick={() => setItems((xs) => xs.filter((_, n) => n !== x.n))}>{t("assessment.templates.removeItem")}</Button> },
        ]}
      />
      <Space>
        <Button onClick={() => setItems((xs) => [...xs, { code: `n${Date.now().toString(36)}`, section: "", nameZh: "", nameEn: "", points: 5, kind: "judgement" }])}>{t("assessment.templates.addItem")}</Button>
        <Button type="primary" onClick={() => void save()} loading={busy} disabled={!post.trim() || items.length === 0}>
          {t("assessment.templates.save")}
        </Button>
      </Space>
    </Space>
  );
}

export function TemplatesTab() {
  const t = useT();
  const en = t.locale === "en-US";
  const { can } = useAuth();
  const list = useApi((signal) => api.get<ScorecardTemplateList>("/people/scorecard-templates", {}, { signal }), []);
  const [editing, setEditing] = useState<ScorecardTemplateView | null>(null);
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.reload()} />;
  return (
    <Card loading={list.loading}>
      <Typography.Paragraph type="secondary">{t("assessment.templates.bandsHint")}</Typography.Paragraph>
      <Collapse
        items={items.map((tpl) => ({
          key: tpl.id,
          label: (
            <Space wrap>
              <strong>{en ? tpl.nameEn : tpl.nameZh}</strong>
              <span>{t("assessment.templates.version", { version: tpl.version })}</span>
              <Tag color={tpl.status === "active" ? "green" : tpl.status === "draft" ? "red" : "default"}>{t(`assessment.templates.status.${tpl.status}`)}</Tag>
              <span>
                {t("assessment.templates.sum")} {tpl.itemsSum} / {tpl.total}
              </span>
            </Space>
          ),
          children: (
            <Space direction="vertical" style={{ width: "100%" }}>
              {tpl.note && <Alert type={tpl.status === "draft" ? "warning" : "info"} message={tpl.note} />}
              <Table<Item>
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={tpl.items}
                columns={[
                  { title: t("assessment.section"), dataIndex: "section", width: 180 },
                  { title: t("assessment.item"), render: (_, i) => (en ? i.nameEn : i.nameZh) },
                  { title: t("assessment.points"), dataIndex: "points", width: 70 },
                  { title: t("assessment.templates.formula"), render: (_, i) => (i.formula ? `${t(`assessment.metric.${i.formula.metric}`)} · ${scoringText(t, i.formula.scoring)}` : <Tag>{t("assessment.kind.judgement")}</Tag>) },
                ]}
              />
              <Typography.Text type="secondary">
                {t("assessment.templates.bands")}：{tpl.gradeBands.map((b) => `${t(`assessment.gradeValue.${b.grade}`)} ≥ ${b.min}`).join(t("common.listSep"))}
              </Typography.Text>
              {can("people.manage") && (
                <Button onClick={() => setEditing(tpl)}>{t("assessment.templates.edit")}</Button>
              )}
            </Space>
          ),
        }))}
      />
      <Drawer open={!!editing} width={1000} title={editing ? `${t("assessment.templates.add")} · ${editing.post}` : ""} onClose={() => setEditing(null)} destroyOnHidden>
        {editing && (
          <Editor
            from={editing}
            onSaved={() => {
              setEditing(null);
              void list.reload();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
