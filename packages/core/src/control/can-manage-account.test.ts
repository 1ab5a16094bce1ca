import { describe, expect, it } from "vitest";
import { ACCOUNT_ACTIONS, type AccountActor, canManageAccount } from "./can-manage-account.js";
import { DEFAULT_ROLE_PERMISSIONS, ROLES, ROLE_RANK, type Role } from "./permissions.js";

const HQ = "/hq/";
const COUNTER = "/hq/gd/gz/th/";
const SIBLING = "/hq/gd/gz/yx/";

const actor = (role: Role, scopePath = HQ): AccountActor => ({
  userId: `u-${role}`,
  roles: [role],
  permissions: new Set(DEFAULT_ROLE_PERMISSIONS[role]),
  scopePath,
});

describe("K-07 an account is managed only by someone who outranks it (every action)", () => {
  const writers: Role[] = ["counterManager", "branchAdmin", "hqAdmin"];
  const cases: Array<[Role, string, Role, boolean]> = [];
  for (const a of writers) {
    for (const action of ACCOUNT_ACTIONS) {
      for (const t of ROLES) {
        const expected = a === "hqAdmin" ? true : ROLE_RANK[a] > ROLE_RANK[t];
        cases.push([a, action, t, expected]);
      }
    }
  }
  it.each(cases)("%s → %s on a %s account: %s", (a, action, t, expected) => {
    const d = canManageAccount(actor(a), action as (typeof ACCOUNT_ACTIONS)[number], { userId: "target", roles: action === "create" ? [] : [t], newRoles: action === "create" || action === "roles" ? [t] : [], unitPath: COUNTER });
    expect(d.ok).toBe(expected);
    if (!expected) expect(d).toEqual({ ok: false, reason: "target_outranks_actor" });
  });

  it("K-07 a counter manager cannot reset the password of an HQ administrator placed in their counter", () => {
    expect(canManageAccount(actor("counterManager", COUNTER), "resetPassword", { userId: "x", roles: ["hqAdmin"], unitPath: COUNTER })).toEqual({ ok: false, reason: "target_outranks_actor" });
  });

  it("K-07 a city admin cannot act on an HQ admin, nor on another branch admin", () => {
    const city = actor("branchAdmin", "/hq/gd/gz/");
    expect(canManageAccount(city, "unlock", { userId: "x", roles: ["hqAdmin"], unitPath: COUNTER }).ok).toBe(false);
    expect(canManageAccount(city, "deactivate", { userId: "x", roles: ["branchAdmin"], unitPath: COUNTER }).ok).toBe(false);
    expect(canManageAccount(city, "resetPassword", { userId: "x", roles: ["teller"], unitPath: COUNTER }).ok).toBe(true);
  });

  it("K-07 the highest of several roles counts, and so do the roles being granted", () => {
    const m = actor("counterManager", COUNTER);
    expect(canManageAccount(m, "update", { userId: "x", roles: ["teller", "branchAdmin"], unitPath: COUNTER }).ok).toBe(false);
    expect(canManageAccount(m, "roles", { userId: "x", roles: ["teller"], newRoles: ["counterManager"], unitPath: COUNTER }).ok).toBe(false);
    expect(canManageAccount(m, "roles", { userId: "x", roles: ["teller"], newRoles: ["dutyManager"], unitPath: COUNTER }).ok).toBe(true);
    expect(canManageAccount(m, "update", { userId: "x", roles: ["someCustomRole"], unitPath: COUNTER }).ok).toBe(false);
  });

  it("K-07 an account without roles is managed by any account writer in scope", () => {
    expect(canManageAccount(actor("counterManager", COUNTER), "update", { userId: "x", roles: [], unitPath: COUNTER }).ok).toBe(true);
  });
});

describe("ORG-01 the target must be in the actor's subtree", () => {
  it.each([
    ["counterManager", COUNTER, SIBLING, false],
    ["counterManager", COUNTER, COUNTER, true],
    ["branchAdmin", "/hq/gd/gz/", SIBLING, true],
    ["branchAdmin", "/hq/gd/gz/", "/hq/sh/", false],
    ["hqAdmin", HQ, "/hq/sh/", true],
  ] as Array<[Role, string, string, boolean]>)("%s scoped to %s on an account in %s: %s", (role, scope, unit, expected) => {
    const d = canManageAccount(actor(role, scope), "resetPassword", { userId: "x", roles: ["teller"], unitPath: unit });
    expect(d.ok).toBe(expected);
    if (!expected) expect(d).toEqual({ ok: false, reason: "out_of_scope" });
  });
});

describe("K-07 actions need user.write; nobody deactivates themself", () => {
  it.each(["teller", "guide", "agent", "dutyManager", "auditor"] as Role[])("%s may not act on any account", (role) => {
    for (const action of ACCOUNT_ACTIONS) {
      expect(canManageAccount(actor(role), action, { userId: "x", roles: [], unitPath: COUNTER })).toEqual({ ok: false, reason: "permission_denied" });
    }
  });
  it("an HQ admin cannot deactivate their own account but may manage another HQ admin", () => {
    const hq = actor("hqAdmin");
    expect(canManageAccount(hq, "deactivate", { userId: hq.userId, roles: ["hqAdmin"], unitPath: HQ })).toEqual({ ok: false, reason: "self_deactivation" });
    expect(canManageAccount(hq, "deactivate", { userId: "other", roles: ["hqAdmin"], unitPath: HQ }).ok).toBe(true);
  });
});
