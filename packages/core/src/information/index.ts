export * from "./retention.js";
export * from "./notice-reading.js";
export * from "./information-flow.js";
export * from "./hq-service/hq-service.js";
export * from "./knowledge/index.js";
