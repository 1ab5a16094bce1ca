/** P-09 set a post's A and B holders (people of the unit; B steps in when A is away). Audited. */
import { DomainError } from "@ccms/core";
import { type AbPostRow, abPostRepository } from "@ccms/db";
import type { CreateAbPostRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { abPostViews } from "./ab-post-view.js";

export async function createAbPost(ctx: AppContext, p: UserPrincipal, body: CreateAbPostRequest) {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, body.orgUnitId);
  const [a, b] = [await userIdInScope(ex, p, body.aUserId), await userIdInScope(ex, p, body.bUserId)];
  if (a.id === b.id) throw new DomainError("validation", "ab_same_person", "A and B must be two people");
  if (a.orgUnitId !== unit.id || b.orgUnitId !== unit.id) throw new DomainError("validation", "ab_other_unit", "A and B must belong to the unit");
  if (await abPostRepository.findByPost(ex, unit.id, body.post)) throw new DomainError("conflict", "ab_post_exists", "This post already has its A and B", { post: body.post });
  const now = ctx.clock.now();
  const row: AbPostRow = { id: ulid(), org_unit_id: unit.id, post: body.post, a_user_id: a.id, b_user_id: b.id, created_by: p.userId, created_at: now.toISOString() };
  await ctx.tx(async (tx) => {
    await abPostRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.ab_post_set", entityType: "ab_post", entityId: row.id, orgUnitId: unit.id, details: { 岗位: body.post, A岗: a.displayName, B岗: b.displayName } });
  });
  return (await abPostViews(ex, [row]))[0]!;
}
