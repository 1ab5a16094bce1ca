/**
 * C-10 callbacks: the responsible unit calls back every closed complaint (task created at close);
 * the upper level takes a seeded, reproducible sample of at least 30% (the seed, the population
 * and the selection are stored and audited, so anyone can re-draw the same sample).
 */
import { addDays, isInSubtree, selectCallbackSample, zonedInstant } from "@ccms/core";
import { caseRepository, caseWorkRepository } from "@ccms/db";
import type { SampleCallbacksRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { need } from "./case-scope.js";
import { callbackView, customerView } from "./case-views.js";

export async function listCallbacks(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined; status?: string | undefined; level?: string | undefined }) {
  need(p, "case.read");
  const ex = ctx.database.db;
  const unit = q.orgUnitId ? await unitInScope(ex, p, q.orgUnitId) : undefined;
  const rows = await caseWorkRepository.listCallbacks(ex, unit?.path ?? p.scopePath, q.status, q.level);
  const cases = await caseRepository.findByIds(ex, [...new Set(rows.map((r) => r.case_id))]);
  const byId = new Map(cases.map((c) => [c.id, c]));
  return {
    items: rows.flatMap((r) => {
      const c = byId.get(r.case_id);
      return c ? [{ ...callbackView(r), caseNumber: c.number, caseSummary: c.summary, customer: customerView(c) }] : [];
    }),
  };
}

export async function sampleUpperCallbacks(ctx: AppContext, p: UserPrincipal, input: z.infer<typeof SampleCallbacksRequest>) {
  need(p, "case.callback");
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const unit = await unitInScope(ex, p, input.orgUnitId);
  const percent = input.percent ?? 30;
  const seed = input.seed ?? ulid();
  const from = zonedInstant(input.from, "00:00", unit.timeZone).toISOString();
  const to = zonedInstant(addDays(input.to, 1), "00:00", unit.timeZone).toISOString();
  const sampleId = ulid();
  return ctx.tx(async (tx) => {
    // Population: complaints closed in the period and handled below the sampling unit.
    const all = await caseRepository.listAll(tx, { scopePath: unit.path, kind: "complaint" });
    const population = all.filter(
      (c) => c.closed_at !== null && c.closed_at >= from && c.closed_at < to && isInSubtree(c.org_path, unit.path) && c.org_unit_id !== unit.id &&
        ["callback", "closed", "archivedUnsatisfied"].includes(c.state),
    );
    const selected = selectCallbackSample(population.map((c) => c.id), seed, percent);
    let created = 0;
    for (const caseId of selected) {
      if (await caseWorkRepository.findCallback(tx, caseId, "upper", unit.id)) continue;
      await caseWorkRepository.insertCallback(tx, {
        id: ulid(),
        case_id: caseId,
        org_unit_id: unit.id,
        level: "upper",
        sample_id: sampleId,
        status: "pending",
        result: null,
        note: null,
        due_at: null,
        created_at: now.toISOString(),
        done_at: null,
        done_by: null,
      });
      created++;
    }
    await caseWorkRepository.insertSample(tx, {
      id: sampleId,
      org_unit_id: unit.id,
      from_date: input.from,
      to_date: input.to,
      seed,
      percent,
      population: population.length,
      selected: JSON.stringify(selected),
      created_by: p.displayName,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.callback_sampled",
      entityType: "case_callback_sample",
      entityId: sampleId,
      orgUnitId: unit.id,
      details: { seed, percent, from: input.from, to: input.to, population: population.map((c) => c.id), selected },
    });
    return { sampleId, seed, percent, population: population.length, selected, created };
  });
}

