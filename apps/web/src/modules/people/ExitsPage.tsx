/** Exits: the hand-over checklist item by item; the account is closed only when it is complete. */
import type { ExitList, ExitView } from "@ccms/contracts";
import { Alert, Button, Card, Checkbox, Empty, Flex, List, Popconfirm, Segmented, Space, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";

export default function ExitsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const [state, setState] = useState<"open" | "closed">("open");
  const list = useApi((signal) => api.get<ExitList>("/people/exits", { orgUnitId, state }, { signal }), [orgUnitId, state], { enabled: !!orgUnitId });
  const [busy, setBusy] = useState<string | null>(null);
  const manage = can("people.manage");

  const act = async (key: string, fn: () => Promise<unknown>, ok?: string) => {
    setBusy(key);
    try {
      await fn();
      if (ok) void message.success(ok);
      await list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const renderExit = (x: ExitView) => {
    const complete = x.checklist.every((c) => c.done);
    return (
      <Card
        key={x.id}
        title={`${x.userName} · ${t("people.exit.lastDay")} ${x.lastDay}`}
        extra={<Tag color={x.state === "open" ? "orange" : "default"}>{t(`people.exit.stateValue.${x.state}`)}</Tag>}
        style={{ marginBottom: 12 }}
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Text type="secondary">
            {t("people.exit.noticeDate")} {x.noticeDate}
            {x.reason ? ` · ${t("people.exit.reason")}：${x.reason}` : ""}
          </Typography.Text>
          {x.warnings.includes("short_notice") && <Alert type="warning" showIcon message={t("people.exit.shortNotice")} />}
          {x.heldItems > 0 && <Alert type="error" showIcon message={t("people.exit.heldItems", { count: x.heldItems })} />}
          <List
            header={<strong>{t("people.exit.checklist")}</strong>}
            dataSource={x.checklist}
            renderItem={(c) => (
              <List.Item>
                <Flex justify="space-between" style={{ width: "100%" }} gap={12} wrap>
                  <Checkbox
                    checked={c.done}
                    disabled={c.done || x.state !== "open" || !manage || busy !== null}
                    onChange={() => void act(`${x.id}:${c.item}`, () => api.post(`/people/exits/${encodeURIComponent(x.id)}/checklist`, { item: c.item }))}
                  >
                    {t(`people.exit.item.${c.item}`)}
                  </Checkbox>
                  {c.done && c.doneAt && <Typography.Text type="secondary">{t("people.exit.doneBy", { name: c.doneByName ?? "—", time: dayjs(c.doneAt).format("YYYY-MM-DD HH:mm") })}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
          {x.state === "open" && manage && (
            <Popconfirm title={t("people.exit.closeConfirm")} onConfirm={() => void act(`${x.id}:close`, () => api.post(`/people/exits/${encodeURIComponent(x.id)}/close`), t("people.exit.closed"))}>
              <Button danger type="primary" disabled={!complete || x.heldItems > 0} loading={busy === `${x.id}:close`}>
                {t("people.exit.close")}
              </Button>
            </Popconfirm>
          )}
          {x.state === "closed" && x.closedAt && (
            <Typography.Text>
              {t("people.exit.closed")} · {x.closedByName ?? "—"} · {dayjs(x.closedAt).format("YYYY-MM-DD HH:mm")}
            </Typography.Text>
          )}
        </Space>
      </Card>
    );
  };

  return (
    <PageContainer
      title={t("people.exit.title")}
      subtitle={t("people.exit.subtitle")}
      rules="P-15 · K-02"
      extra={
        <>
          <Segmented
            value={state}
            onChange={(v) => setState(v as "open" | "closed")}
            options={[
              { value: "open", label: t("people.exit.stateValue.open") },
              { value: "closed", label: t("people.exit.stateValue.closed") },
            ]}
          />
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 260 }} aria-label={t("people.staff.unit")} />
        </>
      }
    >
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : (list.data?.items.length ?? 0) === 0 && !list.loading ? (
        <Empty description={t("people.exit.empty")} />
      ) : (
        (list.data?.items ?? []).map(renderExit)
      )}
    </PageContainer>
  );
}
