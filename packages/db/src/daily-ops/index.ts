export * from "./schema.js";
export * from "../control/registers.schema.js";
export * from "./register-table.js";
export * from "./daily-close.repository.js";
