export * from "./password-policy.js";
export * from "./permissions.js";
export * from "./audit-chain.js";
