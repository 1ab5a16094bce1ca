/** People I (issue 14): staff records and certificates, exits; leave and swap requests with approval chains. */
import { lazy } from "react";
import type { ModuleDefinition } from "../types";
import { peopleI18n } from "./i18n";

export const peopleModule: ModuleDefinition = {
  key: "people",
  i18n: peopleI18n,
  pages: [
    { path: "/people/staff", labelKey: "people.staff.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./StaffPage")) },
    { path: "/people/requests", labelKey: "people.req.title", menuGroup: "people", permission: ["people.request", "people.read"], layout: "app", element: lazy(() => import("./RequestsPage")) },
    { path: "/people/rosters", labelKey: "people.roster.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./RostersPage")) },
    { path: "/people/attendance", labelKey: "people.att.title", menuGroup: "people", permission: ["people.request", "people.read"], layout: "app", element: lazy(() => import("./AttendancePage")) },
    { path: "/people/exits", labelKey: "people.exit.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./ExitsPage")) },
    { path: "/people/untrained", labelKey: "untrained.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./untrained/UntrainedPage")) }, // P-18
    { path: "/people/ledger", labelKey: "ledger.title", menuGroup: "people", layout: "app", element: lazy(() => import("./ledger/LedgerPage")) },
    { path: "/people/my-scorecard", labelKey: "assessment.mine", menuGroup: "people", layout: "app", element: lazy(() => import("./assessment/MyScorecardPage")) },
    { path: "/people/assessment", labelKey: "assessment.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./assessment/AssessmentPage")) },
    { path: "/people/training", labelKey: "peopleTraining.title", menuGroup: "people", layout: "app", element: lazy(() => import("./TrainingPage")) },
    { path: "/people/forecast", labelKey: "peopleTraining.forecast.title", menuGroup: "people", permission: "people.read", layout: "app", element: lazy(() => import("./ForecastPage")) },
  ],
};
