import { z } from "zod";
import { Id, LocalDate, LocalTime } from "./common.js";

export const AddWorkingDaysQuery = z.strictObject({
  from: LocalDate,
  days: z.coerce.number().int().min(0).max(1000),
  orgUnitId: Id.optional(),
  clock: z.enum(["working", "calendar"]).optional(),
});
/** CAL-06 provisional: the span touches a year without official data (the date may move). */
export const AddWorkingDaysResponse = z.object({ date: LocalDate, provisional: z.boolean() });

export const WorkingDaysBetweenQuery = z.strictObject({ from: LocalDate, to: LocalDate, orgUnitId: Id.optional() });
export const WorkingDaysBetweenResponse = z.object({ days: z.number(), provisional: z.boolean() });

export const DayKind = z.enum(["workday", "weekend", "holiday", "makeUpWorkday", "closure"]);
export type DayKind = z.infer<typeof DayKind>;
/** closure: no service that day; open: the unit serves that day (opening hours, never a working day). */
export const OverrideKind = z.enum(["closure", "open"]);
export type OverrideKind = z.infer<typeof OverrideKind>;
const Frame = z.tuple([LocalTime, LocalTime]);

export const CalendarDaysQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2200),
  orgUnitId: Id.optional(),
});
export const CalendarDay = z.object({
  date: LocalDate,
  kind: DayKind,
  working: z.boolean(),
  name: z.string().optional(),
  provisional: z.boolean().optional(),
  service: OverrideKind.optional(),
});
export const Override = z.object({
  id: Id,
  orgUnitId: Id,
  date: LocalDate,
  kind: OverrideKind,
  reason: z.string(),
  frames: z.array(Frame).optional(),
  noticeFrom: LocalDate.nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export const OverrideResponse = Override;
export const CalendarDaysResponse = z.object({
  year: z.number(),
  orgUnitId: Id,
  /** CAL-06 the year is computed from the law: the official notice is not loaded yet. */
  provisional: z.boolean(),
  days: z.array(CalendarDay),
  overrides: z.array(Override),
});

export const CreateOverrideRequest = z.strictObject({
  orgUnitId: Id,
  date: LocalDate,
  /** "extraWorkday" is the former name of "open" (kept for old clients; it never adds a working day). */
  kind: z.enum(["closure", "open", "extraWorkday"]),
  reason: z.string().trim().min(1).max(500),
  /** open: hours of that day (default: the unit's usual frames). */
  frames: z.array(Frame).max(6).optional(),
  /** 公示: shown on the hall display and kiosk from this date (default: today). */
  noticeFrom: LocalDate.optional(),
});

export const LoadYearRequest = z.strictObject({
  year: z.number().int().min(1990).max(2200),
  holidays: z.record(LocalDate, z.string().trim().min(1).max(50)),
  makeUpWorkdays: z.record(LocalDate, z.string().trim().min(1).max(50)),
});
export type LoadYearRequest = z.infer<typeof LoadYearRequest>;
export const CalendarYearsResponse = z.object({
  items: z.array(z.object({ year: z.number(), source: z.enum(["package", "manual"]), loadedAt: z.string().nullable() })),
  /** Last year of an unbroken run of official years from the current year. */
  officialThrough: z.number(),
  /** Current and next year when computed from the law. */
  provisionalYears: z.array(z.number()),
});

export const DeadlineMove = z.object({
  caseId: Id,
  caseNumber: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  handlerId: z.string().nullable(),
  metric: z.string(),
  oldDueAt: z.string(),
  newDueAt: z.string(),
  provisionalBefore: z.boolean(),
  provisionalAfter: z.boolean(),
});
export const YearPreviewResponse = z.object({
  year: z.number(),
  holidays: z.number(),
  makeUpWorkdays: z.number(),
  /** Days whose kind changes against the data in force (provisional or earlier official). */
  changedDays: z.array(z.object({ date: LocalDate, before: DayKind, after: DayKind, name: z.string().optional() })),
  moves: z.array(DeadlineMove),
});
export const LoadYearResponse = z.object({
  year: z.number(),
  source: z.literal("manual"),
  moves: z.array(DeadlineMove),
});

/** CAL-04 hours changes are published in advance and take effect on a date. */
export const HoursChangeRequest = z.strictObject({
  orgUnitId: Id,
  effectiveFrom: LocalDate,
  businessHours: z.strictObject({
    mon: z.array(Frame).max(6).optional(),
    tue: z.array(Frame).max(6).optional(),
    wed: z.array(Frame).max(6).optional(),
    thu: z.array(Frame).max(6).optional(),
    fri: z.array(Frame).max(6).optional(),
    sat: z.array(Frame).max(6).optional(),
    sun: z.array(Frame).max(6).optional(),
  }),
  alwaysOpen: z.boolean().default(false),
  reason: z.string().trim().min(1).max(500),
});
export const HoursChange = z.object({
  id: Id,
  orgUnitId: Id,
  effectiveFrom: LocalDate,
  businessHours: z.record(z.string(), z.array(Frame)),
  alwaysOpen: z.boolean(),
  reason: z.string(),
  appliedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export const HoursChangesQuery = z.strictObject({ orgUnitId: Id });
export const HoursChangesResponse = z.object({ items: z.array(HoursChange) });

/** What a hall display or kiosk shows in advance: dated openings, closures and hours changes. */
export const ServiceNotice = z.object({
  date: LocalDate,
  kind: z.enum(["closure", "open", "hoursChange"]),
  reason: z.string(),
  frames: z.array(Frame).optional(),
});
export const ServiceNoticesResponse = z.object({ items: z.array(ServiceNotice) });

/** CAL-06 the health endpoint's calendar part (administrators are warned from a configurable date). */
export const CalendarHealth = z.object({
  officialThrough: z.number(),
  provisionalYears: z.array(z.number()),
  warning: z.boolean(),
});
export type CalendarHealth = z.infer<typeof CalendarHealth>;

export const HealthResponse = z.object({
  status: z.literal("ok"),
  db: z.enum(["sqlite", "postgres"]),
  calendar: CalendarHealth,
});

/** C-17 policy-servicing limits in working time of the unit (0.5 = half a working day). */
export const WorkingTimeDeadlineQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  days: z.coerce.number().min(0).max(60).optional(),
  limit: z.enum(["nonRefund", "refund", "specialResponse", "specialApproval", "review"]).optional(),
  orgUnitId: Id.optional(),
});
export const WorkingTimeDeadlineResponse = z.object({ dueAt: z.string(), days: z.number(), provisional: z.boolean() });
