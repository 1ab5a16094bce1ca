/**
 * Hot-path cache of org units (ticket issue reads the counter on every request): a few seconds at
 * most, and dropped at once in this process when the unit changes (hours, 7×24 switch, name).
 * Other instances see a change within UNIT_CACHE_MS.
 */
import { type Executor, type OrgUnit, orgUnitRepository } from "@ccms/db";

export const UNIT_CACHE_MS = 3_000;
const cache = new Map<string, { at: number; unit: OrgUnit }>();

export async function cachedUnit(ex: Executor, id: string): Promise<OrgUnit | undefined> {
  const t = performance.now();
  const hit = cache.get(id);
  if (hit && t - hit.at < UNIT_CACHE_MS) return hit.unit;
  const unit = await orgUnitRepository.findById(ex, id);
  if (unit) cache.set(id, { at: t, unit });
  return unit;
}

export function forgetCachedUnit(id: string): void {
  cache.delete(id);
}
