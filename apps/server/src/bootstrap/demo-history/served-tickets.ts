/**
 * Served tickets of the past business days (issue 10 item 8): arrivals by hour (morning and afternoon
 * peaks) within each business-hours frame, a first-come first-served queue over the windows that take
 * each type, waits and service times per type, outcomes, ratings, a few no-shows and
 * cancellations. Numbers follow Q-01 (prefix and a gap-free sequence per counter, type and day).
 */
import { type LocalDate, type TimeFrame, formatTicketNumber, minutesOfDay, zonedInstant } from "@ccms/core";
import { type BusinessTypeRow, type Executor, type OrgUnit, type TicketRow, type WindowRow, businessTypeRepository, ticketRepository, windowRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { BusinessDay } from "./business-days.js";
import type { SeededRandom } from "./seeded-random.js";

export interface Teller {
  id: string;
}

export interface TicketHistoryPlan {
  counter: OrgUnit;
  days: readonly BusinessDay[];
  /** Staff who serve at the windows (rotated over the windows day by day). */
  tellers: readonly Teller[];
  /** Mean arrivals per hour outside the peaks. */
  arrivalsPerHour: number;
}

/** Median minutes of service per business type (Q-07 handling). */
const SERVICE_MINUTES: Record<string, number> = { new_business: 13, policy_service: 8, claim: 15, enquiry: 5, complaint: 16 };
const TYPE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ["policy_service", 40],
  ["new_business", 18],
  ["claim", 22],
  ["enquiry", 16],
  ["complaint", 4],
];
const RATING_COMMENTS = ["服务很耐心", "办理很快", "柜员态度好", "等候时间有点长", "材料讲解清楚"];
const MISSING = [["身份证复印件"], ["银行卡复印件"], ["病历资料", "发票原件"], ["委托书"]];

const MIN = 60_000;

interface Arrival {
  at: Date;
  type: string;
  priority: "normal" | "vip" | "green";
}

function peakFactor(minute: number): number {
  if (minute >= 9 * 60 && minute < 11 * 60) return 1.5;
  if (minute >= 14 * 60 + 30 && minute < 16 * 60 + 30) return 1.25;
  return 0.8;
}

function arrivalsOf(rng: SeededRandom, date: LocalDate, frames: readonly TimeFrame[], tz: string, perHour: number): Arrival[] {
  const out: Arrival[] = [];
  const dayFactor = 0.8 + rng.next() * 0.4;
  for (const [from, to] of frames) {
    const start = minutesOfDay(from);
    const end = minutesOfDay(to === "24:00" ? "23:59" : to) - 10; // kiosk stops issuing shortly before closing
    const opening = zonedInstant(date, from, tz).getTime();
    let m = start + rng.exponential(6);
    while (m < end) {
      const rate = perHour * dayFactor * peakFactor(m);
      const at = new Date(opening + Math.floor((m - start) * MIN));
      const priority = rng.weighted<Arrival["priority"]>([["normal", 91], ["vip", 6], ["green", 3]]);
      out.push({ at, type: rng.weighted(TYPE_WEIGHTS), priority });
      m += rng.exponential(60 / rate);
    }
  }
  return out;
}

/** One day's tickets at one counter. */
function dayTickets(rng: SeededRandom, plan: TicketHistoryPlan, day: BusinessDay, dayIndex: number, windows: readonly WindowRow[], types: ReadonlyMap<string, BusinessTypeRow>): TicketRow[] {
  const tz = plan.counter.timeZone;
  // Who sits at which window today: the VIP window first, then the others, tellers rotated; now and
  // then one teller is away (leave, training).
  const present = plan.tellers.filter(() => !rng.chance(0.08));
  const staff = present.length > 0 ? present : plan.tellers.slice(0, 1);
  const ordered = [...windows].sort((a, b) => b.vip - a.vip || a.number - b.number);
  const staffed = ordered.slice(0, staff.length).map((w, i) => ({
    window: w,
    teller: staff[(i + dayIndex) % staff.length]!,
    types: new Set<string>(JSON.parse(w.business_types) as string[]),
    freeAt: 0,
  }));
  if (staffed.length === 0) return [];
  const frameStarts = day.frames.map(([from]) => zonedInstant(day.date, from, tz).getTime());
  const seq = new Map<string, number>();
  const rows: TicketRow[] = [];
  for (const a of arrivalsOf(rng, day.date, day.frames, tz, plan.arrivalsPerHour)) {
    const type = types.get(a.type);
    if (!type) continue;
    const n = (seq.get(a.type) ?? 0) + 1;
    seq.set(a.type, n);
    const issued = a.at.getTime();
    const frameStart = Math.max(...frameStarts.filter((s) => s <= issued));
    const base: TicketRow = {
      id: ulid(issued, () => rng.next()),
      counter_id: plan.counter.id,
      business_date: day.date,
      business_type: a.type,
      seq: n,
      number: formatTicketNumber(type.prefix, n),
      priority: a.priority,
      status: "finished",
      issued_at: a.at.toISOString(),
      original_issued_at: a.at.toISOString(),
      window_id: null,
      window_number: null,
      target_window_id: null,
      called_at: null,
      recalled_at: null,
      started_at: null,
      finished_at: null,
      recall_count: 0,
      outcome: null,
      missing_documents: "[]",
      appointment_id: null,
      transferred_from_id: null,
      transferred_to_id: null,
      issued_by: null,
      served_by: null,
      rating_score: null,
      rating_comment: null,
      rated_at: null,
      updated_at: a.at.toISOString(),
    };
    if (rng.chance(0.01)) {
      const at = new Date(issued + rng.int(3, 15) * MIN).toISOString();
      rows.push({ ...base, status: "cancelled", updated_at: at });
      continue;
    }
    const eligible = staffed.filter((s) => s.types.has(a.type) && (a.priority === "vip" || s.window.vip === 0 || s.types.size > 3));
    const pool = eligible.length > 0 ? eligible : staffed;
    const desk = pool.reduce((best, s) => (Math.max(s.freeAt, frameStart) < Math.max(best.freeAt, frameStart) ? s : best));
    const called = Math.max(issued + rng.int(10, 40) * 1000, desk.freeAt, frameStart);
    const at = { window_id: desk.window.id, window_number: desk.window.number, called_at: new Date(called).toISOString() };
    if (rng.chance(0.03) || called - issued > 75 * MIN) {
      const recalled = called + 2 * MIN;
      desk.freeAt = recalled + 2 * MIN;
      rows.push({ ...base, ...at, status: "noShow", recall_count: 2, recalled_at: new Date(recalled).toISOString(), updated_at: new Date(desk.freeAt).toISOString() });
      continue;
    }
    const started = called + rng.int(20, 90) * 1000;
    const finished = started + Math.round(rng.duration(SERVICE_MINUTES[a.type] ?? 10, 2, 55) * MIN);
    desk.freeAt = finished + rng.int(15, 60) * 1000;
    const outcome = rng.weighted<string>([["done", 78], ["accepted", a.type === "new_business" || a.type === "claim" ? 14 : 2], ["documents_incomplete", 7], ["referred", 3]]);
    const rated = rng.chance(0.72);
    const score = rated ? rng.weighted<number>([[5, 74], [4, 18], [3, 5], [2, 2], [1, 1]]) : null;
    const ratedAt = rated ? new Date(finished + rng.int(5, 40) * 1000).toISOString() : null;
    rows.push({
      ...base,
      ...at,
      status: "finished",
      started_at: new Date(started).toISOString(),
      finished_at: new Date(finished).toISOString(),
      outcome,
      missing_documents: JSON.stringify(outcome === "documents_incomplete" ? rng.pick(MISSING) : []),
      served_by: desk.teller.id,
      rating_score: score,
      rating_comment: score !== null && rng.chance(0.15) ? rng.pick(RATING_COMMENTS) : null,
      rated_at: ratedAt,
      updated_at: ratedAt ?? new Date(finished).toISOString(),
    });
  }
  return rows;
}

/** Writes the tickets of every past business day; returns them. */
export async function generateServedTickets(tx: Executor, rng: SeededRandom, plan: TicketHistoryPlan): Promise<TicketRow[]> {
  const windows = (await windowRepository.list(tx, plan.counter.id)).filter((w) => w.active === 1);
  const types = new Map((await businessTypeRepository.list(tx, plan.counter.id)).filter((t) => t.active === 1).map((t) => [t.code, t]));
  const all: TicketRow[] = [];
  plan.days.forEach((day, i) => all.push(...dayTickets(rng, plan, day, i, windows, types)));
  await ticketRepository.insertMany(tx, all);
  return all;
}
