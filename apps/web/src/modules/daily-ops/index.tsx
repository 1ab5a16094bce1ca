/**
 * Daily operations (D-01…D-11, P-16) and internal-control registers (K-01…K-05, K-10, K-11):
 * inspections, corrective actions, morning meeting, shift handover, daily close, equipment,
 * emergencies, lost property; seals & documents, AML, archives, findings (menu group 内控管理).
 */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { dailyOpsI18n } from "./i18n";

const READ = "dailyops.read";
const CONTROL_READ = "control.read";

export const dailyOpsModule: ModuleDefinition = {
  key: "daily-ops",
  i18n: dailyOpsI18n,
  pages: [
    { path: "/daily-ops/inspections", labelKey: "dops.menu.inspections", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./InspectionsPage")) },
    { path: "/daily-ops/inspection-templates", labelKey: "dops.menu.templates", menuGroup: "dailyOps", permission: "dailyops.template", layout: "app", element: lazy(() => import("./InspectionTemplatesPage")) },
    { path: "/daily-ops/inspections/:id", labelKey: "dops.menu.inspectionRun", menuGroup: "dailyOps", permission: READ, hideInMenu: true, layout: "app", element: lazy(() => import("./InspectionRunPage")) },
    { path: "/daily-ops/corrective-actions", labelKey: "dops.menu.actions", menuGroup: "dailyOps", permission: [READ, CONTROL_READ], layout: "app", element: lazy(() => import("./CorrectiveActionsPage")) },
    { path: "/daily-ops/meetings", labelKey: "dops.menu.meetings", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./MeetingsPage")) },
    { path: "/daily-ops/handovers", labelKey: "dops.menu.handovers", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./HandoversPage")) },
    { path: "/daily-ops/team-meetings", labelKey: "relief.menu.teamMeetings", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./TeamMeetingsPage")) },
    { path: "/daily-ops/urgent-events", labelKey: "relief.menu.urgentEvents", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./UrgentEventsPage")) },
    { path: "/daily-ops/close", labelKey: "dops.menu.close", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./DailyClosePage")) },
    { path: "/daily-ops/equipment", labelKey: "dops.menu.equipment", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./EquipmentPage")) },
    { path: "/daily-ops/incidents", labelKey: "dops.menu.incidents", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./IncidentsPage")) },
    { path: "/daily-ops/lost-property", labelKey: "dops.menu.lostProperty", menuGroup: "dailyOps", permission: READ, layout: "app", element: lazy(() => import("./LostPropertyPage")) },
    { path: "/control/seals", labelKey: "dops.menu.seals", menuGroup: "internalControl", permission: CONTROL_READ, layout: "app", element: lazy(() => import("./control/SealsPage")) },
    { path: "/control/aml", labelKey: "dops.menu.aml", menuGroup: "internalControl", permission: CONTROL_READ, layout: "app", element: lazy(() => import("./control/AmlPage")) },
    { path: "/control/archives", labelKey: "dops.menu.archives", menuGroup: "internalControl", permission: CONTROL_READ, layout: "app", element: lazy(() => import("./control/ArchivesPage")) },
    { path: "/control/findings", labelKey: "dops.menu.findings", menuGroup: "internalControl", permission: "finding.read", layout: "app", element: lazy(() => import("./control/FindingsPage")) },
  ],
};
