/** P-14 one card: items by area with source, figure, score and comment, the evidence behind them, and (for the manager) scoring. */
import type { ScorecardView } from "@ccms/contracts";
import { Alert, Button, DatePicker, Descriptions, Form, Input, InputNumber, List, Modal, Space, Table, Tag, Typography, message } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api, errorText } from "../../../api/client";
import { useT } from "../../../i18n";

type Item = ScorecardView["items"][number];

/** 保全后台岗 monthly deadlines: the manager enters the day each month's work was done; the server counts the working days late. */
const isMonthlyDeadline = (i: Item | null) => i?.metric === "noticeDaysLate" || i?.metric === "archiveDaysLate";
const monthsOfQuarter = (quarter: string) => {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
  return [0, 1, 2].map((k) => `${y}-${String((q - 1) * 3 + 1 + k).padStart(2, "0")}`);
};
const GRADE_COLOR: Record<string, string> = { excellent: "green", good: "blue", pass: "gold", fail: "red" };

export function GradeTag({ grade }: { grade: string }) {
  const t = useT();
  return <Tag color={GRADE_COLOR[grade]}>{t(`assessment.gradeValue.${grade}`)}</Tag>;
}

export function CardDetail({ card, canScore, onChanged }: { card: ScorecardView; canScore: boolean; onChanged: () => void | Promise<void> }) {
  const t = useT();
  const en = t.locale === "en-US";
  const [editing, setEditing] = useState<Item | null>(null);
  const [form] = Form.useForm<{ amount?: number; comment: string; done?: Record<string, Dayjs | null> }>();
  const [busy, setBusy] = useState(false);
  const editable = canScore && card.state === "open";

  const save = async () => {
    const v = await form.validateFields();
    if (!editing) return;
    setBusy(true);
    try {
      const doneDates = monthsOfQuarter(card.quarter)
        .map((month) => ({ month, doneOn: v.done?.[month]?.format("YYYY-MM-DD") }))
        .filter((d): d is { month: string; doneOn: string } => !!d.doneOn);
      const body =
        editing.kind === "judgement"
          ? { itemCode: editing.code, score: v.amount, comment: v.comment }
          : isMonthlyDeadline(editing) && doneDates.length > 0
            ? { itemCode: editing.code, doneDates, comment: v.comment }
            : { itemCode: editing.code, value: v.amount, comment: v.comment };
      await api.post(`/people/scorecards/${encodeURIComponent(card.id)}/scores`, body);
      void message.success(t("assessment.scoreOk"));
      setEditing(null);
      await onChanged();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const f = card.evidence.facts;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t("assessment.person")}>{card.userName}</Descriptions.Item>
        <Descriptions.Item label={t("assessment.template")}>{en ? card.templateNameEn : card.templateName}</Descriptions.Item>
        <Descriptions.Item label={t("assessment.quarter")}>{card.quarter}</Descriptions.Item>
        <Descriptions.Item label={t("assessment.itemsScore")}>{card.itemsScore}</Descriptions.Item>
        <Descriptions.Item label={t("assessment.ledgerPoints")}>{card.ledgerPoints > 0 ? `+${card.ledgerPoints}` : card.ledgerPoints}</Descriptions.Item>
        <Descriptions.Item label={t("assessment.score")}>
          <Space>
            <strong>{card.score}</strong>
            <GradeTag grade={card.grade} />
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {card.quarterZero && <Alert type="error" showIcon message={t("assessment.quarterZero")} />}
      {card.standbyReason && <Alert type="warning" showIcon message={t("assessment.standby")} description={t(`assessment.standbyReason.${card.standbyReason}`)} />}
      <Table<Item>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={card.items}
        columns={[
          { title: t("assessment.section"), dataIndex: "section", width: 140 },
          { title: t("assessment.item"), render: (_, i) => (en ? i.nameEn : i.nameZh) },
          { title: t("assessment.points"), dataIndex: "points", width: 70 },
          {
            title: t("assessment.value"),
            width: 170,
            render: (_, i) =>
              i.kind === "judgement" ? (
                <Tag>{t("assessment.source.judgement")}</Tag>
              ) : (
                <Space direction="vertical" size={0}>
                  <span>{i.value ?? "—"}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.metric ? t(`assessment.metric.${i.metric}`) : ""} · {t(`assessment.source.${i.source}`)}
                  </Typography.Text>
                </Space>
              ),
          },
          { title: t("assessment.itemScore"), width: 80, render: (_, i) => (i.score === null ? <Tag color="orange">{t("assessment.open")}</Tag> : i.score) },
          { title: t("assessment.comment"), dataIndex: "comment", render: (c: string | null) => c ?? "" },
          ...(editable
            ? [
                {
                  title: "",
                  width: 110,
                  render: (_: unknown, i: Item) =>
                    i.kind === "judgement" || i.source !== "system" || i.value === null ? (
                      <Button
                        size="small"
                        onClick={() => {
                          form.setFieldsValue({ amount: (i.kind === "judgement" ? i.score : i.value) ?? undefined, comment: i.comment ?? "" });
                          setEditing(i);
                        }}
                      >
                        {i.kind === "judgement" ? t("assessment.scoreItem") : t("assessment.enterValue")}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5}>{t("assessment.evidence")}</Typography.Title>
      <Typography.Text>{t("assessment.evidenceQueue", { called: f.ticketsCalled, served: f.ticketsServed, ratings: f.ratings, satisfied: f.ratingsSatisfied })}</Typography.Text>
      <List
        size="small"
        header={t("assessment.evidenceRulings")}
        locale={{ emptyText: t("assessment.noEvidence") }}
        dataSource={card.evidence.rulings}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>{t.has(`cases.category.${r.category}`) ? t(`cases.category.${r.category}`) : r.category}</Link>
            <span>{dayjs(r.ruledAt).format("YYYY-MM-DD HH:mm")}</span>
          </List.Item>
        )}
      />
      <List
        size="small"
        header={t("assessment.evidenceLedger")}
        locale={{ emptyText: t("assessment.noEvidence") }}
        dataSource={card.evidence.ledger}
        renderItem={(l) => (
          <List.Item>
            <span>
              {l.date} {en ? l.nameEn : l.nameZh}
            </span>
            <strong>{l.points > 0 ? `+${l.points}` : l.points}</strong>
          </List.Item>
        )}
      />
      {card.corrections.length > 0 && (
        <List
          size="small"
          header={t("assessment.corrections")}
          dataSource={card.corrections}
          renderItem={(c) => (
            <List.Item>
              <span>
                {dayjs(c.at).format("YYYY-MM-DD")} {c.by}：{c.reason}
              </span>
              <strong>{c.points > 0 ? `+${c.points}` : c.points}</strong>
            </List.Item>
          )}
        />
      )}
      {card.employeeComment && (
        <Alert type="info" message={t("assessment.myComment")} description={card.employeeComment} />
      )}
      {card.signedAt && <Typography.Text type="secondary">{t("assessment.signedBy", { name: card.signedBy ?? "—", time: dayjs(card.signedAt).format("YYYY-MM-DD HH:mm") })}</Typography.Text>}
      <Modal open={!!editing} title={editing ? (en ? editing.nameEn : editing.nameZh) : ""} onCancel={() => setEditing(null)} onOk={() => void save()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical">
          {isMonthlyDeadline(editing) &&
            monthsOfQuarter(card.quarter).map((month) => (
              <Form.Item key={month} name={["done", month]} label={t("assessment.doneOn", { month })}>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            ))}
          <Form.Item name="amount" label={editing?.kind === "judgement" ? `${t("assessment.itemScore")} (0–${editing.points})` : t("assessment.value")} rules={[{ required: !isMonthlyDeadline(editing) }]}>
            <InputNumber min={editing?.kind === "judgement" ? 0 : undefined} max={editing?.kind === "judgement" ? editing.points : undefined} step={0.5} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="comment" label={t("assessment.comment")} rules={[{ required: true, whitespace: true, message: t("assessment.commentRequired") }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
