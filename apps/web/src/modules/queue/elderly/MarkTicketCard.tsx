/**
 * Q-13 / K-12 the teller marks the ticket just served at their window: elderly customer, assisted by
 * staff, paper form, done by one person alone (enters the post-review queue). (Where a self-service
 * device was used and who operated it is recorded through the same API by the guide.)
 */
import type { LatestFinishedResponse, MyWindowsResponse, TicketServiceRecord } from "@ccms/contracts";
import { App, Button, Card, Checkbox, Space, Typography } from "antd";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useT } from "../../../i18n";

export function MarkTicketCard() {
  const t = useT();
  const { message } = App.useApp();
  const mine = useApi((signal) => api.get<MyWindowsResponse>("/windows/mine", undefined, { signal }), []);
  const windowId = mine.data?.current?.id;
  const latest = useApi((signal) => api.get<LatestFinishedResponse>(`/windows/${windowId}/latest-finished`, undefined, { signal }), [windowId], { enabled: !!windowId });
  const [marks, setMarks] = useState({ elderly: false, assistedByStaff: false, paperForm: false, singlePerson: false });
  const [saved, setSaved] = useState<TicketServiceRecord | null>(null);
  const ticket = latest.data?.ticket;
  if (!windowId) return null;
  const save = async () => {
    if (!ticket) return;
    try {
      const r = await api.put<TicketServiceRecord>(`/queue/tickets/${ticket.id}/service-record`, marks);
      setSaved(r);
      message.success(t(r.violation ? "elderly.mark.violation" : "elderly.mark.saved"));
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  return (
    <Card title={t("elderly.mark.title")} data-testid="elderly-mark">
      {!ticket ? (
        <Typography.Text type="secondary">{t("elderly.mark.none")}</Typography.Text>
      ) : (
        <Space direction="vertical">
          <Typography.Text strong>{t("elderly.mark.ticket", { number: ticket.number })}</Typography.Text>
          <Space wrap>
            {(["elderly", "assistedByStaff", "paperForm", "singlePerson"] as const).map((k) => (
              <Checkbox key={k} checked={marks[k]} onChange={(e) => setMarks((m) => ({ ...m, [k]: e.target.checked }))}>
                {t(`elderly.mark.${k}`)}
              </Checkbox>
            ))}
          </Space>
          <Button type="primary" onClick={() => void save()}>
            {t("elderly.mark.save")}
          </Button>
          {saved && <Typography.Text type="secondary">{t("elderly.mark.savedLine", { number: saved.ticketNumber })}</Typography.Text>}
        </Space>
      )}
    </Card>
  );
}
