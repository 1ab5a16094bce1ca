/** A corrective action as the API shows it (owner by name, overdue in the counter's local date). */
import { localDateOf } from "@ccms/core";
import type { CorrectiveActionResponse } from "@ccms/contracts";
import { type CorrectiveActionRow, type Executor, orgUnitRepository } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";
import { parseJson } from "../../../daily-ops/parse-json.js";

export async function presentCorrectiveActions(ex: Executor, rows: readonly CorrectiveActionRow[], now: Date): Promise<CorrectiveActionResponse[]> {
  const names = await usersByIds(ex, rows.map((r) => r.owner_id));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => {
    const tz = units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai";
    return {
      id: r.id,
      counterId: r.counter_id,
      source: r.source,
      sourceId: r.source_id,
      itemKey: r.item_key,
      description: r.description,
      ownerId: r.owner_id,
      ownerName: names.get(r.owner_id)?.displayName ?? null,
      dueDate: r.due_date,
      status: r.status,
      overdue: r.status === "open" && localDateOf(now, tz) > r.due_date,
      resolutionNote: r.resolution_note,
      photos: parseJson<string[]>(r.photos, []),
      doneAt: r.done_at,
      verifiedById: r.verified_by,
      createdAt: r.created_at,
    };
  });
}
