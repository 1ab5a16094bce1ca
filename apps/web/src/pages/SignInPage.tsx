import { ClockCircleOutlined, LockOutlined, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { ApiError, errorText } from "../api/client";
import { useAuth } from "../auth";
import { useT } from "../i18n";
import { LanguageSwitch, Logo } from "../layout/AppLayout";

/** Only same-site paths are followed after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/";
}

export function AuthFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="ccms-auth">
      <div className="ccms-auth-brand">
        <div>
          <Logo />
          <h1>{t("app.name")}</h1>
          <p>{t("app.slogan")}</p>
          <div className="ccms-auth-features">
            <div className="ccms-auth-feature">
              <TeamOutlined />
              <span>{t("menu.group.queue")} · {t("menu.group.dailyOps")}</span>
            </div>
            <div className="ccms-auth-feature">
              <ClockCircleOutlined />
              <span>{t("menu.group.cases")}</span>
            </div>
            <div className="ccms-auth-feature">
              <SafetyCertificateOutlined />
              <span>{t("menu.group.control")}</span>
            </div>
          </div>
        </div>
        <Typography.Text style={{ color: "rgba(255,255,255,0.55)", fontSize: 12 }}>© {t("app.copyright")}</Typography.Text>
      </div>
      <div className="ccms-auth-main">
        <div className="ccms-auth-top">
          <LanguageSwitch />
        </div>
        {children}
      </div>
    </div>
  );
}

export function SignInPage() {
  const t = useT();
  const { status, mustChangePassword, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get("next"));

  if (status === "authenticated") return <Navigate to={mustChangePassword ? "/change-password" : next} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await login(v.username.trim(), v.password);
      navigate(res.mustChangePassword || res.passwordExpired ? "/change-password" : next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const locked = error instanceof ApiError && error.code === "account_locked";
  return (
    <AuthFrame>
      <Card className="ccms-auth-card" variant="borderless" style={{ boxShadow: "0 8px 28px rgba(15,31,61,0.08)" }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 6 }}>
          {t("auth.signInTitle")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          {t("auth.signInSubtitle")}
        </Typography.Paragraph>
        {error !== null && (
          <Alert
            type={locked ? "warning" : "error"}
            showIcon
            title={locked ? t("auth.lockedTitle") : undefined}
            description={errorText(error, t)}
            style={{ marginBottom: 18 }}
            data-testid="login-error"
          />
        )}
        <Form layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item name="username" label={t("auth.username")} rules={[{ required: true, whitespace: true, message: t("auth.usernameRequired") }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label={t("auth.password")} rules={[{ required: true, message: t("auth.passwordRequired") }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" maxLength={256} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit" style={{ marginTop: 4 }}>
            {busy ? t("auth.signingIn") : t("auth.signIn")}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 20, marginBottom: 0 }}>
          {t("auth.securityNote")}
        </Typography.Paragraph>
      </Card>
    </AuthFrame>
  );
}
