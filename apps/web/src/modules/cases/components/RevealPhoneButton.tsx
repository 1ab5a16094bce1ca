/**
 * C-11 (issue 10 item 5): the case's handler or first responder must call the customer, so they may
 * see the phone for that case without the full unmask right. The reason is asked once per case; every
 * reveal is audited on the server.
 */
import { PhoneOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, Modal, message } from "antd";
import { useEffect, useState } from "react";
import { api, errorText } from "../../../api/client";
import { useT } from "../../../i18n";

interface RevealState {
  allowed: boolean;
  reasonRequired: boolean;
}

export function RevealPhoneButton(props: { caseId: string; onRevealed(phone: string | null): void }) {
  const t = useT();
  const [state, setState] = useState<RevealState | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const url = `/cases/${encodeURIComponent(props.caseId)}/reveal-phone`;

  useEffect(() => {
    let alive = true;
    api
      .get<RevealState>(url)
      .then((s) => alive && setState(s))
      .catch(() => alive && setState(null));
    return () => {
      alive = false;
    };
  }, [url]);

  if (!state?.allowed) return null;

  const reveal = async (reason?: string) => {
    setBusy(true);
    try {
      const res = await api.post<{ caseId: string; phone: string | null }>(url, reason ? { reason } : {});
      props.onRevealed(res.phone);
      setState({ allowed: true, reasonRequired: false });
      setOpen(false);
      form.resetFields();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" icon={<PhoneOutlined />} loading={busy && !open} onClick={() => (state.reasonRequired ? setOpen(true) : void reveal())} data-testid="reveal-phone">
        {t("cases.detail.revealPhone")}
      </Button>
      <Modal
        open={open}
        title={t("cases.detail.revealPhoneTitle")}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => reveal(v.reason.trim()))}
        confirmLoading={busy}
        okText={t("common.confirm")}
        destroyOnHidden
      >
        <Alert type="info" showIcon message={t("cases.detail.revealPhoneHint")} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t("cases.detail.unmaskReason")} rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
            <Input.TextArea rows={2} maxLength={500} placeholder={t("cases.detail.revealPhonePlaceholder")} data-testid="reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
