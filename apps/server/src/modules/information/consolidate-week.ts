/**
 * I-02 the information officer 信息员 consolidates a counter's week (Monday–Sunday): the week's entries
 * are attached, with a summary and the focus issues for the morning meeting; once per week; audited.
 */
import type { ConsolidationView } from "@ccms/contracts";
import { DomainError, periodContaining } from "@ccms/core";
import { infoConsolidationRepository, infoEntryRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { presentConsolidations } from "./present-consolidation.js";

export async function consolidateWeek(ctx: AppContext, principal: Principal | null, input: { orgUnitId: string; date: string; summary: string; focusIssues: string[] }): Promise<ConsolidationView> {
  const p = requirePermission(principal, "information.consolidate");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  if (unit.kind !== "counter") throw new DomainError("validation", "info_entry_counter_only", "Customer information is consolidated per counter", { orgUnitId: unit.id });
  const week = periodContaining("weekly", input.date);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    if (await infoConsolidationRepository.findWeek(tx, unit.id, week.from)) {
      throw new DomainError("conflict", "week_already_consolidated", "This week has already been consolidated", { weekFrom: week.from });
    }
    const entries = (await infoEntryRepository.listForUnit(tx, unit.id, week.from, week.to)).filter((e) => e.consolidation_id === null);
    await infoConsolidationRepository.insert(tx, {
      id,
      org_unit_id: unit.id,
      week_from: week.from,
      week_to: week.to,
      state: "consolidated",
      summary: input.summary,
      focus_issues: JSON.stringify(input.focusIssues),
      entry_count: entries.length,
      consolidated_by_name: p.displayName,
      consolidated_at: now.toISOString(),
      validated_by_name: null,
      validated_at: null,
      forwarded_to_unit_id: null,
      forwarded_at: null,
    });
    await infoEntryRepository.attach(tx, entries.map((e) => e.id), id);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.consolidated",
      entityType: "info_consolidation",
      entityId: id,
      orgUnitId: unit.id,
      details: { 单位: unit.name, 周: `${week.from} 至 ${week.to}`, 信息条数: entries.length, 焦点问题: input.focusIssues },
    });
  });
  return (await presentConsolidations(ex, [(await infoConsolidationRepository.findById(ex, id))!]))[0]!;
}
