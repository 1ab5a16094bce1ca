/** On-site marketing module (M-01; issue 16 item 7). */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { marketingI18n } from "./i18n";

export const marketingModule: ModuleDefinition = {
  key: "marketing",
  i18n: marketingI18n,
  pages: [
    { path: "/marketing/onsite", labelKey: "menu.marketing.onsite", menuGroup: "marketing", permission: ["marketing.read", "marketing.receive"], layout: "app", element: lazy(() => import("./MarketingPage")) },
  ],
};
