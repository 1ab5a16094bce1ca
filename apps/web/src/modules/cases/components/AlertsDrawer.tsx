/** Warnings and breaches raised by the deadline sweeper (design: "warnings before breach"). */
import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Drawer, Empty, List, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useT } from "../../../i18n";
import { type AlertList, CASES_ALERTS } from "../api";
import { formatTime } from "./deadlines";

export function AlertsButton({ orgUnitId, unitName }: { orgUnitId?: string; unitName(id: string): string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { data, loading } = useApi((signal) => api.get<AlertList>(CASES_ALERTS, { orgUnitId, limit: 100 }, { signal }), [orgUnitId]);
  const items = data?.items ?? [];
  const since = Date.now() - 24 * 3600_000;
  const recent = items.filter((a) => Date.parse(a.raisedAt) >= since).length;
  return (
    <>
      <Badge count={recent} size="small" offset={[-4, 4]}>
        <Button icon={<BellOutlined />} onClick={() => setOpen(true)} loading={loading} data-testid="case-alerts">
          {t("cases.alerts.title")}
        </Button>
      </Badge>
      <Drawer open={open} onClose={() => setOpen(false)} title={t("cases.alerts.title")} width={440}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cases.alerts.empty")} />
        ) : (
          <List
            size="small"
            dataSource={items}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      <Tag color={a.kind === "breach" ? "red" : "orange"}>{t(`cases.dstatus.${a.kind === "breach" ? "breached" : "warning"}`)}</Tag>
                      <Link to={`/cases/${a.caseId}`} onClick={() => setOpen(false)}>
                        {t(`cases.metric.${a.metric}`)} · {unitName(a.orgUnitId)}
                      </Link>
                    </span>
                  }
                  description={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("cases.countdown.due", { time: formatTime(a.dueAt) })}
                      {a.threshold != null ? ` · ${a.threshold}%` : ""} · {formatTime(a.raisedAt)}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
