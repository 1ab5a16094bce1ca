/** Every business module's routes. A module adds one line here. */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import { calendarRoutes } from "./calendar/calendar.routes.js";
import { casesRoutes } from "./cases/cases.routes.js";
import { controlRoutes } from "./control/control.routes.js";
import { dataProtectionRoutes } from "./control/data-protection.routes.js";
import { deviceRoutes } from "./control/devices.routes.js";
import { controlRegisterRoutes } from "./control/registers/registers.routes.js";
import { dailyOpsRoutes } from "./daily-ops/daily-ops.routes.js";
import { orgRoutes } from "./org/org.routes.js";
import { queueRoutes } from "./queue/queue.routes.js";
import { serviceTargetRoutes } from "./queue/service-targets.routes.js";
import { installOffDutyWatch } from "./control/registers/findings/install-off-duty-watch.js";
import { homeRoutes } from "./home/home.routes.js";
import { peopleRoutes } from "./people/people.routes.js";
import { peopleLedgerRoutes } from "./people/ledger/ledger.routes.js";
import { assessmentRoutes } from "./people/assessment/assessment.routes.js";
import { reportingRoutes } from "./reporting/reporting.routes.js";
import { informationRoutes } from "./information/information.routes.js";
import { knowledgeRoutes } from "./information/knowledge/knowledge.routes.js";
import { marketingRoutes } from "./marketing/marketing.routes.js";
import { followThroughRoutes } from "./cases/follow-through/follow-through.routes.js";
import { untrainedRoutes } from "./people/untrained/untrained.routes.js";
import { hqServiceRoutes } from "./information/hq-service/hq-service.routes.js";
import { postPermissionRoutes } from "./control/post-permissions/post-permissions.routes.js";
import { caseCauseRoutes } from "./cases/case-causes.routes.js";
import { notificationRoutes } from "../realtime/notifications/notifications.routes.js";
import { postReviewRoutes } from "./control/post-review/post-review.routes.js";
import { assetRoutes } from "./control/assets/assets.routes.js";
import { elderlyRoutes } from "./queue/elderly/elderly.routes.js";

export const MODULE_ROUTES: Array<(app: FastifyInstance, ctx: AppContext) => void | Promise<void>> = [
  controlRoutes,
  dataProtectionRoutes, // K-09, C-11 audit log, unmasking, reveal-phone
  orgRoutes,
  calendarRoutes,
  queueRoutes,
  casesRoutes,
  dailyOpsRoutes,
  controlRegisterRoutes,
  deviceRoutes,
  installOffDutyWatch, // D-06 on-duty check on every operator write
  homeRoutes, // staff directory and home to-dos (issue 10 items 2, 7)
  serviceTargetRoutes, // Q-07 / Q-09 / CAL-03 targets, status and their interval job
  reportingRoutes, // I-04 KPI catalogue, dashboards, periodic reports (issue 16)
  peopleRoutes, // issue 14 staff records, exits, requests
  peopleLedgerRoutes, // issue 15 part B reward/penalty ledger, skill and quality assessments (P-12, P-13, Q-12)
  assessmentRoutes, // issue 15 part A scorecard templates, quarterly assessment, annual excellence (P-14, P-12)
  notificationRoutes, // issue 12 item 5 notification centre (list, mark read, SSE)
  informationRoutes, // I-01 notices with read receipts, retention and disposals (issue 16)
  knowledgeRoutes, // I-03 knowledge base: typical cases, search, versions, training material (issue 16)
  marketingRoutes, // M-01 on-site marketing: duty plan, duty log, register, results to the sales department (issue 16)
  followThroughRoutes, // C-21 complaint follow-through (issue 17 item 7)
  untrainedRoutes, // P-18 untrained staff liability and award eligibility (issue 17 item 8)
  hqServiceRoutes, // I-06 HQ internal service: coordination point, departmental tasks, quality checks (issue 17 item 9)
  postPermissionRoutes, // K-07 post-permission table per province with acceptance (issue 11 item 4)
  caseCauseRoutes, // case causes as a managed list (issue 10 item 4), C-12 committee size per unit
  postReviewRoutes, // K-12 post-review queue (issue 17 item 1)
  assetRoutes, // K-13 keys, alarm codes, fixed assets, hall equipment (issue 17 item 2)
  elderlyRoutes, // Q-13 elderly-friendly service (issue 17 item 6)
];
