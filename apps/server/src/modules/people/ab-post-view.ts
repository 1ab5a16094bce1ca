/** An AB post as the API shows it: names, not ids. */
import { type AbPostRow, type Executor, staffRecordRepository } from "@ccms/db";

export async function abPostViews(ex: Executor, rows: AbPostRow[]) {
  const names = await staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.a_user_id, r.b_user_id]));
  return rows.map((r) => ({ id: r.id, orgUnitId: r.org_unit_id, post: r.post, aUserId: r.a_user_id, aName: names.get(r.a_user_id) ?? "—", bUserId: r.b_user_id, bName: names.get(r.b_user_id) ?? "—" }));
}
