/**
 * C-10 the upper level samples at least 30% of closed complaints for a callback. The sample is
 * reproducible from its seed (auditable): ids are ranked by a hash of seed and id and the first
 * ceil(n × percent / 100) are taken.
 */
import { DomainError } from "../shared/errors.js";

export const MIN_UPPER_SAMPLE_PERCENT = 30;

/** FNV-1a 32-bit: small, stable across engines and platforms. */
export function sampleHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function selectCallbackSample(ids: readonly string[], seed: string, percent: number = MIN_UPPER_SAMPLE_PERCENT): string[] {
  if (!Number.isFinite(percent) || percent < MIN_UPPER_SAMPLE_PERCENT || percent > 100) {
    throw new DomainError("validation", "sample_percent_too_low", `Sample percent must be ${MIN_UPPER_SAMPLE_PERCENT}..100`, {
      percent,
      min: MIN_UPPER_SAMPLE_PERCENT,
    });
  }
  const unique = [...new Set(ids)].sort();
  const take = Math.ceil((unique.length * percent) / 100);
  return unique
    .map((id) => ({ id, h: sampleHash(`${seed}:${id}`) }))
    .sort((a, b) => a.h - b.h || (a.id < b.id ? -1 : 1))
    .slice(0, take)
    .map((x) => x.id);
}
