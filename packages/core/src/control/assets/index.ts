export * from "./asset-rules.js";
