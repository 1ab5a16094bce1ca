/** CAL-04 devices follow the clock (issue 10): pure helpers of the device pages (timer delay, next opening text). */
/** Longest single timer (browsers cap setTimeout at 2^31-1 ms); a longer wait is re-armed. */
const MAX_TIMER_MS = 6 * 3600_000;
/** Safety re-check of the view (hours changed, clock drift, missed events). */
export const RECHECK_MS = 60_000;

/**
 * Delay until the device should re-read the view: the next opening/closing boundary told by the
 * server, corrected by the server–device clock offset, plus a small margin; null when none is known.
 */
export function boundaryDelay(view: { at: string; nextChangeAt?: string | null } | undefined, receivedAt: number, now: number): number | null {
  if (!view?.nextChangeAt) return null;
  const offset = new Date(view.at).getTime() - receivedAt; // server minus device
  const due = new Date(view.nextChangeAt).getTime() - offset;
  return Math.min(MAX_TIMER_MS, Math.max(250, due - now + 250));
}

/** "3月11日 08:30" (or "今天 13:30") for a closed device. */
export function nextOpeningText(iso: string | null | undefined, now: number, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  const n = new Date(now);
  const time = d.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });
  const sameDay = d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  const tomorrow = new Date(n.getFullYear(), n.getMonth(), n.getDate() + 1);
  const isTomorrow = d.getFullYear() === tomorrow.getFullYear() && d.getMonth() === tomorrow.getMonth() && d.getDate() === tomorrow.getDate();
  if (locale === "zh-CN") {
    const day = sameDay ? "今天" : isTomorrow ? "明天" : `${d.getMonth() + 1}月${d.getDate()}日 ${d.toLocaleDateString("zh-CN", { weekday: "short" })}`;
    return `${day} ${time}`;
  }
  const day = sameDay ? "today" : isTomorrow ? "tomorrow" : d.toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric" });
  return `${day} ${time}`;
}

