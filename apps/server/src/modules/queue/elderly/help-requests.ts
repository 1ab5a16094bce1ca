/**
 * Q-13 the kiosk's (and guide desk's) "staff help / paper form" choice: a request the guide desk sees
 * and serves. From a kiosk device of the counter or a signed-in member of staff. Served requests audited.
 */
import { type HelpRequestKind, DomainError, localDateOf } from "@ccms/core";
import { type KioskHelpRequestRow, elderlyRepository, orgUnitRepository } from "@ccms/db";
import type { KioskHelpRequestView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, type UserPrincipal, actorOf, assertPathInScope, notFound, requireUser } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { assertDeviceKind } from "../queue-permissions.js";
import { counterInScope } from "../queue-scope.js";

function view(r: KioskHelpRequestRow): KioskHelpRequestView {
  return { id: r.id, counterId: r.counter_id, kind: r.kind, requestedAt: r.requested_at, servedByName: r.served_by_name, servedAt: r.served_at };
}

function assertStaff(p: UserPrincipal): void {
  if (!p.permissions.has("elderly.record") && !p.permissions.has("queue.issue")) throw new DomainError("forbidden", "permission_denied", "Missing permission elderly.record", { action: "elderly.record" });
}

export async function requestHelp(ctx: AppContext, p: Principal | null, body: { kind: HelpRequestKind; counterId?: string | undefined }): Promise<KioskHelpRequestView> {
  if (!p) throw new DomainError("unauthorized", "unauthenticated", "Sign in first");
  if (p.kind === "device") assertDeviceKind(p, ["kiosk"]);
  else assertStaff(p);
  const counterId = body.counterId ?? p.orgUnitId;
  const counter = await counterInScope(ctx.database.db, p, counterId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await elderlyRepository.insertHelpRequest(tx, { id, counter_id: counter.id, device_id: p.kind === "device" ? p.deviceId : null, kind: body.kind, business_date: localDateOf(now, counter.timeZone), requested_at: now.toISOString(), served_by: null, served_at: null });
  });
  return view((await elderlyRepository.findHelpRequest(ctx.database.db, id))!);
}

export async function listHelpRequests(ctx: AppContext, principal: Principal | null, q: { counterId: string; date?: string | undefined }): Promise<{ items: KioskHelpRequestView[] }> {
  const p = requireUser(principal);
  assertStaff(p);
  const counter = await counterInScope(ctx.database.db, p, q.counterId);
  const date = q.date ?? localDateOf(ctx.clock.now(), counter.timeZone);
  return { items: (await elderlyRepository.helpRequests(ctx.database.db, [counter.id], date, date)).map(view) };
}

export async function serveHelpRequest(ctx: AppContext, principal: Principal | null, id: string): Promise<KioskHelpRequestView> {
  const p = requireUser(principal);
  assertStaff(p);
  const ex = ctx.database.db;
  const row = await elderlyRepository.findHelpRequest(ex, id);
  const counter = row ? await orgUnitRepository.findById(ex, row.counter_id) : undefined;
  if (!row || !counter) throw notFound("help_request", id);
  assertPathInScope(p, counter.path, "help_request", id);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    if ((await elderlyRepository.serveHelpRequest(tx, id, p.userId, now.toISOString())) === 0) throw new DomainError("conflict", "help_request_already_served", "Somebody is already helping this customer");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "kiosk_help.served", entityType: "help_request", entityId: id, orgUnitId: counter.id, details: { 类型: row.kind === "paper_form" ? "纸质表单" : "工作人员帮助", 接待人: p.displayName } });
  });
  return view((await elderlyRepository.findHelpRequest(ex, id))!);
}
