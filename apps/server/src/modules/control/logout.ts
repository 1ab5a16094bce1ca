import { sessionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf } from "../../http/principal.js";
import { appendAudit } from "./audit.js";

export async function logout(ctx: AppContext, p: Principal) {
  const now = ctx.clock.now();
  if (!p.sessionId) return { ok: true as const };
  const sessionId = p.sessionId;
  await ctx.tx(async (tx) => {
    await sessionRepository.revoke(tx, sessionId, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "auth.logout",
      entityType: "session",
      entityId: sessionId,
      orgUnitId: p.orgUnitId,
    });
  });
  return { ok: true as const };
}
