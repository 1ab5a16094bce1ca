export * from "./staff-certificates.js";
export * from "./staff-exit.js";
export * from "./leave-rules.js";
export * from "./swap-rules.js";
export * from "./approval-chain.js";
export * from "./roster-model.js";
export * from "./attendance-rules.js";
export * from "./ab-posts.js";
