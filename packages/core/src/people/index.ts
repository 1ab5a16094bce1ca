export * from "./staff-certificates.js";
export * from "./staff-exit.js";
