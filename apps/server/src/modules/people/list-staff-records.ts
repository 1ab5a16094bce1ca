/** ORG-01 staff records of a unit of the caller's subtree and below (default: the caller's unit). */
import { staffRecordRepository } from "@ccms/db";
import type { ListStaffRecordsQuery, StaffRecordList } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { staffRecordViews } from "./staff-record-view.js";

export async function listStaffRecords(ctx: AppContext, p: UserPrincipal, q: ListStaffRecordsQuery): Promise<StaffRecordList> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rows = await staffRecordRepository.listUnder(ex, unit.path);
  return { items: await staffRecordViews(ex, rows, ctx.clock.now(), unit.timeZone) };
}
