/**
 * Archive borrowing (K-11): requested → approved/rejected (not by the borrower) → lent → returned;
 * overdue list. Lost property (D-10) lives on its own page.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Form, Input, Modal, Radio, Segmented, Select, Space, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { useT } from "../../../i18n";
import { ExportButton, PageFrame, fmtTime, useCounter, useRunner, useStaff, userOptions, IfCan } from "../shared";
import type { ArchiveBorrowing, ArchiveBorrowingList } from "../types";

const STATUS_COLOR: Record<string, string> = { requested: "gold", approved: "blue", rejected: "default", lent: "orange", returned: "green" };

export default function ArchivesPage() {
  const t = useT();
  const { me } = useAuth();
  const counter = useCounter();
  const staff = useStaff(counter.counterId);
  const run = useRunner();
  const [view, setView] = useState<"all" | "requested" | "lent" | "overdue">("all");
  const query = {
    counterId: counter.counterId,
    status: view === "requested" || view === "lent" ? view : undefined,
    overdue: view === "overdue" ? "true" : undefined,
  };
  const list = useApi((signal) => api.get<ArchiveBorrowingList>("/control/archives/borrowings", query, { signal }), [counter.counterId, view], {
    enabled: !!counter.counterId,
  });
  const [form] = Form.useForm<{ archiveRef: string; title: string; borrowerId?: string; purpose: string; dueDate: Dayjs }>();
  const [open, setOpen] = useState(false);
  const [acting, setActing] = useState<{ b: ArchiveBorrowing; kind: "decide" | "lend" | "return" } | null>(null);
  const [approved, setApproved] = useState(true);
  const [complete, setComplete] = useState(true);
  const [note, setNote] = useState("");

  const request = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/control/archives/borrowings", {
        counterId: counter.counterId,
        archiveRef: v.archiveRef,
        title: v.title,
        purpose: v.purpose,
        dueDate: v.dueDate.format("YYYY-MM-DD"),
        ...(v.borrowerId ? { borrowerId: v.borrowerId } : {}),
      }),
    );
    if (res) {
      setOpen(false);
      void list.reload();
    }
  };
  const act = async () => {
    if (!acting) return;
    const n = note.trim() ? { note: note.trim() } : {};
    const path = `/control/archives/borrowings/${acting.b.id}/${acting.kind}`;
    const body = acting.kind === "decide" ? { approved, ...n } : acting.kind === "return" ? { complete, ...n } : n;
    const res = await run(() => api.post(path, body));
    if (res) {
      setActing(null);
      void list.reload();
    }
  };
  const start = (b: ArchiveBorrowing, kind: "decide" | "lend" | "return") => {
    setActing({ b, kind });
    setApproved(true);
    setComplete(true);
    setNote("");
  };

  return (
    <PageFrame
      title={t("dops.arc.title")}
      rule="K-11"
      counter={counter}
      testId="archives-page"
      extra={
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as typeof view)}
            options={[
              { value: "all", label: t("dops.ca.all") },
              { value: "requested", label: t("dops.arc.status.requested") },
              { value: "lent", label: t("dops.arc.status.lent") },
              { value: "overdue", label: t("dops.ca.overdue") },
            ]}
          />
          <IfCan action="archive.borrow"><Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ dueDate: dayjs().add(7, "day") });
              setOpen(true);
            }}
          >
            {t("dops.arc.request")}
          </Button></IfCan>
          <ExportButton path="/control/archives/borrowings" query={query} fileName="archive-borrowings" />
        </Space>
      }
    >
      <Card>
        <Table<ArchiveBorrowing>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 960 }}
          columns={[
            { title: t("dops.arc.ref"), dataIndex: "archiveRef", width: 130 },
            { title: t("dops.arc.titleField"), dataIndex: "title" },
            { title: t("dops.arc.borrower"), dataIndex: "borrowerName", width: 100 },
            { title: t("dops.arc.purpose"), dataIndex: "purpose", ellipsis: true },
            {
              title: t("dops.arc.due"),
              dataIndex: "dueDate",
              width: 130,
              render: (d: string, r) => (
                <Space size={4}>
                  {d}
                  {r.overdue && <Tag color="red">{t("dops.ca.overdueTag")}</Tag>}
                </Space>
              ),
            },
            { title: t("dops.common.status"), dataIndex: "status", width: 90, render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`dops.arc.status.${s}`)}</Tag> },
            { title: t("dops.arc.lentAt"), dataIndex: "lentAt", width: 140, render: fmtTime },
            {
              title: "",
              fixed: "right" as const,
              width: 110,
              render: (_, r) => {
                switch (r.status) {
                  case "requested":
                    return (
                      <IfCan action="archive.manage"><Button type="primary" disabled={r.borrowerId === me?.user.id} onClick={() => start(r, "decide")}>
                        {t("dops.arc.decide")}
                      </Button></IfCan>
                    );
                  case "approved":
                    return <IfCan action="archive.manage"><Button onClick={() => start(r, "lend")}>{t("dops.arc.lend")}</Button></IfCan>;
                  case "lent":
                    return <IfCan action="archive.manage"><Button onClick={() => start(r, "return")}>{t("dops.arc.return")}</Button></IfCan>;
                  default:
                    return null;
                }
              },
            },
          ]}
        />
      </Card>
      <Modal open={open} title={t("dops.arc.request")} onCancel={() => setOpen(false)} onOk={() => void request()}>
        <Form form={form} layout="vertical">
          <Form.Item name="archiveRef" label={t("dops.arc.ref")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={t("dops.arc.titleField")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="borrowerId" label={t("dops.arc.borrower")} extra={t("dops.arc.borrowerHint")}>
            <Select allowClear options={userOptions(staff.users)} />
          </Form.Item>
          <Form.Item name="purpose" label={t("dops.arc.purpose")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="dueDate" label={t("dops.arc.due")} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!acting} title={acting ? `${t(`dops.arc.${acting.kind}`)} · ${acting.b.title}` : ""} onCancel={() => setActing(null)} onOk={() => void act()}>
        {acting?.kind === "decide" && (
          <Radio.Group
            optionType="button"
            value={approved}
            onChange={(e) => setApproved(e.target.value as boolean)}
            options={[
              { value: true, label: t("dops.arc.approve") },
              { value: false, label: t("dops.arc.reject") },
            ]}
            style={{ marginBottom: 12 }}
          />
        )}
        {acting?.kind === "return" && (
          <Radio.Group
            optionType="button"
            value={complete}
            onChange={(e) => setComplete(e.target.value as boolean)}
            options={[
              { value: true, label: t("dops.arc.complete") },
              { value: false, label: t("dops.arc.incomplete") },
            ]}
            style={{ marginBottom: 12 }}
          />
        )}
        <Input.TextArea rows={2} placeholder={t("dops.common.note")} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </PageFrame>
  );
}
