/** D-09 a level-I incident notifies HQ, the province and the local company at once (persisted, then published). */
import { type IncidentLevel, ancestorIds, incidentReportingChain } from "@ccms/core";
import { type DB, type Executor, type OrgUnit, incidentNotificationRepository, orgUnitRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";

/** Reporting chain units for a counter: HQ (root), province, local company (city, else the counter). */
async function chainUnits(ex: Executor, counter: OrgUnit): Promise<Record<"hq" | "province" | "local", string>> {
  const ids = ancestorIds(counter.path);
  const units = await orgUnitRepository.findByIds(ex, ids);
  const hq = units.find((u) => u.kind === "hq")?.id ?? ids[0]!;
  const province = units.find((u) => u.kind === "province")?.id ?? hq;
  const local = units.find((u) => u.kind === "city")?.id ?? counter.id;
  return { hq, province, local };
}

export async function notifyIncidentChain(ctx: AppContext, tx: Transaction<DB>, counter: OrgUnit, incidentId: string, level: IncidentLevel, now: Date): Promise<void> {
  const existing = await incidentNotificationRepository.listForIncidents(tx, [incidentId]);
  const units = await chainUnits(tx, counter);
  for (const target of incidentReportingChain(level)) {
    if (level !== "I" && target === "local") continue; // lower levels: handled locally by the company's own rules
    if (existing.some((e) => e.target_level === target)) continue;
    await incidentNotificationRepository.insert(tx, { id: ulid(), incident_id: incidentId, target_level: target, org_unit_id: units[target], notified_at: now.toISOString() });
    void ctx.bus.publish(`unit:${units[target]}`, { type: "incident.level_i", data: { incidentId, counterId: counter.id, level, target } });
  }
}
