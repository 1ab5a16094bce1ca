/**
 * ORG-01, D-02 inspection-template versions are scoped to the author's subtree: a version written at
 * HQ applies everywhere, a province's version only within that province, a city's within the city;
 * for a given unit the version from the nearest unit on its path wins (the deepest), and at that unit
 * the highest version number. A version with no unit (written before scoping) counts as HQ's.
 */
import { isInSubtree } from "../org/org-tree.js";

export interface ScopedTemplateVersion {
  code: string;
  version: number;
  /** Materialised path of the author's unit; null = everywhere (HQ). */
  unitPath: string | null;
}

/** The version applies at `unitPath` when it was written at that unit or above it. */
export function templateAppliesAt(v: ScopedTemplateVersion, unitPath: string): boolean {
  return v.unitPath === null || isInSubtree(unitPath, v.unitPath);
}

/** Visible to a caller: it applies at their unit, or it was written inside their subtree. */
export function templateVisibleTo(v: ScopedTemplateVersion, scopePath: string): boolean {
  return templateAppliesAt(v, scopePath) || (v.unitPath !== null && isInSubtree(v.unitPath, scopePath));
}

/** For each code, the version in force at `unitPath` (nearest unit wins, then the highest version). */
export function applicableTemplateVersions<T extends ScopedTemplateVersion>(versions: readonly T[], unitPath: string): Map<string, T> {
  const out = new Map<string, T>();
  const depth = (v: T) => (v.unitPath === null ? 0 : v.unitPath.length);
  for (const v of versions) {
    if (!templateAppliesAt(v, unitPath)) continue;
    const best = out.get(v.code);
    if (!best || depth(v) > depth(best) || (depth(v) === depth(best) && v.version > best.version)) out.set(v.code, v);
  }
  return out;
}
