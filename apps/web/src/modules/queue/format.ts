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
