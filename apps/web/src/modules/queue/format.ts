/** Small formatting helpers of the queue screens. */
import dayjs from "dayjs";

/** 75 → "1:15", 3700 → "1:01:40". */
export function clock(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes, rounded up for waits (a customer waiting 10 s has waited "1 min" rather than 0). */
export function minutes(seconds: number | null | undefined): number | null {
  if (seconds == null || !Number.isFinite(seconds)) return null;
  return Math.round(seconds / 60);
}

export function secondsSince(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? null : Math.max(0, (now - t) / 1000);
}

export function hhmm(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("HH:mm") : "—";
}
export function hhmmss(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("HH:mm:ss") : "—";
}
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "—";
}

export function percent(rate: number | null | undefined): string {
  return rate == null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}

export function todayLocal(): string {
  return dayjs().format("YYYY-MM-DD");
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone — a counter's business date. */
export function dateIn(timeZone: string | undefined, at: Date | number = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone: timeZone || "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(at));
    const get = (k: string) => parts.find((p) => p.type === k)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
  } catch {
    return dayjs(at).format("YYYY-MM-DD");
  }
}

/** A short human duration: "45 秒" / "12 分钟" (zh-CN), "45 s" / "12 min" (en-US). */
export function duration(seconds: number | null | undefined, locale: string): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const s = Math.max(0, Math.round(seconds));
  const zh = locale === "zh-CN";
  if (s < 60) return zh ? `${s} 秒` : `${s} s`;
  const m = Math.floor(s / 60);
  return zh ? `${m} 分钟` : `${m} min`;
}
