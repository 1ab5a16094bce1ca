import { HeartOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../../types";
import { elderlyI18n } from "./i18n";

/** Q-13 elderly-friendly service at the guide desk (issue 17 item 6). */
export const elderlyModule: ModuleDefinition = {
  key: "elderly",
  i18n: elderlyI18n,
  pages: [
    {
      path: "/queue/elderly",
      labelKey: "elderly.title",
      icon: <HeartOutlined />,
      permission: ["elderly.record", "queue.monitor"],
      menuGroup: "queue",
      layout: "app",
      element: lazy(() => import("./ElderlyServicePage")),
    },
  ],
};
