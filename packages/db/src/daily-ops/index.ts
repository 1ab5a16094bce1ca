export * from "./schema.js";
export * from "../control/registers.schema.js";
export * from "./register-table.js";
export * from "./daily-close.repository.js";
export * from "./rules-enforced.schema.js";
export * from "./rules-enforced.repository.js";
