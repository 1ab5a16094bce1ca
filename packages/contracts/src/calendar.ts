import { z } from "zod";
import { Id, LocalDate } from "./common.js";

export const AddWorkingDaysQuery = z.strictObject({
  from: LocalDate,
  days: z.coerce.number().int().min(0).max(1000),
  orgUnitId: Id.optional(),
  clock: z.enum(["working", "calendar"]).optional(),
});
export const AddWorkingDaysResponse = z.object({ date: LocalDate });

export const WorkingDaysBetweenQuery = z.strictObject({ from: LocalDate, to: LocalDate, orgUnitId: Id.optional() });
export const WorkingDaysBetweenResponse = z.object({ days: z.number() });

export const DayKind = z.enum(["workday", "weekend", "holiday", "makeUpWorkday", "closure", "extraWorkday"]);
export const CalendarDaysQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2200),
  orgUnitId: Id.optional(),
});
export const CalendarDay = z.object({ date: LocalDate, kind: DayKind, working: z.boolean(), name: z.string().optional() });
export const CalendarDaysResponse = z.object({
  year: z.number(),
  orgUnitId: Id,
  days: z.array(CalendarDay),
  overrides: z.array(
    z.object({ id: Id, orgUnitId: Id, date: LocalDate, kind: z.string(), reason: z.string(), createdBy: z.string().nullable(), createdAt: z.string() }),
  ),
});

export const CreateOverrideRequest = z.strictObject({
  orgUnitId: Id,
  date: LocalDate,
  kind: z.enum(["closure", "extraWorkday"]),
  reason: z.string().trim().min(1).max(500),
});
export const OverrideResponse = z.object({
  id: Id,
  orgUnitId: Id,
  date: LocalDate,
  kind: z.string(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const LoadYearRequest = z.strictObject({
  year: z.number().int().min(1990).max(2200),
  holidays: z.record(LocalDate, z.string().max(50)),
  makeUpWorkdays: z.record(LocalDate, z.string().max(50)),
});
export const CalendarYearsResponse = z.object({
  items: z.array(z.object({ year: z.number(), source: z.enum(["package", "manual"]) })),
});
