import { AuditOutlined, DesktopOutlined, SafetyCertificateOutlined, TeamOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { controlI18n } from "./i18n";

/** Users and roles, the post-permission table (K-07), the audit log (K-09) and device accounts. */
export const controlModule: ModuleDefinition = {
  key: "control",
  i18n: controlI18n,
  pages: [
    {
      path: "/system/users",
      labelKey: "users.title",
      icon: <TeamOutlined />,
      permission: "user.read",
      menuGroup: "system",
      layout: "app",
      element: lazy(() => import("./UsersPage")),
    },
    {
      path: "/system/permissions",
      labelKey: "permissions.title",
      icon: <SafetyCertificateOutlined />,
      permission: "permission.read",
      menuGroup: "system",
      layout: "app",
      element: lazy(() => import("./PermissionsPage")),
    },
    {
      path: "/system/permissions/province",
      labelKey: "provincePermissions.title",
      icon: <SafetyCertificateOutlined />,
      permission: ["permission.province.propose", "permission.province.accept"],
      menuGroup: "system",
      layout: "app",
      element: lazy(() => import("./ProvincePermissionsPage")),
    },
    {
      path: "/system/devices",
      labelKey: "devices.title",
      icon: <DesktopOutlined />,
      permission: "device.manage",
      menuGroup: "system",
      layout: "app",
      element: lazy(() => import("./DevicesPage")),
    },
    {
      path: "/control/audit",
      labelKey: "audit.title",
      icon: <AuditOutlined />,
      permission: "audit.read",
      menuGroup: "control",
      layout: "app",
      element: lazy(() => import("./AuditPage")),
    },
  ],
};
