/**
 * K-07 A post-permission table (岗位权限设置表) maps roles to actions. It is data, editable by admins;
 * these are the defaults seeded by the first migration. Modules add their actions here.
 */
export const ROLES = [
  "teller",
  "guide",
  "dutyManager",
  "counterManager",
  "branchAdmin",
  "hqAdmin",
  "auditor",
  "agent",
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "org.read",
  "org.write",
  "user.read",
  "user.write",
  "permission.read",
  "permission.write",
  "calendar.read",
  "calendar.write",
  "calendar.loadYear",
  "audit.read",
  "device.manage",
  "customer.unmask",
] as const;
export type Action = (typeof ACTIONS)[number] | (string & {});

const everyone: Action[] = ["org.read", "calendar.read"];

export const DEFAULT_ROLE_PERMISSIONS: Record<Role, Action[]> = {
  teller: [...everyone],
  guide: [...everyone],
  agent: [...everyone],
  dutyManager: [...everyone, "user.read"],
  counterManager: [...everyone, "user.read", "user.write", "calendar.write", "device.manage", "audit.read"],
  branchAdmin: [
    ...everyone,
    "org.write",
    "user.read",
    "user.write",
    "permission.read",
    "calendar.write",
    "device.manage",
    "audit.read",
  ],
  hqAdmin: [
    ...everyone,
    "org.write",
    "user.read",
    "user.write",
    "permission.read",
    "permission.write",
    "calendar.write",
    "calendar.loadYear",
    "device.manage",
    "audit.read",
    "customer.unmask",
  ],
  auditor: [...everyone, "user.read", "permission.read", "audit.read"],
};

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

export function permissionsOf(roles: readonly string[], table: ReadonlyArray<{ role: string; action: string }>): Set<string> {
  const set = new Set<string>();
  for (const row of table) if (roles.includes(row.role)) set.add(row.action);
  return set;
}

/**
 * K-07 who may grant which post: a role can be granted only by someone whose highest post ranks
 * above it (hqAdmin may grant every role, including hqAdmin). Prevents privilege escalation without
 * tying grants to module-specific action lists.
 */
export const ROLE_RANK: Record<Role, number> = {
  teller: 1,
  guide: 1,
  agent: 1,
  dutyManager: 2,
  counterManager: 3,
  auditor: 4,
  branchAdmin: 5,
  hqAdmin: 6,
};

export function mayGrantRole(granterRoles: readonly string[], role: string): boolean {
  if (!isRole(role)) return false;
  const top = Math.max(0, ...granterRoles.filter(isRole).map((r) => ROLE_RANK[r]));
  if (top === ROLE_RANK.hqAdmin) return true;
  return ROLE_RANK[role] < top;
}
