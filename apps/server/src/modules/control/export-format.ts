/**
 * Issue 10 item 4 (conventions 16): exports are Chinese business records — people and units by name,
 * times in the unit's local time as `YYYY-MM-DD HH:mm`, enum values in words. Server-side records,
 * so the dictionaries live with the server modules that export (export-labels.ts), not in the web.
 */
import { zonedParts } from "@ccms/core";
import { type Executor, auditRepository } from "@ccms/db";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** 2026-03-10T02:05:00Z → "2026-03-10 10:05" in Asia/Shanghai; empty for null. */
export function localTime(iso: string | null | undefined, tz: string = DEFAULT_TIME_ZONE): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = zonedParts(d, tz);
  return `${p.date} ${p.time}`;
}

/** A label from a dictionary, or the raw value when the dictionary does not know it. */
export function label(dict: Readonly<Record<string, string>>, v: string | null | undefined): string {
  if (v === null || v === undefined || v === "") return "";
  return dict[v] ?? v;
}

export const yesNo = (v: boolean | null | undefined): string => (v === null || v === undefined ? "" : v ? "是" : "否");

/** Names of people and units for a batch of rows, loaded once. */
export class NameBook {
  private users = new Map<string, string>();
  private units = new Map<string, { name: string; timeZone: string }>();
  constructor(private readonly ex: Executor) {}

  async load(userIds: ReadonlyArray<string | null | undefined>, unitIds: ReadonlyArray<string | null | undefined> = []): Promise<this> {
    const u = userIds.filter((x): x is string => !!x && !this.users.has(x));
    const o = unitIds.filter((x): x is string => !!x && !this.units.has(x));
    for (const [k, v] of await auditRepository.userNames(this.ex, u)) this.users.set(k, v);
    for (const [k, v] of await auditRepository.unitNames(this.ex, o)) this.units.set(k, v);
    return this;
  }

  user(id: string | null | undefined): string {
    return id ? (this.users.get(id) ?? "") : "";
  }

  unit(id: string | null | undefined): string {
    return id ? (this.units.get(id)?.name ?? "") : "";
  }

  tz(unitId: string | null | undefined): string {
    return (unitId && this.units.get(unitId)?.timeZone) || DEFAULT_TIME_ZONE;
  }

  /** A time in the given unit's zone. */
  time(iso: string | null | undefined, unitId?: string | null): string {
    return localTime(iso, this.tz(unitId));
  }
}
