/** Cases module (issue 4, C-01…C-17): desk, case page, intake, callbacks, rulings, rectification, report, policies. */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { casesI18n } from "./i18n";

export const casesModule: ModuleDefinition = {
  key: "cases",
  i18n: casesI18n,
  pages: [
    { path: "/cases", labelKey: "menu.cases.desk", menuGroup: "cases", permission: "case.read", layout: "app", element: lazy(() => import("./CaseDeskPage")) },
    { path: "/cases/new", labelKey: "menu.cases.intake", menuGroup: "cases", permission: "case.create", layout: "app", element: lazy(() => import("./CaseIntakePage")) },
    { path: "/cases/callbacks", labelKey: "menu.cases.callbacks", menuGroup: "cases", permission: "case.callback", layout: "app", element: lazy(() => import("./CallbacksPage")) },
    { path: "/cases/rulings", labelKey: "menu.cases.rulings", menuGroup: "cases", permission: ["case.rule", "case.read"], layout: "app", element: lazy(() => import("./RulingsPage")) },
    { path: "/cases/rectification", labelKey: "menu.cases.rectification", menuGroup: "cases", permission: ["case.rule", "case.report"], layout: "app", element: lazy(() => import("./RectificationPage")) },
    { path: "/cases/report", labelKey: "menu.cases.report", menuGroup: "cases", permission: "case.report", layout: "app", element: lazy(() => import("./CaseReportPage")) },
    { path: "/cases/policies", labelKey: "menu.cases.policies", menuGroup: "cases", permission: "case.policy", layout: "app", element: lazy(() => import("./PolicyPage")) },
    { path: "/cases/follow-through", labelKey: "menu.cases.followThrough", menuGroup: "cases", permission: ["case.followThrough", "case.report"], layout: "app", element: lazy(() => import("./follow-through/FollowThroughPage")) }, // C-21
    { path: "/cases/causes", labelKey: "menu.cases.causes", menuGroup: "cases", permission: "case.cause.manage", layout: "app", element: lazy(() => import("./CaseCausesPage")) },
    { path: "/cases/:id", labelKey: "menu.cases.desk", permission: "case.read", hideInMenu: true, layout: "app", element: lazy(() => import("./CaseDetailPage")) },
  ],
};
