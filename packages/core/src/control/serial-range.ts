/**
 * K-01/K-05 controlled documents are tracked by serial ranges (e.g. 0001–0100). Serials are digit
 * strings; the width of `from` is kept when formatting the pieces of a split range.
 */
import { DomainError } from "../shared/errors.js";

export interface SerialRange {
  from: string;
  to: string;
}

const num = (s: string): bigint => BigInt(s);
const fmt = (n: bigint, width: number): string => n.toString().padStart(width, "0");

export function assertSerialRange(r: SerialRange): void {
  if (!/^\d+$/.test(r.from) || !/^\d+$/.test(r.to)) throw new DomainError("validation", "serial_invalid", "Serials are digits", r);
  if (num(r.from) > num(r.to)) throw new DomainError("validation", "serial_range_reversed", "serialFrom is after serialTo", r);
  if (num(r.to) - num(r.from) >= 1_000_000n) throw new DomainError("validation", "serial_range_too_large", "At most 1,000,000 serials per range", r);
}

export function serialRangeQuantity(r: SerialRange): number {
  return Number(num(r.to) - num(r.from) + 1n);
}

export function serialInRange(serial: string, r: SerialRange): boolean {
  if (!/^\d+$/.test(serial)) return false;
  const n = num(serial);
  return n >= num(r.from) && n <= num(r.to);
}

export function rangeWithin(inner: SerialRange, outer: SerialRange): boolean {
  return num(inner.from) >= num(outer.from) && num(inner.to) <= num(outer.to) && num(inner.from) <= num(inner.to);
}

/** 422 serial_out_of_range unless `inner` lies inside `outer`. */
export function assertRangeWithin(inner: SerialRange, outer: SerialRange): void {
  assertSerialRange(inner);
  if (!rangeWithin(inner, outer)) {
    throw new DomainError("unprocessable", "serial_out_of_range", "Serials outside the range held", { requested: inner, held: outer });
  }
}

export function rangesOverlap(a: SerialRange, b: SerialRange): boolean {
  return num(a.from) <= num(b.to) && num(b.from) <= num(a.to);
}

/** Split `outer` around `inner`: the pieces before and after (each may be absent). */
export function splitSerialRange(outer: SerialRange, inner: SerialRange): { before: SerialRange | null; taken: SerialRange; after: SerialRange | null } {
  assertRangeWithin(inner, outer);
  const width = outer.from.length;
  const before = num(inner.from) > num(outer.from) ? { from: outer.from, to: fmt(num(inner.from) - 1n, width) } : null;
  const after = num(inner.to) < num(outer.to) ? { from: fmt(num(inner.to) + 1n, width), to: outer.to } : null;
  return { before, taken: { from: fmt(num(inner.from), width), to: fmt(num(inner.to), width) }, after };
}
