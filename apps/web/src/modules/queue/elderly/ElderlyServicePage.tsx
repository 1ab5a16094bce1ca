/**
 * Elderly-friendly service 适老服务: today's kiosk requests for staff help or a paper form (the
 * guide goes and marks it), and the month's figures with any ticket where staff operated a
 * self-service device for an elderly customer.
 */
import type { ElderlyFigures, KioskHelpRequestView } from "@ccms/contracts";
import { App, Button, Card, Col, DatePicker, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { CounterSelect, useQueueCounter } from "../shared";
import { MarkTicketCard } from "./MarkTicketCard";

export default function ElderlyServicePage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useAuth();
  // A counter of the user's scope (their own by default): an auditor or a branch user sits above the counters.
  const { counters, counterId, setCounterId } = useQueueCounter();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const help = useApi((signal) => api.get<{ items: KioskHelpRequestView[] }>("/queue/kiosk/help-requests", { counterId }, { signal }), [counterId], { enabled: !!counterId && can("elderly.record") });
  const figures = useApi((signal) => api.get<ElderlyFigures>("/queue/elderly/figures", { counterId, month: month.format("YYYY-MM") }, { signal }), [counterId, month.format("YYYY-MM")], { enabled: !!counterId });
  const serve = async (id: string) => {
    try {
      await api.post(`/queue/kiosk/help-requests/${id}/serve`);
      message.success(t("elderly.served"));
      await help.reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  const f = figures.data;
  return (
    <PageContainer title={t("elderly.title")} subtitle={t("elderly.subtitle")} rules="Q-13" extra={<CounterSelect counters={counters} value={counterId} onChange={setCounterId} />}>
      <Space direction="vertical" style={{ width: "100%" }} data-testid="elderly-page">
        {can("elderly.record") && <MarkTicketCard />}
        {can("elderly.record") && (
          <Card title={t("elderly.requests")}>
            <Table<KioskHelpRequestView>
              rowKey="id"
              loading={help.loading}
              dataSource={help.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t("elderly.noRequests") }}
              columns={[
                { title: t("elderly.requestedAt"), dataIndex: "requestedAt", render: (v: string) => dayjs(v).format("HH:mm") },
                { title: t("elderly.kind"), dataIndex: "kind", render: (v: KioskHelpRequestView["kind"]) => <Tag color={v === "paper_form" ? "blue" : "gold"}>{t(`elderly.kinds.${v}`)}</Tag> },
                {
                  title: t("elderly.status"),
                  key: "s",
                  render: (_: unknown, r) =>
                    r.servedAt ? (
                      <Typography.Text type="secondary">{t("elderly.servedBy", { name: r.servedByName ?? "", time: dayjs(r.servedAt).format("HH:mm") })}</Typography.Text>
                    ) : (
                      <Button type="primary" onClick={() => void serve(r.id)}>
                        {t("elderly.go")}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
        )}
        <Card title={t("elderly.figures")} extra={<DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} aria-label={t("elderly.month")} />}>
          {f && (
            <>
              <Row gutter={16}>
                {(["elderlyTickets", "assistedByStaff", "paperForms", "atSelfServiceDevice", "helpRequests", "helpRequestsServed", "violations"] as const).map((k) => (
                  <Col key={k} xs={12} md={6} lg={3}>
                    <Statistic title={t(`elderly.fig.${k}`)} value={f[k]} valueStyle={k === "violations" && f[k] > 0 ? { color: "#cf1322" } : undefined} />
                  </Col>
                ))}
              </Row>
              {f.violationTickets.length > 0 && (
                <Table
                  style={{ marginTop: 16 }}
                  rowKey="ticketId"
                  size="small"
                  pagination={false}
                  dataSource={f.violationTickets}
                  columns={[
                    { title: t("elderly.ticket"), dataIndex: "ticketNumber" },
                    { title: t("elderly.date"), dataIndex: "businessDate" },
                  ]}
                />
              )}
            </>
          )}
        </Card>
      </Space>
    </PageContainer>
  );
}
