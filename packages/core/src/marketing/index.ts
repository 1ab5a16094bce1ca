export * from "./duty-plan.js";
export * from "./marketing-results.js";
