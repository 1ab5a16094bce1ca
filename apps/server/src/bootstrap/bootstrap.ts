/**
 * First boot: the HQ root unit and, when there are no users, `admin` (hqAdmin) with the password from
 * CCMS_BOOTSTRAP_ADMIN_PASSWORD or a generated one printed once.
 */
import { randomBytes } from "node:crypto";
import { DEFAULT_TIME_ZONE, defaultBusinessHours } from "@ccms/core";
import { orgUnitRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../context.js";
import { appendAudit } from "../modules/control/audit.js";
import { createUser } from "../modules/control/users.js";

export function generatePassword(): string {
  return `Ccms-${randomBytes(9).toString("base64url")}9a`;
}

export async function ensureRoot(ctx: AppContext) {
  const existing = await orgUnitRepository.findRoot(ctx.database.db);
  if (existing) return existing;
  const now = ctx.clock.now();
  const id = ulid();
  const root = {
    id,
    parentId: null,
    kind: "hq" as const,
    name: "总公司",
    code: "HQ",
    path: `/${id}/`,
    depth: 0,
    timeZone: DEFAULT_TIME_ZONE,
    businessHours: defaultBusinessHours(),
    lunchDuty: true,
    alwaysOpen: false,
    active: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await orgUnitRepository.insert(tx, root);
    await appendAudit(tx, ctx.database.engine, { id: null, name: "system" }, now, {
      action: "org.created",
      entityType: "org_unit",
      entityId: id,
      orgUnitId: id,
      details: { kind: "hq", code: "HQ", bootstrap: true },
    });
  });
  return root;
}

/**
 * Returns the generated password when one was made (to print once). K-06: the bootstrap admin must
 * change the password at first sign-in, whether it was generated or given in
 * CCMS_BOOTSTRAP_ADMIN_PASSWORD (which the config already checked against the policy).
 * `opts.mustChangePassword: false` is an escape hatch for test harnesses only (apps/server/test/helpers.ts).
 */
export async function ensureAdmin(
  ctx: AppContext,
  rootId: string,
  opts: { mustChangePassword?: boolean } = {},
): Promise<{ created: boolean; password?: string }> {
  if ((await userRepository.count(ctx.database.db)) > 0) return { created: false };
  const given = ctx.config.bootstrapAdminPassword;
  const password = given ?? generatePassword();
  await createUser(ctx, null, { username: "admin", password, displayName: "系统管理员", orgUnitId: rootId, roles: ["hqAdmin"] }, { mustChangePassword: opts.mustChangePassword ?? true });
  return given ? { created: true } : { created: true, password };
}
