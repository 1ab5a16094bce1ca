import { Button, Result } from "antd";
import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { useNavigate } from "react-router-dom";
import { useAuth } from "../auth";
import { PageLoading } from "../components/States";
import { useT } from "../i18n";
import { type ModulePage, hasPagePermission } from "../modules/types";

class ErrorBoundary extends Component<{ fallback: (reset: () => void) => ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("page failed", error, info.componentStack);
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

function Crash() {
  const t = useT();
  return (
    <Result
      status="error"
      title={t("errorsPage.crashTitle")}
      subTitle={t("errorsPage.crashText")}
      extra={<Button onClick={() => window.location.reload()}>{t("errorsPage.reload")}</Button>}
    />
  );
}

export function Forbidden() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t("errorsPage.forbiddenTitle")}
      subTitle={t("errorsPage.forbiddenText")}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t("common.backHome")}
        </Button>
      }
    />
  );
}

/** Checks the page's permission, lazy-loads it and contains its crashes. */
export function PageGate({ page, fullscreen = false }: { page: ModulePage; fullscreen?: boolean }) {
  const { permissions, status } = useAuth();
  const Page = page.element;
  if (page.access !== "public" && status === "authenticated" && !hasPagePermission(page, permissions)) return <Forbidden />;
  return (
    <ErrorBoundary fallback={() => <Crash />}>
      <Suspense fallback={fullscreen ? <div style={{ height: "100vh" }}><PageLoading /></div> : <PageLoading />}>
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}
