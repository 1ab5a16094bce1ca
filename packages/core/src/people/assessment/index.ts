export * from "./grade-bands.js";
export * from "./kpi-items.js";
export * from "./scorecard-template.js";
export * from "./responsible-complaints.js";
export * from "./monthly-deadlines.js";
export * from "./quarter.js";
export * from "./compute-card.js";
export * from "./standby-and-excellence.js";
