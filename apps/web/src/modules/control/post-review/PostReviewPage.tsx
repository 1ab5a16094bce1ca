/**
 * Post-review queue 事后监督复核 (K-12): single-person transactions of the counter, due dates and
 * overdue marks; a reviewer who took no part passes or fails each one (a failure opens a control
 * finding). The counter's time limit in working days is set by the manager.
 */
import type { PostReviewItem, PostReviewList } from "@ccms/contracts";
import { App, Button, Card, Input, InputNumber, Radio, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { ControlCounterPicker, useControlCounter } from "./use-counter";

type Filter = "pending" | "overdue" | "all";
const STATUS_COLOR: Record<PostReviewItem["status"], string> = { pending: "gold", passed: "green", failed: "red" };

export default function PostReviewPage() {
  const t = useT();
  const { message } = App.useApp();
  const { me, can } = useAuth();
  const counter = useControlCounter();
  const [filter, setFilter] = useState<Filter>("pending");
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi(
    (signal) =>
      api.get<PostReviewList>("/control/post-review", { counterId: counter.counterId, status: filter === "all" ? undefined : "pending", overdueOnly: filter === "overdue" ? "true" : undefined }, { signal }),
    [counter.counterId, filter],
    { enabled: !!counter.counterId },
  );
  const [days, setDays] = useState<number | null>(null);

  const review = async (item: PostReviewItem, result: "passed" | "failed") => {
    setBusy(item.id);
    try {
      await api.post(`/control/post-review/${item.id}/review`, { result, note: notes[item.id]?.trim() || undefined });
      message.success(t(result === "passed" ? "postReview.passedOk" : "postReview.failedOk"));
      await list.reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };
  const saveDays = async () => {
    if (days === null || !counter.counterId) return;
    try {
      await api.put("/control/post-review/settings", { counterId: counter.counterId, reviewDays: days });
      message.success(t("postReview.daysSaved"));
      await list.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const items = list.data?.items ?? [];
  return (
    <PageContainer title={t("postReview.title")} subtitle={t("postReview.subtitle")} rules="K-12" extra={<ControlCounterPicker state={counter} />}>
      <Card data-testid="post-review-page">
        <Space wrap style={{ marginBottom: 16, justifyContent: "space-between", width: "100%" }}>
          <Radio.Group value={filter} onChange={(e) => setFilter(e.target.value as Filter)} optionType="button" aria-label={t("postReview.filter")}>
            <Radio.Button value="pending">{t("postReview.filterPending")}</Radio.Button>
            <Radio.Button value="overdue">{t("postReview.filterOverdue")}</Radio.Button>
            <Radio.Button value="all">{t("postReview.filterAll")}</Radio.Button>
          </Radio.Group>
          <Space>
            <Typography.Text>{t("postReview.days", { n: list.data?.reviewDays ?? 1 })}</Typography.Text>
            {can("postreview.manage") && (
              <>
                <InputNumber aria-label={t("postReview.daysLabel")} min={0} max={10} value={days ?? list.data?.reviewDays ?? 1} onChange={(v) => setDays(typeof v === "number" ? v : null)} style={{ width: 80 }} />
                <Button onClick={() => void saveDays()} data-testid="post-review-days-save">
                  {t("postReview.daysSave")}
                </Button>
              </>
            )}
          </Space>
        </Space>
        <Table<PostReviewItem>
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t("postReview.empty") }}
          columns={[
            { title: t("postReview.source"), dataIndex: "sourceType", render: (v: PostReviewItem["sourceType"]) => <Tag>{t(`postReview.sources.${v}`)}</Tag> },
            { title: t("postReview.summary"), dataIndex: "summary" },
            { title: t("postReview.performer"), dataIndex: "performedByName" },
            { title: t("postReview.completedAt"), dataIndex: "completedAt", render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
            {
              title: t("postReview.dueDate"),
              dataIndex: "dueDate",
              render: (v: string, r) => (
                <Space>
                  {v}
                  {r.overdue && <Tag color="red">{t("postReview.overdue")}</Tag>}
                </Space>
              ),
            },
            {
              title: t("postReview.status"),
              dataIndex: "status",
              render: (v: PostReviewItem["status"], r) => (
                <Space direction="vertical" size={0}>
                  <Tag color={STATUS_COLOR[v]}>{t(`postReview.statuses.${v}`)}</Tag>
                  {r.reviewerName && <Typography.Text type="secondary">{t("postReview.reviewedBy", { name: r.reviewerName })}</Typography.Text>}
                  {r.reviewNote && <Typography.Text type="secondary">{r.reviewNote}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t("postReview.action"),
              key: "action",
              render: (_: unknown, r) => {
                if (r.status !== "pending" || !can("postreview.review")) return null;
                const tookPart = r.performedBy === me?.user.id;
                if (tookPart) return <Typography.Text type="secondary">{t("postReview.ownItem")}</Typography.Text>;
                return (
                  <Space direction="vertical" size={4} style={{ minWidth: 220 }}>
                    <Input.TextArea
                      rows={1}
                      aria-label={t("postReview.note")}
                      placeholder={t("postReview.notePlaceholder")}
                      value={notes[r.id] ?? ""}
                      onChange={(e) => setNotes((n) => ({ ...n, [r.id]: e.target.value }))}
                      data-testid={`post-review-note-${r.summary}`}
                    />
                    <Space>
                      <Button type="primary" size="small" loading={busy === r.id} onClick={() => void review(r, "passed")} data-testid={`post-review-pass-${r.summary}`}>
                        {t("postReview.pass")}
                      </Button>
                      <Button danger size="small" loading={busy === r.id} onClick={() => void review(r, "failed")} data-testid={`post-review-fail-${r.summary}`}>
                        {t("postReview.fail")}
                      </Button>
                    </Space>
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
