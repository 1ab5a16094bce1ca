import { z } from "zod";

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Ids are ULIDs (26 chars, Crockford base32) — anything else is a clear 400 or 404. */
export const Id = z.string().min(1).max(64).regex(/^[0-9A-Za-z_-]+$/, "invalid id");
export const IdParams = z.strictObject({ id: Id });

export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");
export const Instant = z.iso.datetime({ offset: true });

export const Ok = z.object({ ok: z.literal(true) });
