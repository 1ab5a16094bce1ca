/**
 * MODULE REGISTRY — every screen of the web app is registered here; the menu, the routes and the
 * i18n dictionaries are built from this list (the menu is filtered by the user's permissions).
 *
 * To add a module (e.g. queue):
 *   1. Create `modules/queue/i18n.ts`:  export const queueI18n = { "zh-CN": { queue: {…}, errors: {…} }, "en-US": {…} };
 *   2. Create `modules/queue/index.tsx`:
 *        import { lazy } from "react";
 *        import type { ModuleDefinition } from "../types";
 *        import { queueI18n } from "./i18n";
 *        export const queueModule: ModuleDefinition = {
 *          key: "queue",
 *          i18n: queueI18n,
 *          pages: [
 *            { path: "/queue/console", labelKey: "queue.console.title", menuGroup: "queue", permission: "queue.call",
 *              layout: "app", element: lazy(() => import("./ConsolePage")) },
 *            { path: "/queue/kiosk", labelKey: "queue.kiosk.title", layout: "fullscreen", access: "public",
 *              hideInMenu: true, element: lazy(() => import("./KioskPage")) },
 *          ],
 *        };
 *   3. Register it here with one line in each marked block: `import { queueModule } from "./queue";`
 *      and `queueModule,` in MODULES. Menu groups are ordered by layout/menu.tsx (business first).
 *   4. Translate the module's permission actions (`actions: { "queue.call": "叫号" }`) and error codes
 *      (`errors: { ticket_not_waiting: "…" }`) in its dictionary: the post-permission table and
 *      errorText() pick them up.
 *   5. Journeys: `e2e/tests/<module>.spec.ts` on @playwright/test (see e2e/README.md and foundation.spec.ts).
 * Pages import `api`, `errorText` from "../../api/client", `useT` from "../../i18n", shared widgets
 * from "../../components", the signed-in user from "../../auth" (useAuth).
 */
import type { ModuleDefinition } from "./types";
import { orgModule } from "./org";
import { controlModule } from "./control";
import { calendarModule } from "./calendar";
// ── other modules: one import line each ──
import { queueModule } from "./queue";
import { casesModule } from "./cases";
import { dailyOpsModule } from "./daily-ops";
import { reportingModule } from "./reporting";
import { informationModule } from "./information";
import { knowledgeModule } from "./information/knowledge";
import { marketingModule } from "./marketing";
import { deviceWordsModule } from "./queue/device-module";
import { peopleModule } from "./people";
import { notificationsModule } from "./notifications";
import { postReviewModule } from "./control/post-review";
import { assetsModule } from "./control/assets";
import { elderlyModule } from "./queue/elderly";

export type { ModuleDefinition, ModulePage } from "./types";

export const MODULES: ModuleDefinition[] = [
  orgModule,
  calendarModule,
  controlModule,
  // ── other modules: one entry each ──
  queueModule,
  casesModule,
  dailyOpsModule,
  reportingModule,
  informationModule,
  knowledgeModule, // I-03 knowledge base (issue 16)
  marketingModule, // M-01 on-site marketing (issue 16)
  deviceWordsModule,
  peopleModule,
  notificationsModule, // header notification centre (issue 12 item 5)
  postReviewModule, // K-12 post-review queue (issue 17 item 1)
  assetsModule, // K-13 keys and fixed assets (issue 17 item 2)
  elderlyModule, // Q-13 elderly-friendly service (issue 17 item 6)
];
