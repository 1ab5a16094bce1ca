/**
 * Issue 14 item 3 / Q-07 / 003-1 Art.60 a unit's staffing settings (were constants): shrinkage, the
 * handling time used when the counter has nothing served to measure, the Q-07 peak factor (a peak half
 * hour has at least factor × the day's average arrivals) and whether the unit staffs as a 7×24 call
 * centre (answer 80 % in 10 s) rather than a counter (average wait 15 min, 30 at peak). Defaults equal
 * the former constants; a call centre by default when the unit is open 7×24.
 */
import { DEFAULT_AHT_SECONDS, DEFAULT_SHRINKAGE, type StaffingKind } from "./forecast.js";

export const DEFAULT_PEAK_FACTOR = 1.5;

export interface StaffingSettings {
  shrinkage: number;
  defaultAhtSeconds: number;
  peakFactor: number;
  callCentre: boolean;
}

/** What a unit has stored (null = the default of that figure). */
export interface StoredStaffingSettings {
  shrinkage: number | null;
  defaultAhtSeconds: number | null;
  peakFactor: number | null;
  callCentre: boolean | null;
}

export function staffingSettingsOf(stored: StoredStaffingSettings | null, unit: { alwaysOpen: boolean }): StaffingSettings {
  return {
    shrinkage: stored?.shrinkage ?? DEFAULT_SHRINKAGE,
    defaultAhtSeconds: stored?.defaultAhtSeconds ?? DEFAULT_AHT_SECONDS,
    peakFactor: stored?.peakFactor ?? DEFAULT_PEAK_FACTOR,
    callCentre: stored?.callCentre ?? unit.alwaysOpen,
  };
}

export const staffingKindOf = (s: Pick<StaffingSettings, "callCentre">): StaffingKind => (s.callCentre ? "callCentre" : "counter");

export type StaffingSettingsViolation = "shrinkage_out_of_range" | "aht_out_of_range" | "peak_factor_out_of_range";

/** The settings' bounds: shrinkage in [0, 0.9], handling time 10 s … 4 h, peak factor 1 … 5. */
export function checkStaffingSettings(s: StaffingSettings): StaffingSettingsViolation[] {
  const out: StaffingSettingsViolation[] = [];
  if (!(s.shrinkage >= 0 && s.shrinkage <= 0.9)) out.push("shrinkage_out_of_range");
  if (!(Number.isInteger(s.defaultAhtSeconds) && s.defaultAhtSeconds >= 10 && s.defaultAhtSeconds <= 14_400)) out.push("aht_out_of_range");
  if (!(s.peakFactor >= 1 && s.peakFactor <= 5)) out.push("peak_factor_out_of_range");
  return out;
}
