/** A control finding as the API shows it (subjects by name). */
import type { FindingResponse } from "@ccms/contracts";
import type { ControlFindingRow, Executor } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";
import { parseJson } from "../../../daily-ops/parse-json.js";

export async function presentFindings(ex: Executor, rows: readonly ControlFindingRow[]): Promise<FindingResponse[]> {
  const names = await usersByIds(ex, rows.flatMap((r) => parseJson<string[]>(r.subject_user_ids, [])));
  return rows.map((r) => {
    const subjects = parseJson<string[]>(r.subject_user_ids, []);
    return {
      id: r.id,
      kind: r.kind,
      orgUnitId: r.org_unit_id,
      reportedToUnitId: r.reported_to_unit_id,
      subjectUserIds: subjects,
      subjectNames: subjects.map((s) => names.get(s)?.displayName ?? s),
      title: r.title,
      details: parseJson<Record<string, unknown>>(r.details, {}),
      status: r.status,
      resolution: r.resolution,
      createdAt: r.created_at,
      closedAt: r.closed_at,
    };
  });
}
