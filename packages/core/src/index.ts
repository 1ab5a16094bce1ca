export * from "./shared/errors.js";
export * from "./shared/time.js";
export * from "./calendar/index.js";
export * from "./org/index.js";
export * from "./control/index.js";
export * from "./queue/index.js";
export * from "./cases/index.js";
export * from "./daily-ops/index.js";
