/** Reporting module (issue 16; I-04): dashboards with drill-down HQ → province → city → counter → window/teller. */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { reportingI18n } from "./i18n";

export const reportingModule: ModuleDefinition = {
  key: "reporting",
  i18n: reportingI18n,
  pages: [
    { path: "/reporting/dashboard", labelKey: "menu.reporting.dashboard", menuGroup: "reports", permission: "reporting.read", layout: "app", element: lazy(() => import("./DashboardPage")) },
    { path: "/reporting/reports", labelKey: "menu.reporting.reports", menuGroup: "reports", permission: "reporting.read", layout: "app", element: lazy(() => import("./ReportsPage")) },
  ],
};
