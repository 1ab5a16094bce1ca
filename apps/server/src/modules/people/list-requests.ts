/**
 * Requests: by default the caller's own; with orgUnitId (people.read) those of a unit of the subtree
 * and below; awaitingMe=true those whose current step the caller may decide (ORG-01 scope).
 */
import { orgUnitRepository, peopleRequestRepository } from "@ccms/db";
import type { ListRequestsQuery, RequestList } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, requireUser, unitInScope } from "../../http/principal.js";
import { requestViews } from "./request-view.js";

export async function listRequests(ctx: AppContext, principal: UserPrincipal, q: ListRequestsQuery): Promise<RequestList> {
  const p = requireUser(principal);
  const ex = ctx.database.db;
  if (q.awaitingMe === "true") {
    const units = await orgUnitRepository.listSubtree(ex, p.scopePath);
    const rows = await peopleRequestRepository.list(ex, { unitIds: units.map((u) => u.id), state: "pending" });
    return { items: (await requestViews(ex, p, rows)).filter((r) => r.canDecide) };
  }
  if (q.orgUnitId) {
    requirePermission(p, "people.read");
    const unit = await unitInScope(ex, p, q.orgUnitId);
    const units = await orgUnitRepository.listSubtree(ex, unit.path);
    return { items: await requestViews(ex, p, await peopleRequestRepository.list(ex, { unitIds: units.map((u) => u.id), ...(q.state ? { state: q.state } : {}) })) };
  }
  requirePermission(p, "people.request");
  return { items: await requestViews(ex, p, await peopleRequestRepository.list(ex, { userId: p.userId, ...(q.state ? { state: q.state } : {}) })) };
}
