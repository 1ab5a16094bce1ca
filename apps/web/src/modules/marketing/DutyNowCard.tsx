/** M-01 the duty plan on the monitor: who is on duty now and next (hidden without the right to see it). */
import { Card, Tag, Typography } from "antd";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { type DutyNow, MARKETING_API } from "./api";

export function DutyNowCard({ counterId }: { counterId: string }) {
  const t = useT();
  const { can } = useAuth();
  const visible = can("marketing.read") || can("queue.monitor");
  const now = useApi((signal) => api.get<DutyNow>(MARKETING_API.dutyNow, { counterId }, { signal }), [counterId], { enabled: visible });
  if (!visible || !now.data) return null;
  const d = now.data;
  return (
    <Card size="small" title={t("marketing.onDutyNow")} style={{ marginBottom: 16 }} data-testid="duty-now-card">
      {d.current.length === 0 ? (
        <Typography.Text type="secondary">{t("marketing.nobody")}</Typography.Text>
      ) : (
        d.current.map((s) => (
          <Tag key={s.id} color="gold">
            {s.agentName} {s.startsAt}–{s.endsAt}
            {s.post ? ` · ${s.post}` : ""}
          </Tag>
        ))
      )}
      {d.next && (
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {t("marketing.next")}：{d.next.agentName} {d.next.startsAt}–{d.next.endsAt}
        </Typography.Text>
      )}
    </Card>
  );
}
