/** P-14 my scorecard: my card of a quarter, its evidence, and my comment before sign-off. */
import type { ScorecardList } from "@ccms/contracts";
import { Button, Card, Empty, Input, Select, Space, message } from "antd";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { ErrorResult, PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { CardDetail } from "./CardDetail";
import { currentQuarter, recentQuarters } from "./quarters";

export default function MyScorecardPage() {
  const t = useT();
  const { me } = useAuth();
  const [quarter, setQuarter] = useState(currentQuarter());
  const orgUnitId = me?.user.orgUnitId;
  const list = useApi((signal) => api.get<ScorecardList>("/people/scorecards", { orgUnitId, quarter }, { signal }), [orgUnitId, quarter], { enabled: !!orgUnitId });
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const card = list.data?.items.find((c) => c.userId === me?.user.id);

  const submit = async () => {
    if (!card || !comment.trim()) return;
    setBusy(true);
    try {
      await api.post(`/people/scorecards/${encodeURIComponent(card.id)}/comment`, { comment: comment.trim() });
      void message.success(t("assessment.commentOk"));
      setComment("");
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer title={t("assessment.mine")} subtitle={t("assessment.mineSubtitle")}>
      <Space style={{ marginBottom: 16 }}>
        <span>{t("assessment.quarter")}</span>
        <Select aria-label={t("assessment.quarter")} value={quarter} onChange={setQuarter} options={recentQuarters().map((q) => ({ value: q, label: q }))} style={{ width: 140 }} />
      </Space>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : !card ? (
        <Empty description={t("assessment.noCard")} />
      ) : (
        <Card loading={list.loading}>
          <CardDetail card={card} canScore={false} onChanged={() => list.reload()} />
          {card.state === "open" && (
            <Space.Compact style={{ width: "100%", marginTop: 16 }}>
              <Input.TextArea aria-label={t("assessment.myComment")} placeholder={t("assessment.myComment")} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} rows={2} />
              <Button type="primary" onClick={() => void submit()} loading={busy} disabled={!comment.trim()}>
                {t("assessment.addComment")}
              </Button>
            </Space.Compact>
          )}
        </Card>
      )}
    </PageContainer>
  );
}
