/**
 * I-01 the disposal list: the kept records of a unit's subtree whose retention period has ended
 * (each unit's own periods), with the disposals already approved. Types CCMS does not keep itself
 * (rosters, the case collection) have no records here.
 */
import type { DisposalList, RecordType } from "@ccms/contracts";
import { addDays, isPastRetention, localDateOf, retentionCutoff, retentionEndsOn, zonedInstant } from "@ccms/core";
import { type Executor, type KeptRecordRow, type OrgUnit, disposalRepository, keptRecordRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { effectiveRetention } from "./effective-retention.js";

type Loader = (ex: Executor, unitIds: readonly string[], cutoff: string, tz: string) => Promise<KeptRecordRow[]>;
const instant = (f: (ex: Executor, ids: readonly string[], before: string) => Promise<KeptRecordRow[]>): Loader => (ex, ids, cutoff, tz) => f(ex, ids, zonedInstant(addDays(cutoff, 1), "00:00", tz).toISOString());

const LOADERS: Partial<Record<RecordType, Loader>> = {
  dailyClose: (ex, ids, cutoff) => keptRecordRepository.dailyCloses(ex, ids, cutoff),
  patrol: (ex, ids, cutoff) => keptRecordRepository.patrols(ex, ids, cutoff),
  meetingMinutes: (ex, ids, cutoff) => keptRecordRepository.meetings(ex, ids, cutoff),
  equipmentFault: instant(keptRecordRepository.equipmentFaults),
  complaintRecord: instant(keptRecordRepository.complaints),
  businessNotice: instant(keptRecordRepository.notices),
};

export async function buildDisposalList(ctx: AppContext, unit: OrgUnit): Promise<DisposalList> {
  const ex = ctx.database.db;
  const units = await orgUnitRepository.listSubtree(ex, unit.path);
  const today = localDateOf(ctx.clock.now(), unit.timeZone);
  const items: DisposalList["items"] = [];
  const disposed = new Map((await disposalRepository.listForUnits(ex, units.map((u) => u.id))).map((d) => [`${d.record_type}:${d.record_id}`, d]));
  for (const u of units) {
    const periods = await effectiveRetention(ex, u);
    for (const { recordType, months } of periods) {
      const load = LOADERS[recordType];
      if (!load) continue;
      const cutoff = retentionCutoff(today, months);
      for (const r of await load(ex, [u.id], cutoff, u.timeZone)) {
        const date = r.date.length > 10 ? localDateOf(new Date(r.date), u.timeZone) : r.date;
        if (!isPastRetention(date, months, today)) continue;
        const d = disposed.get(`${recordType}:${r.id}`);
        items.push({
          recordType,
          recordId: r.id,
          orgUnitId: u.id,
          unitName: u.name,
          recordDate: date,
          retentionEndsOn: retentionEndsOn(date, months),
          disposed: d ? { approvedByName: d.approved_by_name, approvedAt: d.approved_at, note: d.note } : null,
        });
      }
    }
  }
  items.sort((a, b) => a.recordDate.localeCompare(b.recordDate) || a.recordType.localeCompare(b.recordType));
  return { orgUnitId: unit.id, today, items };
}

export async function listDisposals(ctx: AppContext, principal: Principal | null, q: { orgUnitId?: string | undefined }): Promise<DisposalList> {
  const p = requirePermission(principal, "information.retention");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return buildDisposalList(ctx, unit);
}
