export * from "./common.js";
export * from "./auth.js";
export * from "./org.js";
export * from "./users.js";
export * from "./calendar.js";
export * from "./audit.js";
export * from "./queue.js";
export * from "./cases.js";
