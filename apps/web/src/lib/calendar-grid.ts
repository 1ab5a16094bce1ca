/** Month grids for the calendar year view (Monday first). Pure, time-zone free (UTC arithmetic). */
export type LocalDate = string;

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function mondayIndex(date: LocalDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * The weeks of a month (month 1–12) as rows of 7 cells, Monday first; cells outside the month are
 * null. Always 4–6 rows.
 */
export function monthGrid(year: number, month: number): Array<Array<LocalDate | null>> {
  const first = `${year}-${pad2(month)}-01`;
  const lead = mondayIndex(first);
  const n = daysInMonth(year, month);
  const cells: Array<LocalDate | null> = [];
  for (let i = 0; i < lead; i++) cells.push(null);
  for (let d = 1; d <= n; d++) cells.push(`${year}-${pad2(month)}-${pad2(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<LocalDate | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Counts of each kind in a list of days (for the legend). */
export function countKinds<K extends string>(days: ReadonlyArray<{ kind: K }>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const d of days) out[d.kind] = (out[d.kind] ?? 0) + 1;
  return out;
}

/**
 * Parse lines like "2027-01-01 元旦" (or "2027-01-01,元旦" / tab) into a date → name record for
 * loading a year by hand. Returns the record and the lines that could not be read.
 */
export function parseDateLines(text: string): { entries: Record<LocalDate, string>; bad: string[] } {
  const entries: Record<LocalDate, string> = {};
  const bad: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{4}-\d{2}-\d{2})(?:[\s,，\t]+(.*))?$/.exec(line);
    if (!m || !isValidDate(m[1]!)) {
      bad.push(line);
      continue;
    }
    entries[m[1]!] = (m[2] ?? "").trim().slice(0, 50);
  }
  return { entries, bad };
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
