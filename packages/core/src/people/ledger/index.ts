export * from "./ledger-rules.js";
export * from "./ledger-entry-state.js";
export * from "./automatic-entries.js";
export * from "./skill-quality.js";
