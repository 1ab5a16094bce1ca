export * from "./retention.js";
export * from "./notice-reading.js";
