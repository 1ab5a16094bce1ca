/** P-14 a run's view (the signer by name). */
import { parseQuarter } from "@ccms/core";
import { type AssessmentRunRow, type Executor, type OrgUnit, userRepository } from "@ccms/db";

export async function runView(ex: Executor, r: AssessmentRunRow, unit: OrgUnit) {
  const q = parseQuarter(r.quarter);
  const signedBy = r.signed_by ? ((await userRepository.findById(ex, r.signed_by))?.displayName ?? "—") : null;
  return { id: r.id, orgUnitId: r.org_unit_id, orgUnitName: unit.name, quarter: r.quarter, from: q.from, to: q.to, state: r.state as "open" | "signed", signedBy, signedAt: r.signed_at };
}
