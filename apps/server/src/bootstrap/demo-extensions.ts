/**
 * Modules add their demo data (windows, business types, sample cases …) here, one line each. Each
 * extension runs once, right after the demo organisation and users are created (CCMS_DEMO=1).
 */
import type { AppContext } from "../context.js";
import type { DemoOrg } from "../modules/org/demo-org.js";
import { loadQueueDemo } from "../modules/queue/queue-demo.js";
import { loadCasesDemo } from "../modules/cases/cases-demo.js";
import { loadDailyOpsDemo } from "../modules/daily-ops/daily-ops-demo.js";
import { loadPeopleDemo } from "../modules/people/people-demo.js";

export const DEMO_EXTENSIONS: Array<(ctx: AppContext, org: DemoOrg) => Promise<void>> = [loadQueueDemo, loadCasesDemo, loadDailyOpsDemo, loadPeopleDemo];
