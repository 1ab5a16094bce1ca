/** Knowledge base screens (I-03; issue 16 item 5), in the information menu group. */
import { lazy } from "react";
import type { ModuleDefinition } from "../../types";
import { knowledgeI18n } from "./i18n";

export const knowledgeModule: ModuleDefinition = {
  key: "information-knowledge",
  i18n: knowledgeI18n,
  pages: [
    { path: "/information/knowledge", labelKey: "menu.information.knowledge", menuGroup: "information", permission: "information.knowledge.read", layout: "app", element: lazy(() => import("./KnowledgePage")) },
  ],
};
