/** An exit as the API shows it: the P-15 checklist item by item, names not ids, K-02 items still held. */
import { EXIT_CHECKLIST_ITEMS, type ExitChecklist } from "@ccms/core";
import { type Executor, type StaffExitRow, staffExitRepository, staffRecordRepository } from "@ccms/db";
import type { ExitView } from "@ccms/contracts";

const parse = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export async function exitViews(ex: Executor, rows: StaffExitRow[]): Promise<ExitView[]> {
  const lists = rows.map((r) => parse<ExitChecklist>(r.checklist, {}));
  const ids = rows.flatMap((r, i) => [r.user_id, r.closed_by ?? "", ...Object.values(lists[i]!).map((v) => v?.doneBy ?? "")]);
  const names = await staffRecordRepository.namesOf(ex, ids);
  const out: ExitView[] = [];
  for (const [i, r] of rows.entries()) {
    const list = lists[i]!;
    out.push({
      id: r.id,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "—",
      orgUnitId: r.org_unit_id,
      noticeDate: r.notice_date,
      lastDay: r.last_day,
      reason: r.reason,
      checklist: EXIT_CHECKLIST_ITEMS.map((item) => {
        const d = list[item];
        return { item, done: Boolean(d), doneAt: d?.doneAt ?? null, doneByName: d ? (names.get(d.doneBy) ?? "—") : null, note: d?.note ?? null };
      }),
      warnings: parse<Array<"short_notice">>(r.warnings, []),
      heldItems: r.state === "open" ? await staffExitRepository.countHeldItems(ex, r.user_id) : 0,
      state: r.state as ExitView["state"],
      closedAt: r.closed_at,
      closedByName: r.closed_by ? (names.get(r.closed_by) ?? "—") : null,
      createdAt: r.created_at,
    });
  }
  return out;
}
