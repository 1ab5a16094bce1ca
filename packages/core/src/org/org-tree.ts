/**
 * ORG-01 Units form a tree: HQ → province → city → counter (→ windows, in the queue module).
 * A user sees their own unit and its descendants, never a sibling's data. Scope is a materialised
 * path ("/hq/p1/c1/") so that "in subtree" is a prefix test.
 */
import { DomainError } from "../shared/errors.js";

export type OrgKind = "hq" | "province" | "city" | "counter";
export const ORG_KINDS: readonly OrgKind[] = ["hq", "province", "city", "counter"];

const CHILD_KIND: Record<OrgKind, OrgKind | null> = {
  hq: "province",
  province: "city",
  city: "counter",
  counter: null,
};

export function childKindOf(kind: OrgKind): OrgKind | null {
  return CHILD_KIND[kind];
}

/** A child must sit exactly one level below its parent. */
export function assertChildKind(parentKind: OrgKind, childKind: OrgKind): void {
  if (CHILD_KIND[parentKind] !== childKind) {
    throw new DomainError("unprocessable", "invalid_org_parent", `A ${childKind} cannot be placed under a ${parentKind}`, {
      parentKind,
      kind: childKind,
      allowed: CHILD_KIND[parentKind],
    });
  }
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

export function isInSubtree(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** Ids from the root down to the unit itself, read from its path. */
export function ancestorIds(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

