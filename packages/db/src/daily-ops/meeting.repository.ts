/** D-01 morning meetings (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { DailyMeetingTable } from "./schema.js";

export type MeetingRow = DailyMeetingTable;

export const meetingRepository = {
  async insert(ex: Executor, row: MeetingRow): Promise<void> {
    await ex.insertInto("daily_meetings").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<MeetingRow | undefined> {
    return ex.selectFrom("daily_meetings").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The register: newest business date first, at most 1000 rows; `openFocusOnly` keeps meetings with an open focus issue. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; from?: string | undefined; to?: string | undefined; openFocusOnly?: boolean }): Promise<MeetingRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("daily_meetings").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.from) q = q.where("business_date", ">=", f.from);
    if (f.to) q = q.where("business_date", "<=", f.to);
    if (f.openFocusOnly) q = q.where("open_focus", "=", 1);
    return q.orderBy("business_date", "desc").limit(1000).execute();
  },
  /** Meetings with an open focus issue at these counters. */
  async listWithOpenFocus(ex: Executor, counterIds: readonly string[]): Promise<MeetingRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("daily_meetings").selectAll().where("counter_id", "in", [...counterIds]).where("open_focus", "=", 1).orderBy("id").execute();
  },
  async saveFocusIssues(ex: Executor, id: string, focusIssues: string, openFocus: boolean): Promise<void> {
    await ex.updateTable("daily_meetings").set({ focus_issues: focusIssues, open_focus: openFocus ? 1 : 0 }).where("id", "=", id).execute();
  },
};
