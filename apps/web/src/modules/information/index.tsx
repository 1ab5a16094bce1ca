/** Information module (issue 16; I-01): business notices with read receipts, retention periods and disposals. */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { informationI18n } from "./i18n";

export const informationModule: ModuleDefinition = {
  key: "information",
  i18n: informationI18n,
  pages: [
    { path: "/information/notices", labelKey: "menu.information.notices", menuGroup: "information", permission: "information.read", layout: "app", element: lazy(() => import("./NoticesPage")) },
    { path: "/information/records", labelKey: "menu.information.records", menuGroup: "information", permission: "information.retention", layout: "app", element: lazy(() => import("./RecordsPage")) },
    { path: "/information/customer-information", labelKey: "menu.information.flow", menuGroup: "information", permission: ["information.collect", "information.read"], layout: "app", element: lazy(() => import("./InfoFlowPage")) },
    // I-06 HQ internal service (issue 17 item 9)
    { path: "/information/hq-service", labelKey: "menu.information.hqService", menuGroup: "information", permission: ["information.hq.coordinate", "information.hq.request"], layout: "app", element: lazy(() => import("./hq-service/HqCoordinationPage")) },
    { path: "/information/hq-service/tasks", labelKey: "menu.information.hqTasks", menuGroup: "information", permission: "information.hq.work", layout: "app", element: lazy(() => import("./hq-service/HqTasksPage")) },
  ],
};
