/** Business notices (issue 16 item 6; I-01): received notices confirmed when read; publishing with read receipts. */
import { Button, Card, DatePicker, Drawer, Flex, Form, Input, Modal, Segmented, Select, Table, Tag, Typography, message } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { INFORMATION_API, type NoticeList, type NoticeReceipts, type NoticeView } from "./api";

const CATEGORIES = ["business", "hours", "product", "system", "other"] as const;
const STATUS_COLOR = { read: "green", unread: "blue", overdue: "red" } as const;

export default function NoticesPage() {
  const t = useT();
  const { can } = useAuth();
  const [scope, setScope] = useState<"received" | "published">("received");
  const [open, setOpen] = useState<NoticeView | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [receiptsOf, setReceiptsOf] = useState<string | null>(null);
  const [form] = Form.useForm<{ title: string; body: string; category?: string; readBy?: dayjs.Dayjs }>();
  const list = useApi((signal) => api.get<NoticeList>(INFORMATION_API.notices, { scope }, { signal }), [scope]);
  const receipts = useApi((signal) => api.get<NoticeReceipts>(INFORMATION_API.receipts(receiptsOf ?? ""), undefined, { signal }), [receiptsOf], { enabled: receiptsOf !== null });
  const time = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

  const confirmRead = async (n: NoticeView) => {
    try {
      const updated = await api.post<NoticeView>(INFORMATION_API.read(n.id), {});
      setOpen(updated);
      void list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  const publish = async (v: { title: string; body: string; category?: string; readBy?: dayjs.Dayjs }) => {
    try {
      await api.post(INFORMATION_API.notices, { title: v.title, body: v.body, ...(v.category ? { category: v.category } : {}), ...(v.readBy ? { readBy: v.readBy.format("YYYY-MM-DD") } : {}) });
      void message.success(t("information.notices.publishedOk"));
      setPublishing(false);
      form.resetFields();
      setScope("published");
      void list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    }
  };

  return (
    <PageContainer
      title={t("information.notices.title")}
      subtitle={t("information.notices.subtitle")}
      extra={
        can("information.publish") ? (
          <Button type="primary" onClick={() => setPublishing(true)}>
            {t("information.notices.publish")}
          </Button>
        ) : undefined
      }
    >
      {can("information.publish") && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={scope}
          onChange={(v) => setScope(v as "received" | "published")}
          options={[
            { value: "received", label: t("information.notices.received") },
            { value: "published", label: t("information.notices.published") },
          ]}
        />
      )}
      {list.error && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table
            size="small"
            rowKey="id"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t("information.notices.titleLabel"), dataIndex: "title", render: (v: string, n: NoticeView) => <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(n)}>{v}</Button> },
              { title: t("information.notices.categoryLabel"), dataIndex: "category", render: (c: string) => t(`information.category.${c}`) },
              { title: t("information.notices.unit"), dataIndex: "unitName" },
              { title: t("information.notices.publishedAt"), dataIndex: "publishedAt", render: time },
              { title: t("information.notices.readBy"), dataIndex: "readBy", render: (v: string | null) => v ?? "—" },
              scope === "received"
                ? { title: t("information.notices.status"), dataIndex: "readStatus", render: (s: NoticeView["readStatus"]) => <Tag color={STATUS_COLOR[s]}>{t(`information.readStatus.${s}`)}</Tag> }
                : {
                    title: t("information.notices.receipts"),
                    key: "receipts",
                    render: (_: unknown, n: NoticeView) => (
                      <Button size="small" onClick={() => setReceiptsOf(n.id)}>
                        {t("information.notices.readCount", { read: n.readCount ?? 0, total: n.audience ?? 0 })}
                      </Button>
                    ),
                  },
            ]}
          />
        </Card>
      )}
      <Modal
        open={open !== null}
        title={open?.title}
        onCancel={() => setOpen(null)}
        footer={
          open && scope === "received" && open.readStatus !== "read" ? (
            <Button type="primary" onClick={() => void confirmRead(open)}>
              {t("information.notices.confirmRead")}
            </Button>
          ) : null
        }
      >
        {open && (
          <>
            <Typography.Paragraph type="secondary">{`${open.unitName} · ${open.publishedByName} · ${time(open.publishedAt)}`}</Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{open.body}</Typography.Paragraph>
            {open.readAt && <Tag color="green">{`${t("information.readStatus.read")} ${time(open.readAt)}`}</Tag>}
          </>
        )}
      </Modal>
      <Modal open={publishing} title={t("information.notices.publish")} onCancel={() => setPublishing(false)} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" onFinish={(v) => void publish(v)}>
          <Form.Item name="title" label={t("information.notices.titleLabel")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label={t("information.notices.body")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={5} maxLength={10000} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="category" label={t("information.notices.categoryLabel")} style={{ flex: 1 }}>
              <Select allowClear options={CATEGORIES.map((c) => ({ value: c, label: t(`information.category.${c}`) }))} />
            </Form.Item>
            <Form.Item name="readBy" label={t("information.notices.readBy")} style={{ flex: 1 }}>
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs(), "day")} />
            </Form.Item>
          </Flex>
        </Form>
      </Modal>
      <Drawer open={receiptsOf !== null} width={520} title={receipts.data?.title ?? t("information.notices.receipts")} onClose={() => setReceiptsOf(null)}>
        {receipts.data && (
          <>
            <Typography.Paragraph strong>{t("information.notices.readCount", { read: receipts.data.readCount, total: receipts.data.audience })}</Typography.Paragraph>
            <Typography.Title level={5}>{t("information.notices.unread")}</Typography.Title>
            <Table
              size="small"
              rowKey="userId"
              pagination={false}
              dataSource={receipts.data.unread}
              columns={[
                { title: t("information.notices.name"), dataIndex: "name" },
                { title: t("information.records.unit"), dataIndex: "unitName" },
                { title: t("information.notices.status"), dataIndex: "overdue", render: (o: boolean) => <Tag color={o ? "red" : "blue"}>{t(o ? "information.readStatus.overdue" : "information.readStatus.unread")}</Tag> },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t("information.notices.readers")}
            </Typography.Title>
            <Table
              size="small"
              rowKey="userId"
              pagination={false}
              dataSource={receipts.data.readers}
              columns={[
                { title: t("information.notices.name"), dataIndex: "name" },
                { title: t("information.records.unit"), dataIndex: "unitName" },
                { title: t("information.notices.readAt"), dataIndex: "readAt", render: time },
              ]}
            />
          </>
        )}
      </Drawer>
    </PageContainer>
  );
}
