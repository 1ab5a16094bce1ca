/** Providers and routes. Routes come from the module registry (modules/index.tsx). */
import { App as AntApp, ConfigProvider } from "antd";
import { type ReactNode, Suspense, lazy } from "react";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router-dom";
import { AuthProvider, useAuth } from "./auth";
import { PageLoading } from "./components/States";
import { I18nProvider } from "./i18n";
import { PageGate } from "./layout/PageGate";
import { MODULES } from "./modules";
import { THEME } from "./theme";

// Loaded on demand (issue 12 item 9): a hall device (kiosk, display, rating pad) never downloads the
// staff shell, its menu or the sign-in forms; module pages are lazy in the module registry.
// The organisation context (antd TreeSelect and its tree/select/virtual-list) only for signed-in staff.
const OrgUnitsProvider = lazy(() => import("./components/OrgUnits").then((m) => ({ default: m.OrgUnitsProvider })));
const AppLayout = lazy(() => import("./layout/AppLayout").then((m) => ({ default: m.AppLayout })));
const ChangePasswordPage = lazy(() => import("./pages/ChangePasswordPage").then((m) => ({ default: m.ChangePasswordPage })));
const HomePage = lazy(() => import("./pages/HomePage").then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage").then((m) => ({ default: m.NotFoundPage })));
const SignInPage = lazy(() => import("./pages/SignInPage").then((m) => ({ default: m.SignInPage })));

const DICTIONARIES = MODULES.map((m) => m.i18n);
const PAGES = MODULES.flatMap((m) => m.pages);

/** Signed-in users only; a pending password change (K-06) goes to the change-password page first. */
export function RequireUser({ allowPendingPassword = false, children }: { allowPendingPassword?: boolean; children: ReactNode }) {
  const { status, mustChangePassword } = useAuth();
  const location = useLocation();
  if (status === "loading") return <PageLoading />;
  if (status === "anonymous") {
    const next = location.pathname + location.search;
    return <Navigate to={next && next !== "/" ? `/login?next=${encodeURIComponent(next)}` : "/login"} replace />;
  }
  if (mustChangePassword && !allowPendingPassword) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<SignInPage />} />
      <Route
        path="/change-password"
        element={
          <RequireUser allowPendingPassword>
            <ChangePasswordPage />
          </RequireUser>
        }
      />
      {PAGES.filter((p) => p.layout === "fullscreen" && p.access === "public").map((p) => (
        <Route key={p.path} path={p.path} element={<PageGate page={p} fullscreen />} />
      ))}
      <Route
        element={
          <RequireUser>
            <OrgUnitsProvider>
              <Outlet />
            </OrgUnitsProvider>
          </RequireUser>
        }
      >
        {PAGES.filter((p) => p.layout === "fullscreen" && p.access !== "public").map((p) => (
          <Route key={p.path} path={p.path} element={<PageGate page={p} fullscreen />} />
        ))}
        <Route element={<AppLayout />}>
          <Route index element={<Suspense fallback={<PageLoading />}><HomePage /></Suspense>} />
          {PAGES.filter((p) => p.layout === "app").map((p) => (
            <Route key={p.path} path={p.path} element={<PageGate page={p} />} />
          ))}
          <Route path="*" element={<Suspense fallback={<PageLoading />}><NotFoundPage /></Suspense>} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <ConfigProvider theme={THEME}>
      <I18nProvider dictionaries={DICTIONARIES}>
        <AntApp>
          <AuthProvider>
            <BrowserRouter>
              <Suspense fallback={<PageLoading />}>
                <AppRoutes />
              </Suspense>
            </BrowserRouter>
          </AuthProvider>
        </AntApp>
      </I18nProvider>
    </ConfigProvider>
  );
}
