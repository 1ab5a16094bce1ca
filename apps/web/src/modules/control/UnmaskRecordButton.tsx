/**
 * K-09 unmasking one record's customer (AML transaction, appointment, lost property): only with
 * `customer.unmask` and a reason; the server audits who, when and why. The full data is shown in the
 * dialog for this one record and never replaces the masked list.
 */
import { EyeOutlined } from "@ant-design/icons";
import { Alert, Button, Descriptions, Form, Input, Modal, message } from "antd";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";

export interface UnmaskField {
  key: string;
  label: string;
}

export function UnmaskRecordButton(props: { path: string; fields: readonly UnmaskField[]; testId?: string }) {
  const t = useT();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [data, setData] = useState<Record<string, unknown> | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (!can("customer.unmask")) return null;
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      setData(await api.post<Record<string, unknown>>(props.path, { reason: v.reason.trim() }));
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setData(null);
    form.resetFields();
  };
  return (
    <>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid={props.testId ?? "unmask-record"}>
        {t("unmask.button")}
      </Button>
      <Modal
        open={open}
        title={t("unmask.title")}
        onCancel={close}
        onOk={data ? close : () => void submit()}
        okText={data ? t("unmask.done") : t("common.confirm")}
        cancelButtonProps={data ? { style: { display: "none" } } : undefined}
        confirmLoading={busy}
        destroyOnHidden
      >
        {data ? (
          <Descriptions column={1} size="small" bordered>
            {props.fields.map((f) => (
              <Descriptions.Item key={f.key} label={f.label}>
                {data[f.key] === null || data[f.key] === undefined || data[f.key] === "" ? "—" : String(data[f.key])}
              </Descriptions.Item>
            ))}
          </Descriptions>
        ) : (
          <>
            <Alert type="warning" showIcon message={t("unmask.hint")} style={{ marginBottom: 16 }} />
            <Form form={form} layout="vertical">
              <Form.Item name="reason" label={t("unmask.reason")} rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
                <Input.TextArea rows={2} maxLength={500} placeholder={t("unmask.reasonPlaceholder")} data-testid="unmask-record-reason" />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
