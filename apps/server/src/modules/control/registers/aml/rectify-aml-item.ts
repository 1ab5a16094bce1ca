/** POST /api/v1/control/aml/self-inspections/:id/items/:index/rectify — a non-compliant item rectified, audited. */
import { DomainError } from "@ccms/core";
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { parseJson } from "../../../daily-ops/parse-json.js";
import { type SelfInspectionItem, presentAmlSelfInspections } from "./present-aml-self-inspection.js";

export async function rectifyAmlItem(ctx: AppContext, p: UserPrincipal, id: string, index: number, body: { note: string }) {
  requirePermission(p, "aml.manage");
  const r = await amlRepository.findSelfInspection(ctx.database.db, id);
  if (!r) throw notFound("aml_self_inspection", id);
  await counterInScope(ctx.database.db, p, r.counter_id).catch(() => {
    throw notFound("aml_self_inspection", id);
  });
  const items = parseJson<SelfInspectionItem[]>(r.items, []);
  const it = items[index];
  if (!it) throw notFound("aml_self_inspection_item", `${id}/${index}`);
  if (it.compliant || it.rectified) throw new DomainError("conflict", "aml_item_not_open", "Nothing to rectify on this item");
  it.rectified = true;
  it.note = body.note;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await amlRepository.setSelfInspectionItems(tx, id, JSON.stringify(items));
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.item_rectified", entityType: "aml_self_inspection", entityId: id, orgUnitId: r.counter_id, details: { index } });
  });
  return (await presentAmlSelfInspections(ctx.database.db, [(await amlRepository.findSelfInspection(ctx.database.db, id))!], ctx.clock.now()))[0]!;
}
