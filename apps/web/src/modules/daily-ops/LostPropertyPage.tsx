/** Lost property register (D-10): kept safely, returned to the owner (identity checked, never the full number). */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Form, Input, Modal, Segmented, Space, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { UnmaskRecordButton } from "../control/UnmaskRecordButton";
import { ExportButton, PageFrame, fmtTime, useCounter, useRunner, IfCan } from "./shared";
import type { LostProperty, LostPropertyList } from "./types";

export default function LostPropertyPage() {
  const t = useT();
  const counter = useCounter();
  const run = useRunner();
  const [status, setStatus] = useState<"all" | "kept" | "returned">("kept");
  const query = { counterId: counter.counterId, status: status === "all" ? undefined : status };
  const list = useApi((signal) => api.get<LostPropertyList>("/daily-ops/lost-property", query, { signal }), [counter.counterId, status], { enabled: !!counter.counterId });
  const [form] = Form.useForm<{ description: string; foundAt: Dayjs; foundPlace?: string; foundBy?: string; storedAt?: string }>();
  const [retForm] = Form.useForm<{ returnedTo: string; identityNote?: string; note?: string }>();
  const [open, setOpen] = useState(false);
  const [returning, setReturning] = useState<LostProperty | null>(null);
  const opt = (s?: string) => (s?.trim() ? s.trim() : undefined);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.post("/daily-ops/lost-property", {
        counterId: counter.counterId,
        description: v.description,
        foundAt: v.foundAt.toISOString(),
        foundPlace: opt(v.foundPlace),
        foundBy: opt(v.foundBy),
        storedAt: opt(v.storedAt),
      }),
    );
    if (res) {
      setOpen(false);
      void list.reload();
    }
  };
  const doReturn = async () => {
    if (!returning) return;
    const v = await retForm.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() => api.post(`/daily-ops/lost-property/${returning.id}/return`, { returnedTo: v.returnedTo, identityNote: opt(v.identityNote), note: opt(v.note) }));
    if (res) {
      setReturning(null);
      void list.reload();
    }
  };

  return (
    <PageFrame
      title={t("dops.lp.title")}
      rule="D-10"
      counter={counter}
      testId="lost-property-page"
      extra={
        <Space wrap>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={[
              { value: "kept", label: t("dops.lp.status.kept") },
              { value: "returned", label: t("dops.lp.status.returned") },
              { value: "all", label: t("dops.ca.all") },
            ]}
          />
          <IfCan action="lostproperty.manage"><Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ foundAt: dayjs() });
              setOpen(true);
            }}
          >
            {t("dops.lp.add")}
          </Button></IfCan>
          <ExportButton path="/daily-ops/lost-property" query={query} fileName="lost-property" />
        </Space>
      }
    >
      <Card>
        <Table<LostProperty>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 860 }}
          columns={[
            { title: t("dops.lp.foundAt"), dataIndex: "foundAt", width: 150, render: fmtTime },
            { title: t("dops.lp.description"), dataIndex: "description" },
            { title: t("dops.lp.place"), dataIndex: "foundPlace", width: 120 },
            { title: t("dops.lp.foundBy"), dataIndex: "foundBy", width: 100 },
            { title: t("dops.lp.storedAt"), dataIndex: "storedAt", width: 120 },
            {
              title: t("dops.common.status"),
              width: 200,
              render: (_, r) =>
                r.status === "kept" ? (
                  <IfCan action="lostproperty.manage"><Button
                    onClick={() => {
                      retForm.resetFields();
                      setReturning(r);
                    }}
                  >
                    {t("dops.lp.return")}
                  </Button></IfCan>
                ) : (
                  <span>
                    <Tag color="green">{t("dops.lp.status.returned")}</Tag>
                    {r.returnedTo} · {fmtTime(r.returnedAt)}
                    {/* K-09 the owner is masked; one record in full with a reason (audited) */}
                    <UnmaskRecordButton
                      path={`/daily-ops/lost-property/${encodeURIComponent(r.id)}/unmask`}
                      fields={[
                        { key: "returnedTo", label: t("dops.lp.returnedTo") },
                        { key: "identityNote", label: t("dops.lp.identity") },
                        { key: "description", label: t("dops.lp.description") },
                      ]}
                    />
                  </span>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={open} title={t("dops.lp.add")} onCancel={() => setOpen(false)} onOk={() => void save()}>
        <Form form={form} layout="vertical">
          <Form.Item name="description" label={t("dops.lp.description")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="foundAt" label={t("dops.lp.foundAt")} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="foundPlace" label={t("dops.lp.place")}>
              <Input />
            </Form.Item>
            <Form.Item name="foundBy" label={t("dops.lp.foundBy")}>
              <Input />
            </Form.Item>
            <Form.Item name="storedAt" label={t("dops.lp.storedAt")}>
              <Input />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <Modal open={!!returning} title={`${t("dops.lp.return")} · ${returning?.description ?? ""}`} onCancel={() => setReturning(null)} onOk={() => void doReturn()}>
        <Form form={retForm} layout="vertical">
          <Form.Item name="returnedTo" label={t("dops.lp.returnedTo")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="identityNote" label={t("dops.lp.identity")} extra={t("dops.lp.identityHint")}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="note" label={t("dops.common.note")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </PageFrame>
  );
}
