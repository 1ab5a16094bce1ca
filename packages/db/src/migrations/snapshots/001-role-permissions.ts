/**
 * Migration 001's own data: the default post → permission table as it was shipped (a literal snapshot,
 * issue 12 item 6). Never edit: later changes to defaults are new migrations.
 */
export const ROLE_PERMISSIONS_001: Readonly<Record<string, readonly string[]>> = {
  "teller": [
    "org.read",
    "calendar.read"
  ],
  "guide": [
    "org.read",
    "calendar.read"
  ],
  "agent": [
    "org.read",
    "calendar.read"
  ],
  "dutyManager": [
    "org.read",
    "calendar.read",
    "user.read"
  ],
  "counterManager": [
    "org.read",
    "calendar.read",
    "user.read",
    "user.write",
    "calendar.write",
    "device.manage",
    "audit.read"
  ],
  "branchAdmin": [
    "org.read",
    "calendar.read",
    "org.write",
    "user.read",
    "user.write",
    "permission.read",
    "calendar.write",
    "device.manage",
    "audit.read"
  ],
  "hqAdmin": [
    "org.read",
    "calendar.read",
    "org.write",
    "user.read",
    "user.write",
    "permission.read",
    "permission.write",
    "calendar.write",
    "calendar.loadYear",
    "device.manage",
    "audit.read",
    "customer.unmask"
  ],
  "auditor": [
    "org.read",
    "calendar.read",
    "user.read",
    "permission.read",
    "audit.read"
  ]
};
