export * from "./schema.js";
export * from "./staff-record.repository.js";
export * from "./staff-exit.repository.js";
export * from "./people-request.repository.js";
export * from "./approved-leave.repository.js";
export * from "./roster.repository.js";
export * from "./attendance.repository.js";
export * from "./ab-post.repository.js";
