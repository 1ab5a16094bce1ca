export * from "./inspection-templates.js";
export * from "./score-inspection.js";
export * from "./suggest-incident-level.js";
export * from "./daily-close-rules.js";
export * from "./morning-meeting.js";
export * from "./daily-ops-states.js";
export * from "./close-business-day.js";
export * from "./template-scope.js";
