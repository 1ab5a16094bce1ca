import { CheckCircleFilled, CloseCircleOutlined, LockOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, errorText } from "../api/client";
import { useAuth } from "../auth";
import { useT } from "../i18n";
import { type PasswordCheck, checkPassword } from "../lib/password";
import { AuthFrame } from "./SignInPage";

function Rule({ ok, text }: { ok: boolean | null; text: string }) {
  return (
    <Flex gap={8} align="center" style={{ fontSize: 13, color: ok === false ? "#d9363e" : undefined }}>
      {ok ? <CheckCircleFilled style={{ color: "#2f9e44" }} /> : <CloseCircleOutlined style={{ color: ok === null ? "#c0c6d0" : "#d9363e" }} />}
      <span>{text}</span>
    </Flex>
  );
}

/** K-06: forced (first sign-in, reset, expired) or voluntary password change. */
export function ChangePasswordPage() {
  const t = useT();
  const { me, mustChangePassword, refresh, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<PasswordCheck | null>(null);
  const username = me?.user.username ?? "";

  const intro = me?.passwordExpired ? t("auth.changeExpired") : mustChangePassword ? t("auth.changeRequired") : t("auth.changeVoluntary");

  const onFinish = async (v: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.post("/auth/change-password", { currentPassword: v.currentPassword, newPassword: v.newPassword });
      message.success(t("auth.changed"));
      await refresh();
      navigate("/", { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame>
      <Card className="ccms-auth-card" variant="borderless" style={{ boxShadow: "0 8px 28px rgba(15,31,61,0.08)", maxWidth: 460 }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 6 }} data-testid="change-password-title">
          {t("auth.changeTitle")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {me?.user.displayName} · {username}
        </Typography.Paragraph>
        <Alert type={mustChangePassword ? "warning" : "info"} showIcon title={intro} style={{ marginBottom: 18 }} />
        {error !== null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 18 }} data-testid="change-password-error" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          onValuesChange={(_, all: { newPassword?: string }) => setCheck(all.newPassword ? checkPassword(all.newPassword, username) : null)}
        >
          <Form.Item name="currentPassword" label={t("auth.currentPassword")} rules={[{ required: true, message: t("auth.passwordRequired") }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="cp-current" />
          </Form.Item>
          <Form.Item name="newPassword" label={t("auth.newPassword")} rules={[{ required: true, message: t("auth.passwordRequired") }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="cp-new" />
          </Form.Item>
          <div style={{ background: "#f7f8fa", borderRadius: 6, padding: "10px 12px", marginTop: -8, marginBottom: 16 }}>
            <Typography.Text strong style={{ fontSize: 13 }}>
              {t("auth.policyTitle")}
            </Typography.Text>
            <Flex vertical gap={4} style={{ marginTop: 6 }}>
              <Rule ok={check ? check.length : null} text={t("auth.policyLength")} />
              <Rule ok={check ? check.classes : null} text={t("auth.policyClasses")} />
              <Rule ok={check ? check.notUsername : null} text={t("auth.policyUsername")} />
              <Rule ok={null} text={t("auth.policyHistory")} />
            </Flex>
          </div>
          <Form.Item
            name="confirm"
            label={t("auth.confirmPassword")}
            dependencies={["newPassword"]}
            rules={[
              { required: true, message: t("auth.passwordRequired") },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue("newPassword") === value ? Promise.resolve() : Promise.reject(new Error(t("auth.confirmMismatch"))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="cp-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="cp-submit">
            {t("auth.changeSubmit")}
          </Button>
        </Form>
        <Flex justify="center" style={{ marginTop: 14 }}>
          {mustChangePassword ? (
            <Button
              type="link"
              onClick={async () => {
                await logout();
                navigate("/login", { replace: true });
              }}
            >
              {t("auth.signInAsOther")}
            </Button>
          ) : (
            <Button type="link" onClick={() => navigate(-1)}>
              {t("common.back")}
            </Button>
          )}
        </Flex>
      </Card>
    </AuthFrame>
  );
}
