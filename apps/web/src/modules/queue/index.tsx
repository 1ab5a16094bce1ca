/** Queue and counter service (issue 3): hall devices, teller console, guide desk, monitor, appointments, setup. */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { queueI18n } from "./i18n";

export const queueModule: ModuleDefinition = {
  key: "queue",
  i18n: queueI18n,
  pages: [
    { path: "/queue/console", labelKey: "queue.console.title", menuGroup: "queue", permission: "queue.call", layout: "app", element: lazy(() => import("./ConsolePage")) },
    { path: "/queue/guide", labelKey: "queue.guide.title", menuGroup: "queue", permission: "queue.issue", layout: "app", element: lazy(() => import("./GuideDeskPage")) },
    { path: "/queue/monitor", labelKey: "queue.monitor.title", menuGroup: "queue", permission: "queue.monitor", layout: "app", element: lazy(() => import("./MonitorPage")) },
    {
      path: "/queue/appointments",
      labelKey: "queue.appointments.title",
      menuGroup: "queue",
      permission: ["appointment.book", "appointment.approve", "queue.issue"],
      layout: "app",
      element: lazy(() => import("./AppointmentsPage")),
    },
    { path: "/queue/setup", labelKey: "queue.setup.title", menuGroup: "queue", permission: "queue.manage", layout: "app", element: lazy(() => import("./SetupPage")) },
    { path: "/queue/kiosk", labelKey: "queue.kiosk.title", layout: "fullscreen", access: "public", hideInMenu: true, element: lazy(() => import("./KioskPage")) },
    { path: "/queue/display", labelKey: "queue.display.title", layout: "fullscreen", access: "public", hideInMenu: true, element: lazy(() => import("./DisplayPage")) },
    { path: "/queue/rating", labelKey: "queue.rating.title", layout: "fullscreen", access: "public", hideInMenu: true, element: lazy(() => import("./RatingPadPage")) },
  ],
};
