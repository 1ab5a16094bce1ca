/** Build the organisation tree client-side from a flat list (GET /org-units?subtree=true). Pure. */
export interface FlatUnit {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  code: string;
}

export interface OrgTreeNode<U extends FlatUnit = FlatUnit> {
  unit: U;
  children: OrgTreeNode<U>[];
}

const KIND_ORDER: Record<string, number> = { hq: 0, province: 1, city: 2, counter: 3 };

function compare(a: FlatUnit, b: FlatUnit): number {
  return (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.code.localeCompare(b.code) || a.name.localeCompare(b.name);
}

/**
 * Roots are the units whose parent is not in the list (the caller's own unit when the list is the
 * caller's subtree). Children are sorted by kind, then code. Cycles cannot make it loop.
 */
export function buildOrgTree<U extends FlatUnit>(units: readonly U[]): OrgTreeNode<U>[] {
  const nodes = new Map<string, OrgTreeNode<U>>();
  for (const u of units) nodes.set(u.id, { unit: u, children: [] });
  const roots: OrgTreeNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgTreeNode<U>[]) => {
    list.sort((a, b) => compare(a.unit, b.unit));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

function isAncestor<U extends FlatUnit>(maybeAncestor: OrgTreeNode<U>, node: OrgTreeNode<U>): boolean {
  const stack = [...maybeAncestor.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === node) return true;
    stack.push(...n.children);
  }
  return false;
}

/** Ids from the root down to `id` (for expanding the tree to a node); empty when unknown. */
export function pathTo(units: readonly FlatUnit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    out.unshift(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out;
}

/** Nodes whose name or code contains the text, plus their ancestors (for a filtered tree). */
export function filterTree<U extends FlatUnit>(roots: OrgTreeNode<U>[], text: string): OrgTreeNode<U>[] {
  const q = text.trim().toLowerCase();
  if (!q) return roots;
  const walk = (list: OrgTreeNode<U>[]): OrgTreeNode<U>[] =>
    list.flatMap((n) => {
      const kids = walk(n.children);
      const hit = n.unit.name.toLowerCase().includes(q) || n.unit.code.toLowerCase().includes(q);
      return hit || kids.length ? [{ unit: n.unit, children: hit ? n.children : kids }] : [];
    });
  return walk(roots);
}

/** The kind of child a unit may have (ORG-01: HQ → province → city → counter); null for a counter. */
export function childKindOf(kind: string): "province" | "city" | "counter" | null {
  switch (kind) {
    case "hq":
      return "province";
    case "province":
      return "city";
    case "city":
      return "counter";
    default:
      return null;
  }
}
