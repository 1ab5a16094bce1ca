/**
 * M-01 elite agents 绩优业务员 take on-site duty by rota: a duty slot is one agent at one counter on one
 * date from a time to a time, inside that day's business hours (frames given, CAL-02), and an agent
 * is never on two slots at once. The monitor shows who is on duty now and next.
 */
import { DomainError } from "../shared/errors.js";
import { minutesOfDay } from "../shared/time.js";

export interface DutySlotInput {
  agentId: string;
  startsAt: string; // HH:MM local
  endsAt: string; // HH:MM local
}

export interface PlannedSlot extends DutySlotInput {
  id: string;
}

/**
 * M-01 a slot must lie within one business-hours frame of the day and not overlap another slot of
 * the same agent that day (two agents may share a time: several elite agents on duty together).
 */
export function validateDutySlot(slot: DutySlotInput, frames: ReadonlyArray<readonly [string, string]>, sameDay: readonly PlannedSlot[], exceptId?: string): void {
  const a = minutesOfDay(slot.startsAt);
  const b = minutesOfDay(slot.endsAt);
  if (!(a < b)) throw new DomainError("validation", "marketing_slot_invalid", "A duty slot ends after it starts", { startsAt: slot.startsAt, endsAt: slot.endsAt });
  if (frames.length === 0) throw new DomainError("validation", "marketing_counter_closed", "The counter does not serve on that date", {});
  const inside = frames.some(([f, t]) => a >= minutesOfDay(f) && b <= minutesOfDay(t));
  if (!inside) throw new DomainError("validation", "marketing_slot_outside_hours", "A duty slot lies within the business hours of the day", { frames });
  const clash = sameDay.find((s) => s.id !== exceptId && s.agentId === slot.agentId && minutesOfDay(s.startsAt) < b && a < minutesOfDay(s.endsAt));
  if (clash) throw new DomainError("conflict", "marketing_slot_overlap", "The agent already has a duty slot at that time", { slotId: clash.id });
}

/** M-01 the slots running at a local time ("HH:MM") and the next slot to start, for the monitor. */
export function dutyNow<T extends { startsAt: string; endsAt: string }>(slots: readonly T[], localTime: string): { current: T[]; next: T | null } {
  const m = minutesOfDay(localTime);
  const sorted = [...slots].sort((x, y) => minutesOfDay(x.startsAt) - minutesOfDay(y.startsAt));
  return {
    current: sorted.filter((s) => minutesOfDay(s.startsAt) <= m && m < minutesOfDay(s.endsAt)),
    next: sorted.find((s) => minutesOfDay(s.startsAt) > m) ?? null,
  };
}
