/** P-14 assessment quarters written "2026-Q4": the local dates they span. */
import { DomainError } from "../../shared/errors.js";

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
  from: string;
  to: string;
}

const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"] as const;
const FIRST_DAY = ["01-01", "04-01", "07-01", "10-01"] as const;

export function parseQuarter(s: string): Quarter {
  const m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (!m) throw new DomainError("validation", "invalid_quarter", "Quarter must be written like 2026-Q4", { quarter: s });
  const year = Number(m[1]);
  const q = Number(m[2]) as 1 | 2 | 3 | 4;
  return { year, q, from: `${year}-${FIRST_DAY[q - 1]}`, to: `${year}-${LAST_DAY[q - 1]}` };
}

export const quartersOfYear = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** The three months (YYYY-MM) of a quarter. */
export function monthsOf(q: Quarter): string[] {
  return [0, 1, 2].map((i) => `${q.year}-${String((q.q - 1) * 3 + 1 + i).padStart(2, "0")}`);
}
