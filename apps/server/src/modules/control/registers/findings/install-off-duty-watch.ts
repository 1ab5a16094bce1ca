/**
 * D-06 the on-duty check on every operator action that changes data (any successful non-GET request
 * by a signed-in person: window sign-in, call/finish, case actions, AML entries, seal issue/return …)
 * and on sign-in (a successful sign-in, or a deactivated account trying to sign in). Registered with
 * the module routes; runs before the response leaves, in its own transaction, and never fails it.
 */
import { userRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../../../context.js";
import { checkOperatorOnDutyNow } from "./check-operator-on-duty.js";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const LOGIN_URL = "/api/v1/auth/login";

export function installOffDutyWatch(app: FastifyInstance, ctx: AppContext): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if (READ_METHODS.has(req.method)) return payload;
    const route = req.routeOptions?.url ?? req.url;
    try {
      if (route === LOGIN_URL) {
        const username = (req.body as { username?: unknown } | undefined)?.username;
        const inactive = reply.statusCode === 403 && typeof payload === "string" && payload.includes('"account_inactive"');
        if (typeof username !== "string" || (reply.statusCode >= 400 && !inactive)) return payload;
        const user = await userRepository.findByUsername(ctx.database.db, username);
        if (user) await checkOperatorOnDutyNow(ctx, user.id, ctx.clock.now(), { action: inactive ? "auth.login_refused" : "auth.login", entityType: "user", entityId: user.id });
        return payload;
      }
      const p = req.principal;
      if (!p || p.kind !== "user" || reply.statusCode >= 400) return payload;
      const params = (req.params ?? {}) as Record<string, unknown>;
      const entityId = [params.id, params.windowId, params.counterId].find((v): v is string => typeof v === "string") ?? null;
      await checkOperatorOnDutyNow(ctx, p.userId, ctx.clock.now(), { action: `${req.method} ${route}`, entityType: null, entityId });
    } catch (e) {
      req.log.error({ err: e }, "D-06 on-duty check failed");
    }
    return payload;
  });
}
