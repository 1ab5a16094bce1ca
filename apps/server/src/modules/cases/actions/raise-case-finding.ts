/** A finding against the unit and person of a case (C-07 overtime without approval, C-12 responsible complaint). */
import { CASE_EVENT } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { CaseActionContext } from "./case-action-context.js";

export async function raiseCaseFinding(
  w: Pick<CaseActionContext, "tx" | "row" | "now" | "newEvents" | "patch">,
  kind: string,
  metric: string | null,
  handlerId: string | null,
  note: string,
): Promise<string> {
  const id = ulid();
  await caseWorkRepository.insertFinding(w.tx, {
    id,
    case_id: w.row.id,
    org_unit_id: w.row.org_unit_id,
    handler_id: handlerId,
    kind,
    metric,
    note,
    raised_at: w.now.toISOString(),
  });
  w.newEvents.push({ type: CASE_EVENT.findingRaised, orgUnitId: w.patch.org_unit_id ?? w.row.org_unit_id, data: { findingId: id, kind, metric, handlerId } });
  return id;
}
