import { ApartmentOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { orgI18n } from "./i18n";

export const orgModule: ModuleDefinition = {
  key: "org",
  i18n: orgI18n,
  pages: [
    {
      path: "/org",
      labelKey: "org.title",
      icon: <ApartmentOutlined />,
      permission: "org.read",
      menuGroup: "org",
      layout: "app",
      element: lazy(() => import("./OrgPage")),
    },
  ],
};
