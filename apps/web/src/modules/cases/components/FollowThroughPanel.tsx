/**
 * C-21 on a ruled complaint's page: its follow-through items (referrals to departments, leads on
 * violations, compensation, penalties) from GET /cases/{id}/follow-through, with a link to the
 * follow-through screen where they are recorded and replied to.
 */
import { Card, Empty, Flex, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { useT } from "../../../i18n";
import { type CaseFollowThrough, FOLLOW_API, STATUS_COLOR } from "../follow-through/api";

const yuan = (fen: number) => (fen / 100).toFixed(2);

export function FollowThroughPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const { can } = useAuth();
  const { data, loading } = useApi((signal) => api.get<CaseFollowThrough>(FOLLOW_API.ofCase(caseId), undefined, { signal }), [caseId]);
  const mayOpen = can("case.followThrough") || can("case.report");
  const empty = data && data.followThroughs.length === 0 && data.settlements.length === 0;
  return (
    <Card
      size="small"
      title={t("caseLinks.followThrough")}
      data-testid="case-follow-through"
      loading={loading && !data}
      extra={mayOpen ? <Link to="/cases/follow-through">{t("caseLinks.followThroughOpen")}</Link> : null}
    >
      {empty || !data ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("caseLinks.followThroughEmpty")} />
      ) : (
        <Flex vertical gap={6}>
          {data.followThroughs.map((f) => (
            <div key={f.id}>
              <Tag bordered={false}>{t(`followThrough.kindValue.${f.kind}`)}</Tag>
              <Tag color={STATUS_COLOR[f.status]} bordered={false}>
                {t(`followThrough.statusValue.${f.status}`)}
              </Tag>
              <Typography.Text>{f.subject}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.departmentName} · {t("followThrough.dueDate")} {f.dueDate}
                </Typography.Text>
              </div>
            </div>
          ))}
          {data.settlements.map((s) => (
            <div key={s.id}>
              <Tag color={s.kind === "penalty" ? "volcano" : "green"} bordered={false}>
                {t(`followThrough.kindValue.${s.kind}`)}
              </Tag>
              <Typography.Text>
                {s.recipientName} · {yuan(s.amountFen)} · {s.reason}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
