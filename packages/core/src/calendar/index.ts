export * from "./working-calendar.js";
export * from "./official-holidays.js";
export * from "./add-working-days.js";
export * from "./business-hours.js";
export * from "./provisional-year.js";
export * from "./validate-holiday-notice.js";
export * from "./working-time-deadline.js";
