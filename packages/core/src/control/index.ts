export * from "./password-policy.js";
export * from "./permissions.js";
export * from "./audit-chain.js";
export * from "./serial-range.js";
export * from "./custody-rules.js";
export * from "./off-duty.js";
export * from "./aml-rules.js";
export * from "./archive-borrowing.js";
