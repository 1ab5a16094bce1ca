export * from "./search-text.js";
export * from "./knowledge-entry.js";
