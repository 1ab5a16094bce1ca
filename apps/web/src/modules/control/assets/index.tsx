import { KeyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../../types";
import { assetsI18n } from "./i18n";

/** K-13 keys, alarm codes, fixed assets and hall equipment (issue 17 item 2). */
export const assetsModule: ModuleDefinition = {
  key: "assets",
  i18n: assetsI18n,
  pages: [
    {
      path: "/control/assets",
      labelKey: "assets.title",
      icon: <KeyOutlined />,
      permission: ["asset.count", "asset.manage", "keys.manage"],
      menuGroup: "control",
      layout: "app",
      element: lazy(() => import("./AssetsPage")),
    },
  ],
};
