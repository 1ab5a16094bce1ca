export * from "./unit-facts.js";
export * from "./ticket-facts.js";
export * from "./kpi-catalogue.js";
export * from "./evaluate-kpi.js";
export * from "./report-period.js";
export * from "./day-rollups.js";
export * from "./report-templates.js";
