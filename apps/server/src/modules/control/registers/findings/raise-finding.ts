/**
 * Raise a control finding reported to the province above the unit (audited, published to that unit).
 * Used by inspections (D-02…D-11), the K-04 loss rule, D-06 off-duty operation, the daily close and
 * lunch duty. Independent of the cases module's rectification (C-14).
 */
import { type ControlFindingKind, ancestorIds } from "@ccms/core";
import { type Executor, controlFindingRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { appendAudit } from "../../audit.js";

export type FindingKind = ControlFindingKind;

/** The province above a unit (the unit itself when it is a province), or null at HQ. */
export async function provinceOf(ex: Executor, unitPath: string): Promise<string | null> {
  const units = await orgUnitRepository.findByIds(ex, ancestorIds(unitPath));
  return units.find((u) => u.kind === "province")?.id ?? null;
}

export interface RaiseFindingInput {
  kind: FindingKind;
  orgUnitId: string;
  orgUnitPath: string;
  subjectUserIds: string[];
  title: string;
  details: Record<string, unknown>;
  dedupeKey?: string;
}

/** Insert a finding reported to the province (audited). Returns its id. */
export async function raiseFinding(ctx: AppContext, tx: Executor, actor: { id: string | null; name: string | null }, now: Date, f: RaiseFindingInput): Promise<string> {
  const id = ulid();
  const reportedTo = await provinceOf(tx, f.orgUnitPath);
  await controlFindingRepository.insert(tx, {
    id,
    kind: f.kind,
    org_unit_id: f.orgUnitId,
    reported_to_unit_id: reportedTo,
    subject_user_ids: JSON.stringify([...new Set(f.subjectUserIds)]),
    title: f.title,
    details: JSON.stringify(f.details),
    dedupe_key: f.dedupeKey ?? null,
    status: "open",
    resolution: null,
    created_at: now.toISOString(),
    closed_at: null,
  });
  await appendAudit(tx, ctx.database.engine, actor, now, {
    action: "finding.raised",
    entityType: "control_finding",
    entityId: id,
    orgUnitId: f.orgUnitId,
    details: { kind: f.kind, reportedToUnitId: reportedTo, subjectUserIds: f.subjectUserIds, title: f.title },
  });
  void ctx.bus.publish(`unit:${reportedTo ?? f.orgUnitId}`, { type: "finding.raised", data: { id, kind: f.kind, orgUnitId: f.orgUnitId } });
  return id;
}
