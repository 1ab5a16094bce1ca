/** K-07 the post-permission table is data; every change is audited with its reason. */
import { ACTIONS, DomainError, ROLES } from "@ccms/core";
import { permissionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "./audit.js";

/** Actions known to the system: the catalogue plus any already in the table (added by modules). */
export async function listPermissions(ctx: AppContext, p: UserPrincipal) {
  requirePermission(p, "permission.read");
  const grants = await permissionRepository.list(ctx.database.db);
  const actions = [...new Set([...ACTIONS, ...extraActions, ...grants.map((g) => g.action)])].sort();
  return { roles: [...ROLES], actions, grants };
}

/** Modules register the actions they check so the table can offer them. */
const extraActions = new Set<string>();
export function registerActions(actions: readonly string[]): void {
  for (const a of actions) extraActions.add(a);
}

/** Every action the table can hold (catalogue, registered by modules, already granted); K-07 province overrides use it too. */
export async function knownActions(ctx: AppContext): Promise<Set<string>> {
  return new Set<string>([...ACTIONS, ...extraActions, ...(await permissionRepository.list(ctx.database.db)).map((g) => g.action)]);
}

export async function setPermission(ctx: AppContext, p: UserPrincipal, input: { role: string; action: string; granted: boolean; reason: string }) {
  requirePermission(p, "permission.write");
  const known = new Set<string>([...ACTIONS, ...extraActions, ...(await permissionRepository.list(ctx.database.db)).map((g) => g.action)]);
  if (!known.has(input.action)) throw new DomainError("validation", "unknown_action", `Unknown action ${input.action}`, { action: input.action });
  if (input.role === "hqAdmin" && input.action === "permission.write" && !input.granted) {
    throw new DomainError("unprocessable", "would_lock_out_admins", "hqAdmin must keep permission.write");
  }
  const now = ctx.clock.now();
  const changed = await ctx.tx(async (tx) => {
    const did = input.granted
      ? await permissionRepository.grant(tx, input.role, input.action, p.userId, now.toISOString())
      : await permissionRepository.revoke(tx, input.role, input.action);
    if (did) {
      await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: input.granted ? "permission.granted" : "permission.revoked",
        entityType: "role_permission",
        entityId: `${input.role}:${input.action}`,
        orgUnitId: p.orgUnitId,
        details: { role: input.role, action: input.action, reason: input.reason },
      });
    }
    return did;
  });
  return { changed };
}
