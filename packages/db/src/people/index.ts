export * from "./schema.js";
export * from "./staff-record.repository.js";
export * from "./staff-exit.repository.js";
