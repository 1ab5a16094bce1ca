/**
 * D-06 what the registers hold for a counter's business date, read for the daily close check list
 * (composed in core: composeCloseChecks). Read-only.
 */
import { type CloseFacts, type InspectionTemplateSection, type SpecialMattersFact, endOfLocalDay, failedSecurityItemsOf } from "@ccms/core";
import { type Executor, type OrgUnit, controlFindingRepository, controlItemRepository, correctiveActionRepository, dailyCloseRepository, handBackRepository, equipmentFaultRepository, handoverRepository, incidentRepository, inspectionRepository, inspectionTemplateRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { runExtraCloseChecks } from "./extra-close-checks.js";
import { lunchDutyOf } from "./lunch-duty-of.js";
import { parseJson } from "./parse-json.js";
import { specialMattersProvider } from "./special-matters-seam.js";
import { usersByIds } from "./staff-in-scope.js";

/** `recorded`: the special matters the close has just created (C-03), when it has. */
export async function gatherCloseFacts(ctx: AppContext, ex: Executor, counter: OrgUnit, date: string, recorded?: { created: string[]; skipped: number }): Promise<CloseFacts> {
  const engine = ctx.database.engine;

  const out = await controlItemRepository.listOutOfSafe(ex, counter.id);
  const holders = await usersByIds(ex, out.map((i) => i.custodian_id ?? ""));

  const pending = await handBackRepository.listAtCounters(ex, [counter.id], { status: "pending" });
  const pendingHandBacks = [];
  for (const h of pending) {
    const itemsHeld = h.due_date <= date ? await controlItemRepository.countHeldBy(ex, counter.id, h.user_id) : 0;
    pendingHandBacks.push({ id: h.id, userId: h.user_id, dueDate: h.due_date, itemsHeld });
  }

  const candidates = await dailyCloseRepository.casesNeedingSpecialMatter(ex, engine, counter.id, endOfLocalDay(date, counter.timeZone).toISOString());
  const specialMatters: SpecialMattersFact =
    candidates === null
      ? { state: "unavailable" }
      : recorded
        ? { state: "recorded", created: recorded.created, skipped: recorded.skipped }
        : specialMattersProvider.current
          ? { state: "recorded_at_close", candidates }
          : { state: "not_recorded", candidates };

  const securityChecks = await inspectionRepository.listSubmittedOfDay(ex, counter.id, "security_check", date);
  const withSections = [];
  for (const ins of securityChecks) {
    const tpl = await inspectionTemplateRepository.findById(ex, ins.template_id);
    withSections.push({ id: ins.id, sections: parseJson<InspectionTemplateSection[]>(tpl?.sections ?? "[]", []) });
  }
  const actions = securityChecks.length
    ? (await correctiveActionRepository.listForSources(ex, "inspection", securityChecks.map((i) => i.id))).map((a) => ({ id: a.id, sourceId: a.source_id, itemKey: a.item_key, description: a.description, status: a.status }))
    : [];

  // D-06 off-duty / departed staff operating at this counter that day: computed with the server's
  // rights, so the record shows it to whoever prints the close.
  const offDuty = (await controlFindingRepository.listAtUnits(ex, [counter.id], { kind: "off_duty_operation" }))
    .filter((f) => parseJson<{ date?: string }>(f.details, {}).date === date)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const offDutyNames = await usersByIds(ex, offDuty.flatMap((f) => parseJson<string[]>(f.subject_user_ids, [])));

  return {
    openTickets: await dailyCloseRepository.openTickets(ex, engine, counter.id, date),
    signedInWindows: await dailyCloseRepository.signedInWindows(ex, engine, counter.id),
    itemsOutOfSafe: out.map((i) => ({ id: i.id, kind: i.kind, name: i.name, custodianId: i.custodian_id, custodianName: i.custodian_id ? (holders.get(i.custodian_id)?.displayName ?? null) : null })),
    pendingHandBacks,
    specialMatters,
    faults: (await equipmentFaultRepository.listAtCounters(ex, [counter.id])).map((f) => ({ id: f.id, equipmentId: f.equipment_id, status: f.status })),
    securityChecksSubmitted: securityChecks.length,
    failedSecurityItems: failedSecurityItemsOf(withSections, actions),
    handoversOfDay: (await handoverRepository.listOfDay(ex, counter.id, date)).map((h) => ({ id: h.id, status: h.status })),
    offDutyFindings: offDuty.map((f) => ({ id: f.id, title: f.title, status: f.status, subjectNames: parseJson<string[]>(f.subject_user_ids, []).map((u) => offDutyNames.get(u)?.displayName ?? "") })),
    lunchDuty: await lunchDutyOf(ex, counter, date, ctx.clock.now()),
    openIncidentIds: (await incidentRepository.listOpen(ex, [counter.id])).map((i) => i.id),
    extraChecks: await runExtraCloseChecks(ex, counter, date),
  };
}
