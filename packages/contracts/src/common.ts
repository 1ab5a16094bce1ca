import { z } from "zod";

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Ids are ULIDs (26 chars, Crockford base32) — anything else is a clear 400 or 404. */
export const Id = z.string().min(1).max(64).regex(/^[0-9A-Za-z_-]+$/, "invalid id");
export const IdParams = z.strictObject({ id: Id });

/**
 * Every date input is bounded (issue 9 item 7): years outside 1990–2200 are a 400, never a 500 from
 * date arithmetic further down (e.g. 9999-12-31 in a list filter).
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2200;
const yearInRange = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
const YEAR_MESSAGE = `year must be between ${MIN_YEAR} and ${MAX_YEAR}`;

export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date")
  .refine((s) => yearInRange(Number(s.slice(0, 4))), YEAR_MESSAGE);
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");
export const Instant = z.iso.datetime({ offset: true }).refine((s) => {
  const d = new Date(s);
  return !Number.isNaN(d.getTime()) && yearInRange(d.getUTCFullYear());
}, YEAR_MESSAGE);
/** A calendar month YYYY-MM within the same bounds. */
export const YearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM")
  .refine((s) => yearInRange(Number(s.slice(0, 4))), YEAR_MESSAGE);

export const Ok = z.object({ ok: z.literal(true) });

/**
 * Bodies that are not JSON, documented by their media types (the route's `produces`): a file
 * download (CSV or xlsx) and a server-sent event stream.
 */
export const FileDownload = z.string().meta({ description: "The file itself (CSV or xlsx, see the media types)", format: "binary" });
export const EventStream = z.string().meta({ description: "Server-sent events: `id:`, `event:` and `data:` (JSON) lines; resume with Last-Event-ID" });
