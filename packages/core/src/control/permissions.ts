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
