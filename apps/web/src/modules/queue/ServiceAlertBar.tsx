/**
 * Service targets of the counter for the teller console and the live monitor (Q-07 wait targets,
 * Q-09 satisfaction, CAL-03 lunch duty). The server's interval job evaluates them with no monitor
 * open and pushes each new alert on the counter's stream (`counter.alert`); this bar re-reads the
 * status on that event and every 30 s.
 */
import { Alert, Space, Tag, Tooltip } from "antd";
import type { ServiceStatus } from "@ccms/contracts";
import { useEffect } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { useQueueEvents } from "./api";

export function ServiceAlertBar({ counterId }: { counterId: string | undefined }) {
  const t = useT();
  const status = useApi(async (signal) => (counterId ? api.get<ServiceStatus>(`/counters/${counterId}/service-status`, undefined, { signal }).catch(() => null) : null), [counterId]);
  useQueueEvents(counterId, { onEvent: (e) => void (e.type === "counter.alert" && status.reload()) });
  useEffect(() => {
    const id = setInterval(() => void status.reload(), 30_000);
    return () => clearInterval(id);
  }, [status]);
  const s = status.data;
  if (!s) return null;
  const mins = (sec: number) => Math.round(sec / 60);
  const lunch = s.lunchDuty;
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="service-alert-bar">
      {s.alerts.map((a) => (
        <Alert
          key={`${a.kind}-${a.period?.join("-") ?? ""}`}
          type={a.severity === "critical" ? "error" : "warning"}
          showIcon
          data-testid={`service-alert-${a.kind}`}
          message={
            <Tooltip title={t(`queue.targets.rule.${a.kind.startsWith("satisfaction") ? "sat" : a.kind.startsWith("lunch") ? "lunch" : "wait"}`)}>
              {t(`queue.targets.alert.${a.kind}`, {
                value: a.kind.startsWith("satisfaction") ? a.value : mins(a.value),
                limit: a.kind.startsWith("satisfaction") ? a.limit : mins(a.limit),
                from: a.period?.[0] ?? "",
                to: a.period?.[1] ?? "",
              })}
            </Tooltip>
          }
        />
      ))}
      <Space size={4} wrap>
        <Tag color={s.inPeak ? "orange" : "default"}>{s.inPeak && s.period ? t("queue.targets.peak", { from: s.period[0], to: s.period[1] }) : t("queue.targets.offPeak")}</Tag>
        {s.averageWaitSeconds !== null && <Tag>{t("queue.targets.avgWait", { value: mins(s.averageWaitSeconds), limit: mins(s.waitLimitSeconds) })}</Tag>}
        {s.satisfactionPercent !== null && <Tag>{t("queue.targets.satisfaction", { value: s.satisfactionPercent, limit: s.satisfactionTargetPercent })}</Tag>}
        {lunch.required && (
          <Tag color={lunch.status === "covered" ? "green" : lunch.status === "uncovered" ? "red" : "default"} data-testid="lunch-duty">
            {t(`queue.targets.lunch.${lunch.status}`, { from: lunch.window.from, to: lunch.window.to })}
          </Tag>
        )}
      </Space>
    </Space>
  );
}
