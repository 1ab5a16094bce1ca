/** Q-01 business types per counter: code, names, ticket prefix, served days; ticket numbers. */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, type Weekday, WEEKDAYS, weekdayOf } from "../shared/time.js";

export interface BusinessTypeDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  prefix: string;
  servedDays: Weekday[];
  sortOrder: number;
}

/** Q-01 defaults, seeded for every counter on first use. */
export const DEFAULT_BUSINESS_TYPES: readonly BusinessTypeDefinition[] = [
  { code: "new_business", nameZh: "新契约/投保", nameEn: "New business", prefix: "A", servedDays: [...WEEKDAYS], sortOrder: 10 },
  { code: "policy_service", nameZh: "保全", nameEn: "Policy service", prefix: "B", servedDays: [...WEEKDAYS], sortOrder: 20 },
  { code: "claim", nameZh: "理赔", nameEn: "Claims", prefix: "C", servedDays: [...WEEKDAYS], sortOrder: 30 },
  { code: "enquiry", nameZh: "咨询", nameEn: "Enquiry", prefix: "D", servedDays: [...WEEKDAYS], sortOrder: 40 },
  { code: "complaint", nameZh: "投诉", nameEn: "Complaint", prefix: "E", servedDays: [...WEEKDAYS], sortOrder: 50 },
];

/** Display number: prefix + at least 3 digits (A001 … A999, A1000). */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, "0")}`;
}

/** Refuse a ticket for a type that is inactive or not served on the business date. */
export function assertTypeServedOn(type: { code: string; active: boolean; servedDays: readonly Weekday[] }, date: LocalDate): void {
  if (!type.active) {
    throw new DomainError("unprocessable", "business_type_inactive", `Business type ${type.code} is not offered`, { businessType: type.code });
  }
  const wd = weekdayOf(date);
  if (!type.servedDays.includes(wd)) {
    throw new DomainError("unprocessable", "business_type_not_served_today", `Business type ${type.code} is not served on ${wd}`, {
      businessType: type.code,
      weekday: wd,
      servedDays: type.servedDays,
    });
  }
}
