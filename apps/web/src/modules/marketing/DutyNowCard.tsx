/**
 * M-01 the duty plan on the monitor: today's elite-agent duty across the counter's business hours —
 * every slot of the day in time order with the one running now marked, and who comes next (hidden
 * without the right to see it).
 */
import { Card, Flex, List, Tag, Typography } from "antd";
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
  const running = new Set(d.current.map((s) => s.id));
  const hours = d.frames.map(([a, b]) => `${a}–${b}`).join("，");
  return (
    <Card
      size="small"
      title={t("marketing.onDutyNow")}
      extra={<Typography.Text type="secondary">{d.frames.length ? t("marketing.businessHours", { hours }) : t("marketing.closedToday")}</Typography.Text>}
      style={{ marginBottom: 16 }}
      data-testid="duty-now-card"
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
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
          <Typography.Text type="secondary">
            {t("marketing.next")}：{d.next.agentName} {d.next.startsAt}–{d.next.endsAt}
          </Typography.Text>
        )}
      </Flex>
      <section aria-label={t("marketing.todayPlan")} data-testid="duty-today">
        <Typography.Text strong>{t("marketing.todayPlan")}</Typography.Text>
        {d.today.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t("marketing.noPlanToday")}
          </Typography.Paragraph>
        ) : (
          <List
            size="small"
            split={false}
            dataSource={d.today}
            renderItem={(s) => (
              <List.Item style={{ padding: "2px 0" }} data-testid="duty-today-slot" data-running={running.has(s.id) ? "true" : "false"}>
                <Typography.Text strong={running.has(s.id)}>
                  {`${s.startsAt}–${s.endsAt} ${s.agentName}`}
                  {s.post ? ` · ${s.post}` : ""}
                </Typography.Text>
                {running.has(s.id) && (
                  <Tag color="gold" style={{ marginInlineStart: 8 }}>
                    {t("marketing.slotNow")}
                  </Tag>
                )}
              </List.Item>
            )}
          />
        )}
      </section>
    </Card>
  );
}
