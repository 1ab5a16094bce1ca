/** CAL-02 weekly hours in a line: consecutive days with the same frames are grouped ("周一至周五 08:30–17:30"). */
export const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekDay = (typeof WEEK)[number];

export interface HoursGroup {
  from: WeekDay;
  to: WeekDay;
  /** "08:30–12:00" per frame; empty = closed. */
  frames: string[];
}

export function groupWeeklyHours(hours: Partial<Record<string, ReadonlyArray<readonly [string, string]>>>): HoursGroup[] {
  const out: HoursGroup[] = [];
  for (const wd of WEEK) {
    const frames = (hours[wd] ?? []).map((f) => `${f[0]}–${f[1]}`);
    const last = out[out.length - 1];
    if (last && last.frames.join() === frames.join()) last.to = wd;
    else out.push({ from: wd, to: wd, frames });
  }
  return out;
}
