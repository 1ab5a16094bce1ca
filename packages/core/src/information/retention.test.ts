import { describe, expect, it } from "vitest";
import { noticeReadStatus } from "./notice-reading.js";
import { DEFAULT_RETENTION_MONTHS, RECORD_TYPES, isPastRetention, retentionCutoff, retentionEndsOn } from "./retention.js";

describe("I-01 retention periods", () => {
  it("I-01 every record type of seed 001 十 has a default period", () => {
    expect(RECORD_TYPES).toHaveLength(8);
    for (const t of RECORD_TYPES) expect(DEFAULT_RETENTION_MONTHS[t]).toBeGreaterThan(0);
  });
  const rows: Array<[string, string, number, string]> = [
    ["24 months from 2024-03-10 keep it to 2026-03-09", "2024-03-10", 24, "2026-03-09"],
    ["1 month from 31 January keeps it to 27 February (month end clamped)", "2026-01-31", 1, "2026-02-27"],
    ["12 months from 2024-02-29 keep it to 2025-02-27", "2024-02-29", 12, "2025-02-27"],
  ];
  it.each(rows)("I-01 %s", (_n, date, months, end) => expect(retentionEndsOn(date, months)).toBe(end));
  it("I-01 past its period the day after the last kept day, not before", () => {
    expect(isPastRetention("2024-03-10", 24, "2026-03-09")).toBe(false);
    expect(isPastRetention("2024-03-10", 24, "2026-03-10")).toBe(true);
  });
  it("the cut-off is the latest record date past its period", () => {
    const cut = retentionCutoff("2026-03-10", 24);
    expect(isPastRetention(cut, 24, "2026-03-10")).toBe(true);
    expect(isPastRetention("2024-03-11", 24, "2026-03-10")).toBe(false);
    expect(cut).toBe("2024-03-10");
  });
});

describe("I-01 notice reading", () => {
  const rows: Array<[string, string | null, string | null, string, string]> = [
    ["read is read, whatever the date", "2026-03-05", "2026-03-08", "2026-03-10", "read"],
    ["unread before the date to read by", "2026-03-12", null, "2026-03-10", "unread"],
    ["unread on the date itself", "2026-03-10", null, "2026-03-10", "unread"],
    ["overdue after it", "2026-03-09", null, "2026-03-10", "overdue"],
    ["no date: never overdue", null, null, "2026-03-10", "unread"],
  ];
  it.each(rows)("I-01 %s", (_n, by, on, today, want) => expect(noticeReadStatus(by, on, today)).toBe(want));
});
