/**
 * The hall devices' app (issue 12 item 9): the kiosk, the hall display and the rating pad load this
 * instead of the staff app (main.tsx chooses by path), so a device downloads neither the staff shell,
 * the router, nor the other modules' pages and dictionaries — only the core, queue and device words.
 * Any other path renders the staff app. Device pages use no router hooks and no antd `App` context.
 */
import { Button, ConfigProvider, Spin } from "antd";
import { Component, type ErrorInfo, type ReactNode, Suspense, lazy } from "react";
import { AuthProvider } from "./auth";
import { I18nProvider, useT } from "./i18n";
import { queueModule } from "./modules/queue";
import { deviceWordsModule } from "./modules/queue/device-module";
import { THEME } from "./theme";

/** The device pages: the queue module's public full-screen pages. */
const DEVICE_PAGES = queueModule.pages.filter((p) => p.layout === "fullscreen" && p.access === "public");
const DICTIONARIES = [queueModule.i18n, deviceWordsModule.i18n];

class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("page failed", error, info.componentStack);
  }
  override render() {
    return this.state.failed ? <Crash /> : this.props.children;
  }
}

function Crash() {
  const t = useT();
  return (
    <div role="alert" style={{ padding: 48, textAlign: "center", fontSize: 22 }}>
      <h1>{t("errorsPage.crashTitle")}</h1>
      <p>{t("errorsPage.crashText")}</p>
      <Button size="large" onClick={() => window.location.reload()}>
        {t("errorsPage.reload")}
      </Button>
    </div>
  );
}

const loading = (
  <div style={{ height: "100vh", display: "grid", placeItems: "center" }}>
    <Spin size="large" />
  </div>
);

/** Not a device page after all (main.tsx's path test is wider): the staff app. */
const StaffApp = lazy(() => import("./App").then((m) => ({ default: m.App })));

export function DeviceApp() {
  const page = DEVICE_PAGES.find((p) => window.location.pathname === p.path || window.location.pathname.startsWith(`${p.path}/`));
  const Page = page?.element;
  if (!Page) {
    return (
      <Suspense fallback={loading}>
        <StaffApp />
      </Suspense>
    );
  }
  return (
    <ConfigProvider theme={THEME}>
      <I18nProvider dictionaries={DICTIONARIES}>
        <AuthProvider>
          <ErrorBoundary>
            <Suspense fallback={loading}>
              <Page />
            </Suspense>
          </ErrorBoundary>
        </AuthProvider>
      </I18nProvider>
    </ConfigProvider>
  );
}
