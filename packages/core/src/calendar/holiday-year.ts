import type { LocalDate } from "../shared/time.js";

/** One year's public holidays and make-up working days (CAL-01), official or provisional (CAL-06). */
export interface HolidayYear {
  year: number;
  holidays: Record<LocalDate, string>;
  makeUpWorkdays: Record<LocalDate, string>;
  /** CAL-06 built from the law because the official notice is not loaded yet. */
  provisional?: boolean;
}
