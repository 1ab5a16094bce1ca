/** I-06 the coordination point's requests (HQ side: all; a branch: its own subtree's), each with its task board. */
import { hqServiceRepository } from "@ccms/db";
import type { HqRequestList, HqRequestView, ListHqRequestsQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requireUser } from "../../../http/principal.js";
import { anyHqPermission, hqDay, loadRequest, oneRequestView, requestViews } from "./hq-shared.js";

export async function listHqRequests(ctx: AppContext, principal: Principal | null, q: ListHqRequestsQuery): Promise<HqRequestList> {
  const p = requireUser(principal);
  anyHqPermission(p);
  const ex = ctx.database.db;
  const { hq, today } = await hqDay(ctx, ex);
  const hqSide = p.permissions.has("information.hq.coordinate") || p.permissions.has("information.hq.work");
  const rows = await hqServiceRepository.listRequests(ex, hqSide ? hq.path : p.scopePath, q.state);
  return { items: await requestViews(ex, rows, today) };
}

export async function viewHqRequest(ctx: AppContext, principal: Principal | null, id: string): Promise<HqRequestView> {
  const p = requireUser(principal);
  anyHqPermission(p);
  const ex = ctx.database.db;
  const req = await loadRequest(ex, p, id);
  const { today } = await hqDay(ctx, ex);
  return oneRequestView(ex, req.id, today);
}
