/**
 * The notification centre in the header: a bell with the unread count, the latest notifications in a
 * panel (newest first, unread marked), mark read, and live arrivals over SSE (the list is fetched
 * again whenever the stream (re)connects, so nothing is missed while it was down).
 */
import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Empty, Flex, List, Popover, Switch, Typography } from "antd";
import dayjs from "dayjs";
import { useCallback, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, apiUrl, errorText } from "../../api/client";
import { useI18n } from "../../i18n";
import { type MarkNotificationReadResponse, type Notification, type NotificationList, NOTIFICATIONS_API, notificationLink } from "./api";
import { notificationText } from "./notification-text";

const formatInstant = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

function useNotificationStream(onCreated: (n: Notification) => void, onOpen: () => void): void {
  const ref = useRef({ onCreated, onOpen });
  ref.current = { onCreated, onOpen };
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let es: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const open = () => {
      if (stopped) return;
      es = new EventSource(apiUrl(NOTIFICATIONS_API.events), { withCredentials: true });
      es.onopen = () => {
        attempt = 0;
        ref.current.onOpen();
      };
      es.addEventListener("notification.created", ((m: MessageEvent<string>) => {
        try {
          ref.current.onCreated(JSON.parse(m.data) as Notification);
        } catch {
          // ignore a malformed message
        }
      }) as EventListener);
      es.onerror = () => {
        if (stopped || !es || es.readyState !== EventSource.CLOSED) return;
        es.close();
        es = null;
        timer = setTimeout(open, Math.min(60_000, 2000 * 2 ** attempt++));
      };
    };
    open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      es?.close();
    };
  }, []);
}

export function NotificationCenter() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const r = await api.get<NotificationList>(NOTIFICATIONS_API.list, { limit: 30, unreadOnly: unreadOnly ? "true" : undefined });
      setItems(r.items);
      setUnread(r.unread);
      setError(null);
    } catch (e) {
      setError(errorText(e, t));
    }
  }, [unreadOnly, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useNotificationStream(
    (n) => {
      setItems((xs) => (xs.some((x) => x.id === n.id) ? xs : [n, ...xs].slice(0, 50)));
      setUnread((u) => u + 1);
    },
    () => void load(),
  );

  const markRead = async (n: Notification) => {
    if (n.readAt) return;
    try {
      const r = await api.post<MarkNotificationReadResponse>(NOTIFICATIONS_API.read(n.id));
      setUnread(r.unread);
      setItems((xs) => (unreadOnly ? xs.filter((x) => x.id !== n.id) : xs.map((x) => (x.id === n.id ? { ...x, readAt: r.readAt } : x))));
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  const follow = (n: Notification) => {
    void markRead(n);
    const to = notificationLink(n);
    if (to) {
      setOpen(false);
      navigate(to);
    }
  };

  const panel = (
    <div style={{ width: 360, maxWidth: "calc(100vw - 32px)" }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t("notifications.title")}</Typography.Text>
        <Flex align="center" gap={6}>
          <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} aria-label={t("notifications.unreadOnly")} />
          <Typography.Text>{t("notifications.unreadOnly")}</Typography.Text>
        </Flex>
      </Flex>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 420, overflow: "auto" }}
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              actions={n.readAt ? [] : [<Button key="read" type="link" size="small" onClick={() => void markRead(n)}>{t("notifications.markRead")}</Button>]}
            >
              <div style={{ minWidth: 0, cursor: notificationLink(n) ? "pointer" : "default" }} onClick={() => follow(n)} role={notificationLink(n) ? "link" : undefined}>
                <Flex align="flex-start" gap={6}>
                  {!n.readAt && <Badge status="processing" aria-hidden />}
                  <Typography.Text strong={!n.readAt} style={{ wordBreak: "break-word" }}>
                    {notificationText(n, t, formatInstant)}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatInstant(n.createdAt)}
                  {n.readAt ? ` · ${t("notifications.read")}` : ""}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={panel} arrow={false}>
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={unread > 0 ? t("notifications.open", { count: unread }) : t("notifications.openNone")}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
