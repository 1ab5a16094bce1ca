/** Quarters written "2026-Q4" for the selectors: the current one and the seven before it. */
import dayjs from "dayjs";

export function currentQuarter(now = dayjs()): string {
  return `${now.year()}-Q${Math.floor(now.month() / 3) + 1}`;
}

export function recentQuarters(now = dayjs(), n = 8): string[] {
  const out: string[] = [];
  let y = now.year();
  let q = Math.floor(now.month() / 3) + 1;
  for (let i = 0; i < n; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return out;
}
