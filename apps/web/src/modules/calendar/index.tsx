import { CalendarOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { calendarI18n } from "./i18n";

export const calendarModule: ModuleDefinition = {
  key: "calendar",
  i18n: calendarI18n,
  pages: [
    {
      path: "/calendar",
      labelKey: "calendar.title",
      icon: <CalendarOutlined />,
      permission: "calendar.read",
      menuGroup: "org",
      layout: "app",
      element: lazy(() => import("./CalendarPage")),
    },
  ],
};
