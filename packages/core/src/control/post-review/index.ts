export * from "./post-review-rules.js";
